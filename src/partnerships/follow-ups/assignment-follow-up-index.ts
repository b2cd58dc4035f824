import { Logger } from '@nestjs/common';
import { ReadModelDatabase } from '../../read-models/read-model-database';
import { causeKey, SuspensionCause } from '../domain/suspension-cause';

export interface IndexedAssignment {
  readonly partnershipId: string;
  readonly assignmentId: string;
  readonly artistId: string;
  readonly partnerId: string;
  readonly status: 'active' | 'suspended' | 'ended';
  /** The day its end takes effect (`AssignmentEnded`'s effective date); null while not ended. */
  readonly endedOn: string | null;
}

export interface OpenCause {
  readonly cause: SuspensionCause;
  /** Revision of the causing event in its artist or partner stream. */
  readonly streamRevision: bigint;
  readonly effectiveDate: string;
}

type Subject = { readonly kind: 'artist' | 'partner'; readonly id: string };

/**
 * The follow-up reactor's own state, in the read-model database: its checkpoint, the assignments per artist
 * and per partner in each LEA, and the suspension causes still open (to catch an assignment decided on facts
 * read just before a suspension was recorded).
 */
export class AssignmentFollowUpIndex {
  constructor(private readonly database: ReadModelDatabase, private readonly reactor: string) {
    database.db.exec(`
      CREATE TABLE IF NOT EXISTS reactor_checkpoints (reactor TEXT PRIMARY KEY, position TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS follow_up_assignments (
        partnership_id TEXT NOT NULL, assignment_id TEXT NOT NULL, artist_id TEXT NOT NULL, partner_id TEXT NOT NULL,
        lea TEXT NOT NULL, status TEXT NOT NULL, ended_on TEXT, PRIMARY KEY (partnership_id, assignment_id));
      CREATE INDEX IF NOT EXISTS follow_up_assignments_by_artist ON follow_up_assignments (artist_id, lea);
      CREATE INDEX IF NOT EXISTS follow_up_assignments_by_partner ON follow_up_assignments (partner_id, lea);
      CREATE TABLE IF NOT EXISTS follow_up_open_causes (
        subject_kind TEXT NOT NULL, subject_id TEXT NOT NULL, cause_key TEXT NOT NULL, lea TEXT NOT NULL, cause TEXT NOT NULL,
        stream_revision TEXT NOT NULL, effective_date TEXT NOT NULL, PRIMARY KEY (subject_kind, subject_id, cause_key));
    `);
    this.addEndedOn();
  }

  /**
   * An index from before `ended_on` knew only that an assignment had ended, not from when: so an assignment whose end
   * was recorded for a later day (a conclusion recorded ahead) was left out of rule 3 until then. It gains the column
   * and is rebuilt from the whole log (a replay writes no follow-up twice: their command ids come from their causes).
   */
  private addEndedOn(): void {
    const db = this.database.db;
    const columns = db.prepare('PRAGMA table_info(follow_up_assignments)').all() as { name: string }[];
    if (columns.some((column) => column.name === 'ended_on')) return;
    const handledUpTo = this.checkpoint();
    db.transaction(() => {
      db.exec('ALTER TABLE follow_up_assignments ADD COLUMN ended_on TEXT');
      this.reset();
    })();
    if (handledUpTo !== undefined) {
      new Logger('AssignmentFollowUps').warn(
        `follow-up index upgraded (assignments now keep the day their end takes effect): replaying the log from the start (was at position ${handledUpTo}); follow-ups already recorded are recognised and not written again`,
      );
    }
  }

  /** Position of the last event fully handled; undefined: start from the beginning of the log. */
  checkpoint(): bigint | undefined {
    const row = this.database.db.prepare('SELECT position FROM reactor_checkpoints WHERE reactor = ?').get(this.reactor) as { position: string } | undefined;
    return row ? BigInt(row.position) : undefined;
  }

  /** Runs the index changes and the checkpoint in one transaction: either the event counts as handled or not at all. */
  commit(position: bigint, changes: () => void): void {
    this.database.db.transaction(() => {
      changes();
      this.database.db.prepare('INSERT INTO reactor_checkpoints (reactor, position) VALUES (?, ?) ON CONFLICT (reactor) DO UPDATE SET position = excluded.position')
        .run(this.reactor, position.toString());
    })();
  }

  assignmentsOf(subject: Subject, lea: string): IndexedAssignment[] {
    const column = subject.kind === 'artist' ? 'artist_id' : 'partner_id';
    return this.database.db
      .prepare(`SELECT partnership_id AS partnershipId, assignment_id AS assignmentId, artist_id AS artistId, partner_id AS partnerId, status, ended_on AS endedOn
                FROM follow_up_assignments WHERE ${column} = ? AND lea = ? ORDER BY partnership_id, assignment_id`)
      .all(subject.id, lea) as IndexedAssignment[];
  }

  openCausesOf(subject: Subject, lea: string): OpenCause[] {
    const rows = this.database.db
      .prepare('SELECT cause, stream_revision AS streamRevision, effective_date AS effectiveDate FROM follow_up_open_causes WHERE subject_kind = ? AND subject_id = ? AND lea = ?')
      .all(subject.kind, subject.id, lea) as { cause: string; streamRevision: string; effectiveDate: string }[];
    return rows.map((r) => ({ cause: JSON.parse(r.cause) as SuspensionCause, streamRevision: BigInt(r.streamRevision), effectiveDate: r.effectiveDate }));
  }

  addAssignment(a: { partnershipId: string; assignmentId: string; artistId: string; partnerId: string; lea: string }): void {
    this.database.db
      .prepare(`INSERT INTO follow_up_assignments (partnership_id, assignment_id, artist_id, partner_id, lea, status) VALUES (?, ?, ?, ?, ?, 'active')
                ON CONFLICT (partnership_id, assignment_id) DO NOTHING`)
      .run(a.partnershipId, a.assignmentId, a.artistId, a.partnerId, a.lea);
  }

  /** Ended from `endedOn`; an end recorded ahead may be brought forward by a later, earlier one, never pushed back. */
  end(partnershipId: string, assignmentId: string, endedOn: string): void {
    this.database.db
      .prepare(`UPDATE follow_up_assignments SET status = 'ended', ended_on = @endedOn WHERE partnership_id = @partnershipId AND assignment_id = @assignmentId
                AND (status <> 'ended' OR ended_on IS NULL OR ended_on > @endedOn)`)
      .run({ endedOn, partnershipId, assignmentId });
  }

  setStatus(partnershipId: string, assignmentId: string, status: Exclude<IndexedAssignment['status'], 'ended'>): void {
    // An ended assignment stays ended whatever arrives after.
    this.database.db
      .prepare(`UPDATE follow_up_assignments SET status = ? WHERE partnership_id = ? AND assignment_id = ? AND status <> 'ended'`)
      .run(status, partnershipId, assignmentId);
  }

  openCause(subject: Subject, cause: SuspensionCause, streamRevision: bigint, effectiveDate: string): void {
    this.database.db
      .prepare(`INSERT INTO follow_up_open_causes (subject_kind, subject_id, cause_key, lea, cause, stream_revision, effective_date) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (subject_kind, subject_id, cause_key) DO UPDATE SET cause = excluded.cause, stream_revision = excluded.stream_revision, effective_date = excluded.effective_date`)
      .run(subject.kind, subject.id, causeKey(cause), cause.lea, JSON.stringify(cause), streamRevision.toString(), effectiveDate);
  }

  closeCause(subject: Subject, cause: SuspensionCause): void {
    this.database.db.prepare('DELETE FROM follow_up_open_causes WHERE subject_kind = ? AND subject_id = ? AND cause_key = ?').run(subject.kind, subject.id, causeKey(cause));
  }

  /** Forgets everything, so the next start replays the whole log (used by tests and rebuilds). */
  reset(): void {
    this.database.db.transaction(() => {
      this.database.db.prepare('DELETE FROM reactor_checkpoints WHERE reactor = ?').run(this.reactor);
      this.database.db.exec('DELETE FROM follow_up_assignments; DELETE FROM follow_up_open_causes;');
    })();
  }
}
