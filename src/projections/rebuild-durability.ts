import type Database from 'better-sqlite3';

/** SQLite's `PRAGMA synchronous` levels: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA. */
const NORMAL = 1;
/** WAL pages (4 KiB) between automatic checkpoints during a rebuild's writes; SQLite's default is 1,000. */
const REBUILD_WAL_AUTOCHECKPOINT = 10_000;

/**
 * The write settings of a rebuild's transactions, applied around each of them and restored right after.
 *
 * - synchronous=NORMAL: they fill a new generation nobody reads until the swap, and each one carries its own
 *   `rebuild` checkpoint, so losing the last of them on power loss (NORMAL never corrupts in WAL mode) only loses
 *   rebuild progress, which resumes from the checkpoint that survived. The swap runs afterwards at the
 *   connection's own level (FULL by default): its fsync of the WAL also makes every frame before it durable.
 * - a larger WAL between automatic checkpoints, so pages rewritten by consecutive batches are copied into the
 *   database file once rather than at every checkpoint.
 *
 * `write` is synchronous, so no other transaction on this connection (a live batch, a query) runs with these settings.
 */
export class RebuildDurability {
  private readonly readSynchronous: Database.Statement;
  private readonly readAutocheckpoint: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.readSynchronous = db.prepare('PRAGMA synchronous').pluck();
    this.readAutocheckpoint = db.prepare('PRAGMA wal_autocheckpoint').pluck();
  }

  /** Runs `write` (one or more complete transactions) with the rebuild's settings. */
  run<T>(write: () => T): T {
    if (this.db.inTransaction) return write();
    const synchronous = this.readSynchronous.get() as number;
    const autocheckpoint = this.readAutocheckpoint.get() as number;
    if (synchronous > NORMAL) this.db.pragma('synchronous = NORMAL');
    if (autocheckpoint > 0 && autocheckpoint < REBUILD_WAL_AUTOCHECKPOINT) this.db.pragma(`wal_autocheckpoint = ${REBUILD_WAL_AUTOCHECKPOINT}`);
    try {
      return write();
    } finally {
      if (synchronous > NORMAL) this.db.pragma(`synchronous = ${synchronous}`);
      if (autocheckpoint > 0 && autocheckpoint < REBUILD_WAL_AUTOCHECKPOINT) this.db.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
    }
  }
}
