import Database from 'better-sqlite3';

export type SqliteSynchronous = 'FULL' | 'NORMAL';

/**
 * The embedded event log. `position` is the rowid: rows are never deleted and writers are serialized by
 * BEGIN IMMEDIATE, so positions grow strictly in commit order and a reader that sees position N has seen
 * everything before it (what lets subscriptions page without gaps).
 * Deleted streams are tombstones in their own table; their events stay in the global log.
 * `hash` chains each event to the previous event of its stream, and `log_seals` seals ranges of the global log
 * (src/log-chain, docs/tamper-evident-log.md); files written before the chain existed get the column on open
 * (null for their rows, which the first seal covers).
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position       INTEGER PRIMARY KEY,
  stream_id      TEXT    NOT NULL,
  revision       INTEGER NOT NULL,
  event_id       TEXT    NOT NULL,
  type           TEXT    NOT NULL,
  schema_version INTEGER NOT NULL,
  data           TEXT    NOT NULL,
  metadata       TEXT    NOT NULL,
  recorded_at    INTEGER NOT NULL,
  hash           TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS events_by_stream ON events (stream_id, revision);
CREATE INDEX IF NOT EXISTS events_by_id ON events (event_id);
CREATE TABLE IF NOT EXISTS deleted_streams (
  stream_id  TEXT    PRIMARY KEY,
  deleted_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS log_seals (
  number      INTEGER PRIMARY KEY,
  to_position INTEGER NOT NULL,
  seal        TEXT    NOT NULL
);
`;

/** Opens the file with the durability the store promises and creates the schema on first use. */
export function openEventLog(path: string, synchronous: SqliteSynchronous): Database.Database {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
    // Several processes may share the file: wait for the write lock rather than fail at once.
    db.pragma('busy_timeout = 10000');
    db.exec(SCHEMA);
    addHashColumn(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** A file from before the hash chain: its events table gains a nullable `hash` (checked again under the write lock). */
function addHashColumn(db: Database.Database): void {
  const hasHash = () => (db.pragma('table_info(events)') as { name: string }[]).some((column) => column.name === 'hash');
  if (hasHash()) return;
  db.transaction(() => {
    if (!hasHash()) db.exec('ALTER TABLE events ADD COLUMN hash TEXT');
  }).immediate();
}

/** Column order every read statement selects, so rows map by index without per-row key lookups. */
export const EVENT_COLUMNS = 'position, stream_id, revision, event_id, type, schema_version, data, metadata, recorded_at';
