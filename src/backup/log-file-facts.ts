import Database from 'better-sqlite3';
import { BackupRefusedError } from './backup-errors';

/** What a copy of the event log holds: its last position and how many events. */
export interface LogFileFacts {
  /** max(position) in the file; undefined when it holds no event. */
  readonly position: bigint | undefined;
  readonly events: number;
}

const EVENT_LOG_COLUMNS = ['position', 'stream_id', 'revision', 'event_id', 'type', 'schema_version', 'data', 'metadata', 'recorded_at'];

/** Refuses a SQLite file that is not an event log of this ledger (no `events` table with its columns). */
export function assertIsEventLog(db: Database.Database, file: string): void {
  const columns = (db.prepare("SELECT name FROM pragma_table_info('events')").pluck().all() as string[]) ?? [];
  const missing = EVENT_LOG_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) throw new BackupRefusedError(`${file} is not a ledger event log (its events table ${columns.length === 0 ? 'is missing' : `lacks ${missing.join(', ')}`})`);
}

export function logFileFacts(db: Database.Database): LogFileFacts {
  const row = db.prepare('SELECT max(position) AS position, count(*) AS events FROM events').safeIntegers(true).get() as { position: bigint | null; events: bigint };
  return { position: row.position ?? undefined, events: Number(row.events) };
}

/** `PRAGMA integrity_check`: [] when the file is whole, else SQLite's findings (at most `max`). */
export function integrityProblems(db: Database.Database, max = 20): string[] {
  const rows = db.pragma(`integrity_check(${max})`, { simple: false }) as { integrity_check: string }[];
  const findings = rows.map((row) => row.integrity_check);
  return findings.length === 1 && findings[0] === 'ok' ? [] : findings;
}
