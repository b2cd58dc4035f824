import Database from 'better-sqlite3';
import { existsSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { renameDurably } from '../files/durable-files';
import { BackupRefusedError } from './backup-errors';
import { sha256OfFile } from './file-checksum';
import { LogHead } from '../log-chain/log-head';
import { logChainOfFile } from './log-chain-of-file';
import { assertIsEventLog, logFileFacts } from './log-file-facts';

/** Pages copied per step at first: small steps let writers in, and show progress on a large file. */
const FIRST_STEP_PAGES = 256;

export interface BackupProgress {
  readonly copiedPages: number;
  readonly totalPages: number;
}

export interface BackupResult {
  readonly file: string;
  /** The last log position the copy holds (undefined: the log was empty). */
  readonly position: bigint | undefined;
  readonly events: number;
  readonly bytes: number;
  /** Hex SHA-256 of the backup file as written. */
  readonly sha256: string;
  /** The hash chain's head in the copy (what `ledger log-head` prints), when the log carries a chain. */
  readonly chainHead: LogHead | undefined;
  /** Times SQLite restarted the copy because another connection wrote to the log meanwhile. */
  readonly restarts: number;
}

/**
 * Copies the event log at `source` to `out` with SQLite's online backup API while other processes keep appending.
 * The copy is a consistent snapshot: SQLite restarts a stepped backup when another connection writes to the
 * source between steps, so each restart doubles the step until one step copies the whole file under a single read
 * transaction (WAL readers never block writers). The copy is written beside `out` and renamed into place only when
 * whole; it is switched to rollback-journal mode so the backup is a single self-contained file.
 */
export async function backupEventLog(source: string, out: string, onProgress?: (progress: BackupProgress) => void): Promise<BackupResult> {
  if (!existsSync(source)) throw new BackupRefusedError(`no event log at ${source}: nothing to back up (is DATA_DIR right?)`);
  if (existsSync(out)) throw new BackupRefusedError(`${out} already exists: a backup never overwrites a file; choose a new name`);
  if (!existsSync(dirname(out)) || !statSync(dirname(out)).isDirectory()) throw new BackupRefusedError(`cannot write ${out}: ${dirname(out)} is not a directory`);

  const partial = join(dirname(out), `.${basename(out)}.partial-${process.pid}`);
  const db = new Database(source, { fileMustExist: true });
  let restarts = 0;
  try {
    db.pragma('busy_timeout = 10000');
    assertIsEventLog(db, source);
    let step = FIRST_STEP_PAGES;
    let lastRemaining = Infinity;
    await db.backup(partial, {
      progress({ totalPages, remainingPages }) {
        if (remainingPages > lastRemaining) {
          restarts++;
          step = Math.min(step * 2, 0x7fffffff);
        }
        lastRemaining = remainingPages;
        onProgress?.({ copiedPages: totalPages - remainingPages, totalPages });
        return step;
      },
    });
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }

  try {
    const copy = new Database(partial, { fileMustExist: true });
    let facts;
    let chainHead;
    try {
      copy.pragma('journal_mode = DELETE');
      facts = logFileFacts(copy);
      chainHead = await logChainOfFile.headOf(copy);
    } finally {
      copy.close();
    }
    const sha256 = await sha256OfFile(partial);
    const bytes = statSync(partial).size;
    // On the disk before it takes the name that says whole, and the name after.
    renameDurably(partial, out);
    return { file: out, position: facts.position, events: facts.events, bytes, sha256, chainHead, restarts };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
