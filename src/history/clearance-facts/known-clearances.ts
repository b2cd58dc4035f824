import { ArtistState, ClearanceGrant, ClearanceHistory, initialArtistState, StandingChange } from '../../artists/domain/artist-state';
import { ClearancePolicy, requirementsFor } from '../../artists/domain/clearance-policy';
import { ClearanceRequirement, Engagement } from '../../artists/domain/clearance-requirement';
import { ProjectionTarget } from '../../projections/projection';
import { FactRecording } from '../clearances/clearance-fold';
import { ClearanceStandingQuestion, RecordingLookup } from '../clearances/clearance-standing';
import { clearanceFactTables, ClearanceFactTableNames } from './clearance-fact-tables';

/**
 * What the clearance_facts rows say about one artist, LEA and date as known at an instant: the artist's state cut down
 * to the facts that decide the answer (at most two grants and two standing changes per required clearance, plus one
 * grant per other LEA when a clearance is missing there), in the shape the artists' own status rules read.
 * `disordered`: the stream's recorded times went backwards once, so "recorded by K" is not "up to a revision": fold.
 */
export type KnownClearances =
  | { readonly kind: 'unknown-stream' }
  | { readonly kind: 'disordered' }
  | { readonly kind: 'known'; readonly artist: ArtistState; readonly recordingOf: RecordingLookup; readonly knownRevision: bigint };

type GrantRow = { grant_number: number; grant_revision: number; effective_date: string; expires_on: string | null; evidence_reference: string; actor: string; recorded_ms: number };
type ChangeRow = {
  revision: number; kind: StandingChange['kind']; effective_date: string; reason: string | null; cause: StandingChange['cause'] | null;
  notice_reference: string | null; evidence_reference: string | null; actor: string; recorded_ms: number;
};

const LIVE_GRANT = `stream_id = ? AND lea = ? AND requirement = ? AND version_revision <= ? AND (ends_revision IS NULL OR ends_revision > ?)`;

export function knownClearances(target: ProjectionTarget, streamId: string, question: ClearanceStandingQuestion, policy: ClearancePolicy): KnownClearances {
  const reader = new FactReader(target, clearanceFactTables(target), streamId);
  const stream = reader.stream();
  if (!stream) return { kind: 'unknown-stream' };
  if (stream.disordered) return { kind: 'disordered' };
  const known = reader.knownRevision(question.knownAt);
  const engagement = reader.engagement(known);
  if (engagement === undefined) return { kind: 'known', artist: initialArtistState, recordingOf: () => undefined, knownRevision: BigInt(known) };
  const clearances: ClearanceHistory[] = [];
  for (const { requirement } of requirementsFor(policy, question.lea, engagement)) {
    const history = reader.history(question.lea, requirement, question.asOf, known);
    clearances.push(history);
    // "missing": the problem names the other LEAs holding a live grant of it, in the order the state lists them.
    if (history.grants.length === 0) clearances.push(...reader.elsewhere(question.lea, requirement, known));
  }
  const artist: ArtistState = { ...initialArtistState, exists: true, engagement, clearances };
  return { kind: 'known', artist, recordingOf: (lea, requirement, seq) => reader.recordings.get(recordingKey(lea, requirement, seq)), knownRevision: BigInt(known) };
}

class FactReader {
  readonly recordings = new Map<string, FactRecording>();

  constructor(private readonly target: ProjectionTarget, private readonly t: ClearanceFactTableNames, private readonly streamId: string) {}

  stream(): { disordered: number } | undefined {
    return this.target.prepare(`SELECT disordered FROM "${this.t.streams}" WHERE stream_id = ?`).get(this.streamId) as { disordered: number } | undefined;
  }

  /** The last revision recorded by `knownAt` (recorded times never go backwards in this stream), -1 when none. */
  knownRevision(knownAt: Date | undefined): number {
    const row = knownAt
      ? this.target
          .prepare(`SELECT revision FROM "${this.t.events}" WHERE stream_id = ? AND recorded_ms <= ? ORDER BY recorded_ms DESC, revision DESC LIMIT 1`)
          .get(this.streamId, knownAt.getTime())
      : this.target.prepare(`SELECT revision FROM "${this.t.events}" WHERE stream_id = ? ORDER BY revision DESC LIMIT 1`).get(this.streamId);
    return (row as { revision: number } | undefined)?.revision ?? -1;
  }

  engagement(known: number): Engagement | undefined {
    const row = this.target
      .prepare(`SELECT engagement FROM "${this.t.registrations}" WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT 1`)
      .get(this.streamId, known) as { engagement: Engagement } | undefined;
    return row?.engagement;
  }

  /** The grant in force on `date` and what suspends or revokes it, else the earliest live grant (not yet valid), else nothing. */
  history(lea: string, requirement: ClearanceRequirement, date: string, known: number): ClearanceHistory {
    const inForce = this.target
      .prepare(`SELECT * FROM "${this.t.grants}" WHERE ${LIVE_GRANT} AND effective_date <= ? ORDER BY effective_date DESC, grant_revision DESC LIMIT 1`)
      .get(this.streamId, lea, requirement, known, known, date) as GrantRow | undefined;
    const grant = inForce ?? this.earliestLiveGrant(lea, requirement, known);
    const changes = inForce ? [this.lastChange('revocation', lea, requirement, date, known, inForce), this.lastChange('suspension', lea, requirement, date, known, inForce)] : [];
    return {
      lea, requirement, expiriesRecorded: [], nextSeq: 0,
      grants: grant ? [this.grant(lea, requirement, grant)] : [],
      standingChanges: changes.filter((c): c is ChangeRow => c !== undefined).map((c) => this.change(lea, requirement, c)),
    };
  }

  /** Other LEAs' clearances of this requirement with a live grant, each reduced to that grant. */
  elsewhere(lea: string, requirement: ClearanceRequirement, known: number): ClearanceHistory[] {
    const leas = this.target
      .prepare(`SELECT lea FROM "${this.t.clearances}" WHERE stream_id = ? AND requirement = ? AND first_revision <= ? ORDER BY first_revision`)
      .all(this.streamId, requirement, known) as { lea: string }[];
    return leas
      .filter((row) => row.lea !== lea)
      .flatMap((row) => {
        const grant = this.earliestLiveGrant(row.lea, requirement, known);
        return grant ? [{ lea: row.lea, requirement, grants: [this.grant(row.lea, requirement, grant)], standingChanges: [], expiriesRecorded: [], nextSeq: 0 }] : [];
      });
  }

  private earliestLiveGrant(lea: string, requirement: string, known: number): GrantRow | undefined {
    return this.target
      .prepare(`SELECT * FROM "${this.t.grants}" WHERE ${LIVE_GRANT} ORDER BY effective_date, grant_revision LIMIT 1`)
      .get(this.streamId, lea, requirement, known, known) as GrantRow | undefined;
  }

  /** The latest change of a track effective by `date` and after the grant (same date: recorded after it), as known. */
  private lastChange(track: 'revocation' | 'suspension', lea: string, requirement: string, date: string, known: number, grant: GrantRow): ChangeRow | undefined {
    return this.target
      .prepare(`SELECT * FROM "${this.t.changes}" WHERE stream_id = ? AND lea = ? AND requirement = ? AND track = ?
        AND effective_date <= ? AND effective_date >= ? AND (effective_date > ? OR revision > ?) AND revision <= ?
        ORDER BY effective_date DESC, revision DESC LIMIT 1`)
      .get(this.streamId, lea, requirement, track, date, grant.effective_date, grant.effective_date, grant.grant_revision, known) as ChangeRow | undefined;
  }

  private grant(lea: string, requirement: string, row: GrantRow): ClearanceGrant {
    this.remember(lea, requirement, row.grant_revision, row);
    return {
      grantNumber: row.grant_number, effectiveDate: row.effective_date, expiresOn: row.expires_on, evidenceReference: row.evidence_reference,
      resultIds: [], policyVersion: '', withdrawn: null, corrections: [], seq: row.grant_revision,
    };
  }

  private change(lea: string, requirement: string, row: ChangeRow): StandingChange {
    this.remember(lea, requirement, row.revision, row);
    return {
      kind: row.kind, effectiveDate: row.effective_date, seq: row.revision,
      ...(row.reason !== null ? { reason: row.reason } : {}),
      ...(row.cause !== null ? { cause: row.cause } : {}),
      ...(row.notice_reference !== null ? { noticeReference: row.notice_reference } : {}),
      ...(row.evidence_reference !== null ? { evidenceReference: row.evidence_reference } : {}),
    };
  }

  private remember(lea: string, requirement: string, seq: number, row: { actor: string; recorded_ms: number }): void {
    this.recordings.set(recordingKey(lea, requirement, seq), { actor: row.actor, recordedAt: new Date(row.recorded_ms).toISOString(), revision: String(seq) });
  }
}

function recordingKey(lea: string, requirement: string, seq: number): string {
  return `${lea}\u0000${requirement}\u0000${seq}`;
}
