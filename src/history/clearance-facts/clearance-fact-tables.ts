import { ProjectionTarget } from '../../projections/projection';

/**
 * The logical tables of the clearance_facts projection. Every row is keyed by the artist's stream and the stream
 * revision of the event that established it, so "what was known at instant K" becomes "rows up to revision R",
 * R being the last revision of the stream recorded by K.
 */
export const CLEARANCE_FACT_TABLES = {
  /** One row per artist stream: whether its recorded times ever went backwards (then queries fold instead). */
  streams: 'clearance_fact_streams',
  /** One row per artist event: its revision and recorded time, to turn a knownAt instant into a revision. */
  events: 'clearance_fact_events',
  /** ArtistRegistered: the engagement decides which clearances an LEA requires. */
  registrations: 'clearance_fact_registrations',
  /** One row per (LEA, requirement) ever spoken about, with the revision of its first event (the state's list order). */
  clearances: 'clearance_fact_clearances',
  /** One row per version of a grant: the grant, then each correction; a correction or withdrawal ends the version before it. */
  grants: 'clearance_fact_grants',
  /** Suspensions and reinstatements (track `suspension`), revocations (track `revocation`). */
  changes: 'clearance_fact_changes',
} as const;

export type ClearanceFactTable = keyof typeof CLEARANCE_FACT_TABLES;
export type ClearanceFactTableNames = Readonly<Record<ClearanceFactTable, string>>;

/** The physical tables of the generation being written or read. */
export function clearanceFactTables(target: ProjectionTarget): ClearanceFactTableNames {
  const names = {} as Record<ClearanceFactTable, string>;
  for (const [key, logical] of Object.entries(CLEARANCE_FACT_TABLES)) names[key as ClearanceFactTable] = target.tables[logical];
  return names;
}

export function createClearanceFactTables(target: ProjectionTarget): void {
  const t = clearanceFactTables(target);
  target.db.exec(`
  CREATE TABLE IF NOT EXISTS "${t.streams}" (stream_id TEXT PRIMARY KEY, last_recorded_ms INTEGER NOT NULL, disordered INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS "${t.events}" (stream_id TEXT NOT NULL, revision INTEGER NOT NULL, recorded_ms INTEGER NOT NULL, PRIMARY KEY (stream_id, revision));
  CREATE INDEX IF NOT EXISTS "${t.events}_by_recorded" ON "${t.events}" (stream_id, recorded_ms, revision);
  CREATE TABLE IF NOT EXISTS "${t.registrations}" (stream_id TEXT NOT NULL, revision INTEGER NOT NULL, engagement TEXT NOT NULL, PRIMARY KEY (stream_id, revision));
  CREATE TABLE IF NOT EXISTS "${t.clearances}" (
    stream_id TEXT NOT NULL, requirement TEXT NOT NULL, lea TEXT NOT NULL, first_revision INTEGER NOT NULL, PRIMARY KEY (stream_id, requirement, lea));
  CREATE INDEX IF NOT EXISTS "${t.clearances}_in_order" ON "${t.clearances}" (stream_id, requirement, first_revision);
  CREATE TABLE IF NOT EXISTS "${t.grants}" (
    stream_id TEXT NOT NULL, lea TEXT NOT NULL, requirement TEXT NOT NULL, grant_number INTEGER NOT NULL,
    version_revision INTEGER NOT NULL, ends_revision INTEGER, grant_revision INTEGER NOT NULL,
    effective_date TEXT NOT NULL, expires_on TEXT, evidence_reference TEXT NOT NULL, actor TEXT NOT NULL, recorded_ms INTEGER NOT NULL,
    PRIMARY KEY (stream_id, lea, requirement, grant_number, version_revision));
  CREATE INDEX IF NOT EXISTS "${t.grants}_by_effective_date" ON "${t.grants}" (stream_id, lea, requirement, effective_date, grant_revision);
  CREATE TABLE IF NOT EXISTS "${t.changes}" (
    stream_id TEXT NOT NULL, revision INTEGER NOT NULL, lea TEXT NOT NULL, requirement TEXT NOT NULL, track TEXT NOT NULL, kind TEXT NOT NULL,
    effective_date TEXT NOT NULL, reason TEXT, cause TEXT, notice_reference TEXT, evidence_reference TEXT, actor TEXT NOT NULL, recorded_ms INTEGER NOT NULL,
    PRIMARY KEY (stream_id, revision));
  CREATE INDEX IF NOT EXISTS "${t.changes}_by_effective_date" ON "${t.changes}" (stream_id, lea, requirement, track, effective_date, revision);`);
}
