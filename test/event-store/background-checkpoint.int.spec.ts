/**
 * The WAL checkpointed from a worker thread (src/sqlite/background-checkpoint.ts), on real SQLite files: the serving
 * connection's own automatic checkpoint is raised to SERVING_CONNECTION_AUTOCHECKPOINT frames, so without the worker the
 * WAL would grow that far before anything copied it back; with it, the WAL keeps being reused from its start. Closing
 * leaves the file as SQLite leaves it (checkpointed, no WAL), and everything written is there on reopening.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewEvent } from '../../src/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { ReadModelDatabase } from '../../src/read-models/read-model-database';
import { SERVING_CONNECTION_AUTOCHECKPOINT } from '../../src/sqlite/background-checkpoint';

const PAGE_BYTES = 4096;
/** Frames past which the test calls the WAL unbounded: well under the serving connection's own threshold. */
const BOUND_FRAMES = SERVING_CONNECTION_AUTOCHECKPOINT / 2;

const walFrames = (path: string) => (existsSync(`${path}-wal`) ? Math.floor(statSync(`${path}-wal`).size / (PAGE_BYTES + 24)) : 0);
/** The worker checkpoints on a timer: writers that pause now and then, as a server's do, let it run. */
const pause = () => new Promise((resolve) => setTimeout(resolve, 30));

function batch(size: number): NewEvent[] {
  return Array.from({ length: size }, (_, i) => ({
    id: randomUUID(),
    type: 'SessionLogged',
    schemaVersion: 1,
    data: { sessionId: randomUUID(), notes: 'x'.repeat(200 + (i % 50)) },
    metadata: { actor: 'user:test', correlationId: randomUUID() },
  }));
}

describe('background WAL checkpoint', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-checkpoint-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /**
   * Appends batches until the WAL reaches the serving connection's threshold or 60,000 events are written (more than
   * enough to reach it twice over, had nothing checkpointed); the WAL's high-water mark in frames (its file is reused
   * from the start after each full checkpoint, never shrunk).
   */
  async function appendMany(store: SqliteEventStore, path: string): Promise<{ highWater: number; written: number }> {
    let written = 0;
    let highWater = 0;
    for (let round = 0; highWater < SERVING_CONNECTION_AUTOCHECKPOINT && written < 60_000; round++) {
      await store.append(`partnership-${round}`, batch(100), 'no_stream');
      written += 100;
      highWater = Math.max(highWater, walFrames(path));
      if (round % 10 === 9) await pause();
    }
    return { highWater, written };
  }

  it('the event store keeps its WAL bounded while appends go on, far under where it would checkpoint by itself', async () => {
    const path = join(dir, 'background.sqlite');
    const store = SqliteEventStore.open({ path, checkpointInBackground: true });
    const background = await appendMany(store, path);
    await store.close();

    // The same writes without the worker, the serving connection's threshold alone: the WAL grows to it.
    const alonePath = join(dir, 'alone.sqlite');
    const alone = SqliteEventStore.open({ path: alonePath });
    (alone as unknown as { db: { pragma(sql: string): unknown } }).db.pragma(`wal_autocheckpoint = ${SERVING_CONNECTION_AUTOCHECKPOINT}`);
    const control = await appendMany(alone, alonePath);
    await alone.close();

    expect(control.highWater).toBeGreaterThanOrEqual(SERVING_CONNECTION_AUTOCHECKPOINT);
    expect(background.written).toBeGreaterThanOrEqual(control.written);
    expect(background.highWater).toBeLessThan(BOUND_FRAMES);
  });

  it('closing leaves a checkpointed file without a WAL, and every event is there on reopening', async () => {
    const path = join(dir, 'events.sqlite');
    const store = SqliteEventStore.open({ path, checkpointInBackground: true });
    for (let round = 0; round < 40; round++) await store.append(`partnership-${round}`, batch(50), 'no_stream');
    await store.close();
    expect(existsSync(`${path}-wal`)).toBe(false);

    const reopened = SqliteEventStore.open({ path, checkpointInBackground: true });
    let count = 0;
    for await (const _ of reopened.readAll()) count++;
    await reopened.close();
    expect(count).toBe(2000);
  });

  it('the read-model database does the same: bounded WAL under writes, closed clean, rows all there', async () => {
    const path = join(dir, 'read-models.sqlite');
    const database = new ReadModelDatabase(path, { checkpointInBackground: true });
    database.db.exec('CREATE TABLE rows (id TEXT PRIMARY KEY, body TEXT NOT NULL)');
    const insert = database.db.prepare('INSERT INTO rows (id, body) VALUES (?, ?)');
    const insertMany = database.db.transaction((count: number) => {
      for (let i = 0; i < count; i++) insert.run(randomUUID(), 'y'.repeat(300));
    });
    let highWater = 0;
    for (let round = 0; round < 300; round++) {
      insertMany(100);
      highWater = Math.max(highWater, walFrames(path));
      if (round % 10 === 9) await pause();
    }
    database.close();
    expect(highWater).toBeLessThan(BOUND_FRAMES);
    expect(existsSync(`${path}-wal`)).toBe(false);

    const reopened = new ReadModelDatabase(path);
    expect(reopened.db.prepare('SELECT count(*) FROM rows').pluck().get()).toBe(30_000);
    reopened.close();
  });
});
