import { RecordedEvent } from '../../event-store';
import { BatchedInsert } from '../../projections/batched-insert';
import { Projection, ProjectionTarget } from '../../projections/projection';
import {
  CheckInRecorded, CommitmentRecorded, EvaluationRecorded, PartnershipActivated, PartnershipConcluded, PartnershipEvent, PartnershipProposed,
  PartnershipRenewed, ProfessionalDevelopmentDelivered, SessionLogCorrected, SessionLogged,
} from '../../partnerships/domain/partnership-events';
import { InconsistentLogError, dataOf, physicalNames } from './report-projection';

export const PARTNERSHIP_HEALTH_TABLES = {
  partnerships: 'partnership_health_partnerships',
  sessions: 'partnership_health_sessions',
  checkIns: 'partnership_health_check_ins',
  professionalDevelopment: 'partnership_health_pd',
  evaluations: 'partnership_health_evaluations',
} as const;
export type PartnershipHealthTable = keyof typeof PARTNERSHIP_HEALTH_TABLES;

const HEALTH_EVENTS: readonly PartnershipEvent['type'][] = [
  'PartnershipProposed', 'SchoolEnrolled', 'CommitmentRecorded', 'PartnershipActivated', 'SessionLogged', 'SessionLogCorrected',
  'ProfessionalDevelopmentDelivered', 'CheckInRecorded', 'EvaluationRecorded', 'PartnershipRenewed', 'PartnershipConcluded',
];

/**
 * One row per partnership, and its dated facts apart (sessions, check-ins, professional development, evaluations, each
 * with its date; activation and conclusion with theirs), so the report judges each on its own date against the day
 * it is asked about: a check-in recorded ahead for next month is not the last check-in today (v2; v1 kept running
 * totals and the latest date recorded, whatever the day). A session correction replaces a session's figures.
 * Every event upserts its partnership's row, so no event depends on PartnershipProposed having been seen.
 */
export class PartnershipHealthProjection implements Projection {
  readonly name = 'partnership_health';
  readonly version = 2;
  readonly tables = Object.values(PARTNERSHIP_HEALTH_TABLES);
  readonly filter = { eventTypes: [...HEALTH_EVENTS] };

  setup(target: ProjectionTarget): void {
    const tables = physicalNames(target, PARTNERSHIP_HEALTH_TABLES);
    const db = target.db;
    db.exec(`CREATE TABLE IF NOT EXISTS "${tables.partnerships}" (
      partnership_id TEXT PRIMARY KEY, lea TEXT NOT NULL, name TEXT, model TEXT, scope TEXT, partner_ids TEXT NOT NULL DEFAULT '[]',
      activated_on TEXT, concluded_on TEXT, term_end TEXT, schools_enrolled INTEGER NOT NULL DEFAULT 0,
      commitments INTEGER NOT NULL DEFAULT 0, latest_commitment TEXT
    );
    CREATE INDEX IF NOT EXISTS "${tables.partnerships}_by_lea" ON "${tables.partnerships}" (lea);
    CREATE TABLE IF NOT EXISTS "${tables.sessions}" (
      partnership_id TEXT NOT NULL, session_id TEXT NOT NULL, date TEXT NOT NULL, minutes INTEGER NOT NULL, students INTEGER NOT NULL,
      PRIMARY KEY (partnership_id, session_id)
    );
    CREATE TABLE IF NOT EXISTS "${tables.checkIns}" (
      partnership_id TEXT NOT NULL, position INTEGER NOT NULL, date TEXT NOT NULL, PRIMARY KEY (partnership_id, position)
    );
    CREATE TABLE IF NOT EXISTS "${tables.professionalDevelopment}" (
      partnership_id TEXT NOT NULL, position INTEGER NOT NULL, date TEXT NOT NULL, hours REAL NOT NULL, attendees INTEGER NOT NULL,
      PRIMARY KEY (partnership_id, position)
    );
    CREATE TABLE IF NOT EXISTS "${tables.evaluations}" (
      partnership_id TEXT NOT NULL, position INTEGER NOT NULL, date TEXT NOT NULL,
      meaningful REAL NOT NULL, collaborative REAL NOT NULL, additive REAL NOT NULL, PRIMARY KEY (partnership_id, position)
    );`);
  }

  apply(events: readonly RecordedEvent[], target: ProjectionTarget): void {
    const tables = physicalNames(target, PARTNERSHIP_HEALTH_TABLES);
    // Prepared once per batch (target.prepare caches them per generation), not once per event.
    const insertPartnership = target.prepare(`INSERT INTO "${tables.partnerships}" (partnership_id, lea) VALUES (?, ?) ON CONFLICT (partnership_id) DO NOTHING`);
    const set = (assignments: string) => target.prepare(`UPDATE "${tables.partnerships}" SET ${assignments} WHERE partnership_id = ?`);
    const sessions = new BatchedInsert(target, `INSERT OR IGNORE INTO "${tables.sessions}"`, 5);
    const insertCheckIn = target.prepare(`INSERT OR IGNORE INTO "${tables.checkIns}" VALUES (?, ?, ?)`);
    const insertPd = target.prepare(`INSERT OR IGNORE INTO "${tables.professionalDevelopment}" VALUES (?, ?, ?, ?, ?)`);
    const correctSession = target.prepare(`UPDATE "${tables.sessions}" SET minutes = ?, students = ? WHERE partnership_id = ? AND session_id = ?`);
    const insertEvaluation = target.prepare(`INSERT OR IGNORE INTO "${tables.evaluations}" VALUES (?, ?, ?, ?, ?, ?)`);
    // Partnerships whose row exists: inserted (or found) earlier in this batch, and rows are never deleted.
    const present = new Set<string>();
    const ensureRow = (event: RecordedEvent): string => {
      const { partnershipId, lea } = dataOf<{ partnershipId: string; lea: string }>(event);
      if (!present.has(partnershipId)) {
        insertPartnership.run(partnershipId, lea);
        present.add(partnershipId);
      }
      return partnershipId;
    };
    const update = (event: RecordedEvent, assignments: string, ...values: unknown[]) => {
      set(assignments).run(...values, ensureRow(event));
    };
    for (const event of events) {
      switch (event.type) {
        case 'PartnershipProposed': {
          const p = dataOf<PartnershipProposed['data']>(event);
          update(event, 'name = ?, model = ?, scope = ?, partner_ids = ?, term_end = ?', p.name, p.model, p.scope, JSON.stringify(p.partnerIds), p.termEnd);
          break;
        }
        case 'SchoolEnrolled':
          update(event, 'schools_enrolled = schools_enrolled + 1');
          break;
        case 'CommitmentRecorded': {
          const { stipends, releaseTimeHours, funds, notes, effectiveDate } = dataOf<CommitmentRecorded['data']>(event);
          update(event, 'commitments = commitments + 1, latest_commitment = ?', JSON.stringify({ effectiveDate, stipends, releaseTimeHours, funds, notes }));
          break;
        }
        case 'PartnershipActivated':
          update(event, 'activated_on = ?', dataOf<PartnershipActivated['data']>(event).effectiveDate);
          break;
        case 'PartnershipRenewed':
          update(event, 'term_end = ?', dataOf<PartnershipRenewed['data']>(event).termEnd);
          break;
        case 'PartnershipConcluded':
          update(event, 'concluded_on = ?', dataOf<PartnershipConcluded['data']>(event).effectiveDate);
          break;
        case 'SessionLogged': {
          // The hot path (most of the log): the partnership's row must exist; nothing in it changes.
          const s = dataOf<SessionLogged['data']>(event);
          sessions.add(ensureRow(event), s.sessionId, s.date, s.minutes, s.students);
          break;
        }
        case 'SessionLogCorrected': {
          const c = dataOf<SessionLogCorrected['data']>(event);
          sessions.flush();
          const changed = correctSession.run(c.minutes, c.students, c.partnershipId, c.sessionId).changes;
          if (changed === 0) throw new InconsistentLogError(event, `session ${c.sessionId} was never logged`);
          break;
        }
        case 'ProfessionalDevelopmentDelivered': {
          const pd = dataOf<ProfessionalDevelopmentDelivered['data']>(event);
          insertPd.run(ensureRow(event), event.position, pd.date, pd.hours, pd.attendees);
          break;
        }
        case 'CheckInRecorded':
          // Check-ins may be recorded late or ahead: the report takes the latest dated on or before its day.
          insertCheckIn.run(ensureRow(event), event.position, dataOf<CheckInRecorded['data']>(event).date);
          break;
        case 'EvaluationRecorded': {
          const e = dataOf<EvaluationRecorded['data']>(event);
          insertEvaluation.run(ensureRow(event), event.position, e.date, e.scores.meaningful, e.scores.collaborative, e.scores.additive);
          break;
        }
      }
    }
    sessions.flush();
  }
}
