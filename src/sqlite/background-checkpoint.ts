import { Logger } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { Worker } from 'node:worker_threads';

/**
 * WAL frames the serving connection lets pile up before it checkpoints by itself: reached only when the background
 * checkpoint is not keeping up (or failed), so the WAL stays bounded whatever happens to the worker.
 */
export const SERVING_CONNECTION_AUTOCHECKPOINT = 8000;

const INTERVAL_MS = 25;
/** How long `stop` waits for the worker to close its connection. */
const STOP_TIMEOUT_MS = 5000;

/*
 * The worker: its own connection to the file, a PASSIVE checkpoint every INTERVAL_MS (it never waits for a lock and
 * never blocks a writer or a reader; with nothing new in the WAL it costs a few microseconds). On 'stop' it closes its
 * connection and says so through the shared cell. Plain JS run with `eval`, so it works the same from the build and from
 * the TypeScript sources the tests run.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const done = new Int32Array(workerData.done);
let db;
let timer;
let lastFailure = '';
try {
  db = new Database(workerData.path, { fileMustExist: true });
  db.pragma('busy_timeout = 0');
  timer = setInterval(() => {
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
      lastFailure = '';
    } catch (error) {
      const message = String((error && error.message) || error);
      if (message !== lastFailure) parentPort.postMessage({ failed: message });
      lastFailure = message;
    }
  }, workerData.intervalMs);
} catch (error) {
  parentPort.postMessage({ failed: String((error && error.message) || error) });
}
parentPort.on('message', () => {
  if (timer) clearInterval(timer);
  try { if (db && db.open) db.close(); } finally {
    Atomics.store(done, 0, 1);
    Atomics.notify(done, 0);
    parentPort.close();
  }
});
`;

/**
 * Checkpoints a WAL-mode SQLite file from a worker thread, so the connection that serves requests never stops to copy
 * the WAL back into the database file (SQLite's automatic checkpoint runs inside the COMMIT that crosses 1,000 frames:
 * 5–20 ms with the event loop blocked, every few hundred commands). Durability is unchanged: every commit still syncs
 * the WAL as `synchronous` says; a checkpoint only moves committed pages, and SQLite makes that safe against a crash
 * at any point. The serving connection keeps its own automatic checkpoint, raised to
 * SERVING_CONNECTION_AUTOCHECKPOINT frames, as a bound should the worker fall behind or fail.
 */
export class BackgroundCheckpoint {
  private stopped = false;
  private exited = false;

  private constructor(
    private readonly worker: Worker,
    private readonly done: Int32Array,
  ) {}

  /** Starts one for `db`'s file (nothing for an in-memory database). */
  static start(db: Database.Database, label: string): BackgroundCheckpoint | undefined {
    if (db.memory) return undefined;
    db.pragma(`wal_autocheckpoint = ${SERVING_CONNECTION_AUTOCHECKPOINT}`);
    const done = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driver: require.resolve('better-sqlite3'), path: db.name, intervalMs: INTERVAL_MS, done: done.buffer },
    });
    const logger = new Logger(label);
    worker.on('message', (message: { failed?: string }) => {
      if (message.failed) logger.warn(`background checkpoint failed (the serving connection checkpoints by itself past ${SERVING_CONNECTION_AUTOCHECKPOINT} WAL frames): ${message.failed}`);
    });
    worker.on('error', (error) => logger.warn(`background checkpoint stopped: ${error.message}`));
    // Never what keeps a process alive.
    worker.unref();
    const checkpoint = new BackgroundCheckpoint(worker, done);
    worker.on('exit', () => {
      checkpoint.exited = true;
    });
    return checkpoint;
  }

  /**
   * Closes the worker's connection and waits (up to a few seconds) until it is closed, so the serving connection is
   * the last one and its own close checkpoints the WAL away as before. Synchronous: a checkpoint in progress finishes
   * first (milliseconds).
   */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.exited) return;
    this.worker.postMessage('stop');
    Atomics.wait(this.done, 0, 0, STOP_TIMEOUT_MS);
  }
}
