import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The SQLite database that holds read models, projection checkpoints and reactor state, apart from the
 * event store (which may be EventStoreDB). Same durability as the embedded store: WAL + synchronous=FULL.
 */
export class ReadModelDatabase {
  readonly db: Database.Database;

  constructor(readonly path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
