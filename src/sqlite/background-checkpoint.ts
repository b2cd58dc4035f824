import { Logger } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * The WAL frames past which the serving connection checkpoints by itself (SQLite's default is 1,000). By then the
 * worker has copied nearly all of them, so that checkpoint only finishes the last few and lets the next write start
 * the WAL over: under steady writes a PASSIVE checkpoint from another connection seldom reaches the very last frame,
 * and only a complete one lets the WAL be reused from its start. So the WAL file grows to about this many frames
 * (~32 MB with 4 kB pages) and stays that size on disk until the last connection closes. It is also the bound should
 * the worker fail. Measured (bench/README.md, "Command path over HTTP"): at 1,000 the serving connection's own
 * checkpoints came back as often as without the worker and cost most of its benefit; at 8,000 they are rare.
 */
export const SERVING_CONNECTION_AUTOCHECKPOINT = 8000;

const INTERVAL_MS = 25;
/** How long `stop` waits for the worker to close its connection (a checkpoint in progress finishes first). */
const STOP_TIMEOUT_MS = 2000;

/*
 * The worker: its own connection to the file, a PASSIVE checkpoint every INTERVAL_MS (it never waits for a lock and
 * never blocks a writer or a reader; with nothing new in the WAL it costs a few microseconds). On 'stop' it closes its
 * connection and says so through the shared cell. Plain JS run with `eval`, so it works the same from the build and from
 * the TypeScript sources the tests run.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const done = new Int32Array(workerData.done);
let db;
let timer;
let lastFailure = '';
try {
  const Database = require(workerData.driver);
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
 * Checkpoints a WAL-mode SQLite file from a worker thread, so the connection that serves requests seldom stops to copy
 * the WAL back into the database file. SQLite's automatic checkpoint runs inside the COMMIT that takes the WAL past
 * its threshold: with nothing else copying, that COMMIT copies every frame and syncs the file (5–20 ms with the event
 * loop blocked, every few hundred commands at the default 1,000 frames). The worker copies what was committed every
 * 25 ms; the serving connection checkpoints by itself only past SERVING_CONNECTION_AUTOCHECKPOINT frames, and then
 * finds nearly everything copied. Durability is unchanged: every commit still syncs the WAL as `synchronous` says; a
 * checkpoint only moves committed pages (the worker's syncs the WAL before and the database file after), and SQLite
 * makes that safe against a crash at any point. Should the worker fail, the serving connection checkpoints by itself
 * at that threshold.
 */
export class BackgroundCheckpoint {
  private stopped = false;
  private exited = false;

  private constructor(
    private readonly worker: Worker,
    private readonly done: Int32Array,
  ) {}

  /** Starts one for `db`'s file (nothing for an in-memory database, nor when no worker can be started). */
  static start(db: Database.Database, label: string): BackgroundCheckpoint | undefined {
    if (db.memory) return undefined;
    const logger = new Logger(label);
    const done = new Int32Array(new SharedArrayBuffer(4));
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { driver: require.resolve('better-sqlite3'), path: resolve(db.name), intervalMs: INTERVAL_MS, done: done.buffer },
      });
    } catch (error) {
      logger.warn(`no background checkpoint (the serving connection checkpoints by itself): ${(error as Error).message}`);
      return undefined;
    }
    db.pragma(`wal_autocheckpoint = ${SERVING_CONNECTION_AUTOCHECKPOINT}`);
    worker.on('message', (message: { failed?: string }) => {
      if (message.failed) logger.warn(`background checkpoint failed (the serving connection checkpoints by itself past ${SERVING_CONNECTION_AUTOCHECKPOINT} WAL frames): ${message.failed}`);
    });
    // Never what keeps a process alive.
    worker.unref();
    const checkpoint = new BackgroundCheckpoint(worker, done);
    worker.on('error', (error) => {
      checkpoint.exited = true;
      logger.warn(`background checkpoint stopped: ${error.message}`);
    });
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
