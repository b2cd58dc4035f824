/**
 * The WAL checkpointed from a worker thread (src/sqlite/background-checkpoint.ts), on real SQLite files. The serving
 * connection checkpoints by itself only past SERVING_CONNECTION_AUTOCHECKPOINT frames; below that, only the worker
 * copies committed frames back into the database file. What was copied is read from the WAL index (the `-shm` file:
 * `mxFrame`, the last frame committed, at byte 16; `nBackfill`, the frames copied back, at byte 96; native byte order).
 * Closing leaves the file as SQLite leaves it (checkpointed, no WAL), and everything written is there on reopening.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewEvent } from '../../src/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { ReadModelDatabase } from '../../src/read-models/read-model-database';
import { SERVING_CONNECTION_AUTOCHECKPOINT } from '../../src/sqlite/background-checkpoint';

/** Frames committed to the WAL and frames copied back from it, as the WAL index says. */
function walIndex(path: string): { committed: number; copied: number } {
  const shm = readFileSync(`${path}-shm`);
  return { committed: shm.readUInt32LE(16), copied: shm.readUInt32LE(96) };
}

/** Polls until everything committed is copied back, or `ms` passed; the last reading. */
async function settled(path: string, ms: number): Promise<{ committed: number; copied: number }> {
  const until = Date.now() + ms;
  for (;;) {
    const index = walIndex(path);
    if (index.copied === index.committed || Date.now() > until) return index;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function batch(size: number): NewEvent[] {
  return Array.from({ length: size }, (_, i) => ({
    id: randomUUID(),
    type: 'SessionLogged',
    schemaVersion: 1,
    data: { sessionId: randomUUID(), notes: 'x'.repeat(200 + (i % 50)) },
    metadata: { actor: 'user:test', correlationId: randomUUID() },
  }));
}

/** Appends without pause until the WAL holds ~2,000 frames (well under the serving connection's threshold). */
async function fillWal(store: SqliteEventStore, path: string): Promise<void> {
  for (let round = 0; walIndex(path).committed < 2_000; round++) await store.append(`partnership-${round}`, batch(100), 'no_stream');
  expect(walIndex(path).committed).toBeLessThan(SERVING_CONNECTION_AUTOCHECKPOINT);
}

describe('background WAL checkpoint', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-checkpoint-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("copies the event log's committed frames back without the serving connection doing it", async () => {
    const path = join(dir, 'background.sqlite');
    const store = SqliteEventStore.open({ path, checkpointInBackground: true });
    await fillWal(store, path);
    const index = await settled(path, 5_000);
    await store.close();
    expect(index.committed).toBeGreaterThanOrEqual(2_000);
    expect(index.copied).toBe(index.committed);

    // The same writes without the worker, the serving connection at the same threshold: nothing is copied back.
    const alonePath = join(dir, 'alone.sqlite');
    const alone = SqliteEventStore.open({ path: alonePath });
    (alone as unknown as { db: { pragma(sql: string): unknown } }).db.pragma(`wal_autocheckpoint = ${SERVING_CONNECTION_AUTOCHECKPOINT}`);
    await fillWal(alone, alonePath);
    const control = await settled(alonePath, 300);
    await alone.close();
    expect(control.copied).toBe(0);
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

  it('the read-model database does the same: frames copied back by the worker, closed clean, rows all there', async () => {
    const path = join(dir, 'read-models.sqlite');
    const database = new ReadModelDatabase(path, { checkpointInBackground: true });
    database.db.exec('CREATE TABLE rows (id TEXT PRIMARY KEY, body TEXT NOT NULL)');
    const insert = database.db.prepare('INSERT INTO rows (id, body) VALUES (?, ?)');
    const insertMany = database.db.transaction((count: number) => {
      for (let i = 0; i < count; i++) insert.run(randomUUID(), 'y'.repeat(300));
    });
    let rows = 0;
    while (walIndex(path).committed < 2_000) {
      insertMany(100);
      rows += 100;
    }
    const index = await settled(path, 5_000);
    database.close();
    expect(index.copied).toBe(index.committed);
    expect(existsSync(`${path}-wal`)).toBe(false);

    const reopened = new ReadModelDatabase(path);
    expect(reopened.db.prepare('SELECT count(*) FROM rows').pluck().get()).toBe(rows);
    reopened.close();
  });
});
