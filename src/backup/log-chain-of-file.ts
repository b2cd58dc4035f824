import Database from 'better-sqlite3';
import { LogChain } from '../log-chain/log-chain';
import { LogHead, readLogHead } from '../log-chain/log-head';
import { SqliteLogChain } from '../log-chain/sqlite-log-chain';
import { verifyLog } from '../log-chain/verify-log';

/**
 * Where backup and restore meet the log's hash chain (issue 12 part 3, src/log-chain): `backup` prints the chain head
 * of the copy it took, `restore` verifies the chain of the file before copying it in. A file written before the chain
 * existed (no `log_seals` table or `hash` column) carries no chain: both say so instead.
 */
export const logChainOfFile = {
  /** The chain head of the event log open on `db`, or undefined when the log carries no chain. */
  async headOf(db: Database.Database): Promise<LogHead | undefined> {
    const chain = chainOn(db);
    return chain ? readLogHead({ logChain: () => chain }) : undefined;
  },
  /** 'ok', the first problem the chain check finds (`ledger verify --log`'s words), or 'no chain'. */
  async check(db: Database.Database): Promise<{ outcome: 'ok' | 'no chain' } | { outcome: 'problem'; problem: string; count: number }> {
    const chain = chainOn(db);
    if (!chain) return { outcome: 'no chain' };
    const result = await verifyLog(chain, { maxProblems: 1 });
    if (result.problemCount === 0) return { outcome: 'ok' };
    return { outcome: 'problem', problem: `[${result.problems[0].kind}] ${result.problems[0].message}`, count: result.problemCount };
  },
};

/** The chain of a log file opened outside a store (read only: it never seals). */
function chainOn(db: Database.Database): LogChain | undefined {
  const hasSeals = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'log_seals'").get() !== undefined;
  const hasHash = (db.prepare("SELECT name FROM pragma_table_info('events')").pluck().all() as string[]).includes('hash');
  if (!hasSeals || !hasHash) return undefined;
  return new SqliteLogChain(db, () => Promise.reject(new Error('a log opened for backup or restore is never sealed')));
}
