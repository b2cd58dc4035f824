import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { BackgroundCheckpoint } from '../sqlite/background-checkpoint';

/**
 * The SQLite database that holds read models, projection checkpoints and reactor state, apart from the
 * event store (which may be EventStoreDB). Same durability as the embedded store: WAL + synchronous=FULL.
 */
export class ReadModelDatabase {
  readonly db: Database.Database;
  private readonly checkpoint: BackgroundCheckpoint | undefined;

  /** `checkpointInBackground`: as the embedded event store's option of that name (src/sqlite/background-checkpoint.ts). */
  constructor(readonly path: string, options: { checkpointInBackground?: boolean } = {}) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    this.checkpoint = options.checkpointInBackground ? BackgroundCheckpoint.start(this.db, 'ReadModels') : undefined;
  }

  close(): void {
    this.checkpoint?.stop();
    if (this.db.open) this.db.close();
  }
}
