import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { renameDurably } from '../files/durable-files';
import { BackupRefusedError } from './backup-errors';
import { sha256OfFile } from './file-checksum';
import { logChainOfFile } from './log-chain-of-file';
import { assertIsEventLog, integrityProblems, logFileFacts } from './log-file-facts';

/** The event log's file name in a data directory (as src/config/load-config.ts names it). */
export const EVENT_LOG_FILE = 'events.sqlite';

export interface RestoredLog {
  readonly target: string;
  readonly position: bigint | undefined;
  readonly events: number;
  readonly sha256: string;
  /** 'ok' when the hash chain was checked and holds; 'no chain' for a log written before the chain existed. */
  readonly chain: 'ok' | 'no chain';
}

/**
 * Checks a backup file and copies it in as `<dataDir>/events.sqlite`. Everything is checked before anything is
 * written: the target must be empty (or not exist yet), the file must be a SQLite event log that passes
 * `PRAGMA integrity_check` and the hash chain (when the log carries one). The copy goes in under a temporary name and is
 * renamed when whole. Read models are not in a backup: the caller rebuilds them from the restored log.
 */
export async function restoreEventLog(file: string, dataDir: string): Promise<RestoredLog> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new BackupRefusedError(`no backup file at ${file}`);
  refuseNonEmpty(dataDir);

  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupRefusedError(`${file} cannot be opened as SQLite (${(error as Error).message}): nothing restored`);
  }
  let facts;
  let chain;
  try {
    let problems: string[];
    try {
      problems = integrityProblems(db);
    } catch (error) {
      throw new BackupRefusedError(`${file} is not a readable SQLite database (${(error as Error).message}): nothing restored`);
    }
    if (problems.length > 0) throw new BackupRefusedError(`${file} fails PRAGMA integrity_check, nothing restored:\n  ${problems.join('\n  ')}`);
    assertIsEventLog(db, file);
    chain = await logChainOfFile.check(db);
    if (chain.outcome === 'problem') {
      throw new BackupRefusedError(`${file} fails the log's hash chain check (${chain.count} problem${chain.count === 1 ? '' : 's'}), nothing restored; first: ${chain.problem}`);
    }
    facts = logFileFacts(db);
  } finally {
    db.close();
  }
  const sha256 = await sha256OfFile(file);

  mkdirSync(dataDir, { recursive: true });
  const partial = join(dataDir, `.${EVENT_LOG_FILE}.restoring`);
  try {
    copyFileSync(file, partial);
    if ((await sha256OfFile(partial)) !== sha256) throw new Error(`the copy of ${file} in ${dataDir} differs from the file: nothing restored`);
    // On the disk before it is named the event log, and the name after: a server started on it acknowledges writes on top of it.
    renameDurably(partial, join(dataDir, EVENT_LOG_FILE));
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return { target: join(dataDir, EVENT_LOG_FILE), position: facts.position, events: facts.events, sha256, chain: chain.outcome === 'ok' ? 'ok' : 'no chain' };
}

function refuseNonEmpty(dataDir: string): void {
  if (!existsSync(dataDir)) return;
  if (!statSync(dataDir).isDirectory()) throw new BackupRefusedError(`--data-dir ${dataDir} is a file, not a directory: nothing restored`);
  const entries = readdirSync(dataDir);
  if (entries.length > 0) {
    const shown = entries.slice(0, 5).join(', ') + (entries.length > 5 ? ', …' : '');
    throw new BackupRefusedError(`--data-dir ${dataDir} is not empty (${shown}): restore only into an empty directory, nothing restored`);
  }
}
