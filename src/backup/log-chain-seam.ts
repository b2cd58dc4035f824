import Database from 'better-sqlite3';

/** The head of the log's hash chain (issue 12 part 3): the last chained position and its hash. */
export interface LogChainHead {
  readonly position: bigint;
  readonly hash: string;
}

/**
 * SEAM for the hash chain (issue 12 part 3, built separately): `backup` prints the chain head of the copy it took,
 * and `restore` checks the chain of the file before copying it in. Until the chain exists these say "no chain"
 * (undefined), and backup/restore say so in their output. Wire the chain's own head reader and verifier here.
 */
export const logChain = {
  /** The chain head of the event log open on `db`, or undefined when the log carries no chain. */
  headOf(_db: Database.Database): LogChainHead | undefined {
    return undefined;
  },
  /** The first problem the chain check finds in the log open on `db` (read-only), undefined when it passes or there is no chain. */
  firstProblem(_db: Database.Database): string | undefined {
    return undefined;
  },
  /** False until the chain is wired in: the output then says the chain was not checked. */
  available: false,
};
