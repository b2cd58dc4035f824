/**
 * The embedded adapter on a real SQLite file: the shared contract, then what only a file can show —
 * reopening, several OS processes sharing the file, and a writer killed mid-append.
 */
import Database from 'better-sqlite3';
import { ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewEvent, RecordedEvent } from '../../src/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { describeEventStoreContract } from './event-store.contract';

const FIXTURES = join(__dirname, 'fixtures');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'ledger-sqlite-'));
}

function newEvent(data: Record<string, unknown>): NewEvent {
  return { id: randomUUID(), type: 'SessionLogged', schemaVersion: 1, data, metadata: { actor: 'user:test', correlationId: randomUUID() } };
}

async function collect(iterable: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const collected: RecordedEvent[] = [];
  for await (const recorded of iterable) collected.push(recorded);
  return collected;
}

/** A fixture script in its own Node process (no inherited Jest flags), with an IPC channel. */
function forkFixture(script: string, args: string[]): ChildProcess {
  return fork(join(FIXTURES, script), args, { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

describeEventStoreContract('SQLite file', async () => {
  const dir = tempDir();
  const store = SqliteEventStore.open({ path: join(dir, 'data', 'events.sqlite') });
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SQLite event store: what only a file shows', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = tempDir();
    path = join(dir, 'events.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every event, revision, position and tombstone across close and reopen', async () => {
    const first = SqliteEventStore.open({ path });
    await first.append('school-1', [newEvent({ n: 0 }), newEvent({ n: 1 })], 'no_stream');
    await first.append('partner-1', [newEvent({ n: 2 })], 'no_stream');
    await first.deleteStream('partner-1');
    const before = await collect(first.readAll());
    await first.close();

    const reopened = SqliteEventStore.open({ path });
    try {
      expect(await collect(reopened.readAll())).toEqual(before);
      expect(await reopened.headPosition()).toBe(before[2].position);
      await expect(collect(reopened.readStream('partner-1'))).rejects.toMatchObject({ name: 'StreamDeletedError' });
      const next = await reopened.append('school-1', [newEvent({ n: 3 })], 1n);
      expect(next.nextRevision).toBe(2n);
      expect(next.position).toBeGreaterThan(before[2].position);
    } finally {
      await reopened.close();
    }
  });

  it('lets timers run while a long read is in progress (SQLite calls block, so reads pause between pages)', async () => {
    const store = SqliteEventStore.open({ path, synchronous: 'NORMAL' });
    try {
      for (let i = 0; i < 20; i++) await store.append(`pathway-${i}`, Array.from({ length: 1_000 }, (_, n) => newEvent({ n })), 'no_stream');
      let ticks = 0;
      const ticker = setInterval(() => ticks++, 0);
      let read = 0;
      for await (const _ of store.readAll()) read++;
      clearInterval(ticker);
      expect(read).toBe(20_000);
      expect(ticks).toBeGreaterThan(1);
    } finally {
      await store.close();
    }
  });

  it('delivers appends made by another process to a live subscription', async () => {
    const store = SqliteEventStore.open({ path });
    const subscription = store.subscribe({ filter: { streamPrefixes: ['partnership-'] } });
    const received: RecordedEvent[] = [];
    const finished = (async () => {
      for await (const recorded of subscription) if (received.push(recorded) === 10) break;
    })();
    try {
      const writer = forkFixture('racing-writer.js', [path, 'partnership-x', 'other-process', '10']);
      writer.once('message', () => writer.send('go'));
      expect(await exited(writer)).toEqual({ code: 0, signal: null });
      await finished;
      expect(received.map((e) => e.revision)).toEqual(Array.from({ length: 10 }, (_, i) => BigInt(i)));
    } finally {
      await subscription.close();
      await store.close();
    }
  }, 30_000);

  it('several OS processes appending to one stream with expected revisions lose and duplicate nothing', async () => {
    const processes = 4;
    const perProcess = 25;
    await SqliteEventStore.open({ path }).close(); // create the schema once, before the race
    const writers = Array.from({ length: processes }, (_, i) => forkFixture('racing-writer.js', [path, 'partnership-shared', `w${i}`, String(perProcess)]));
    const reports: { wins: number; losses: number }[] = [];
    writers.forEach((writer) => writer.on('message', (message: { wins?: number; losses: number }) => message.wins !== undefined && reports.push(message as never)));
    await Promise.all(writers.map((writer) => new Promise((resolve) => writer.once('message', resolve))));
    writers.forEach((writer) => writer.send('go'));
    const exits = await Promise.all(writers.map(exited));
    expect(exits).toEqual(Array(processes).fill({ code: 0, signal: null }));

    const store = SqliteEventStore.open({ path });
    try {
      const events = await collect(store.readStream('partnership-shared'));
      expect(events.map((e) => e.revision)).toEqual(Array.from({ length: processes * perProcess }, (_, i) => BigInt(i)));
      for (let w = 0; w < processes; w++) {
        // Each writer's events appear once each, in the order it wrote them.
        const own = events.filter((e) => (e.data as { writer: string }).writer === `w${w}`).map((e) => (e.data as { n: number }).n);
        expect(own).toEqual(Array.from({ length: perProcess }, (_, n) => n));
      }
      expect(reports.reduce((sum, r) => sum + r.wins, 0)).toBe(processes * perProcess);
      // The processes really raced: some appends lost to another process and were retried.
      expect(reports.reduce((sum, r) => sum + r.losses, 0)).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('a writer killed with SIGKILL mid-append leaves a store that opens, reads consistently and holds only whole appends', async () => {
    const batchSize = 40;
    for (let round = 0; round < 3; round++) {
      const writer = forkFixture('batch-writer.js', [path, 'pathway-crash', String(batchSize)]);
      let batches = 0;
      // Kill at an uneven moment after a few batches, while the writer is busy with the next one.
      await new Promise<void>((resolve) =>
        writer.on('message', () => {
          if (++batches === 5 + round) setTimeout(() => (writer.kill('SIGKILL'), resolve()), round * 3);
        }),
      );
      expect(await exited(writer)).toMatchObject({ signal: 'SIGKILL' });

      const store = SqliteEventStore.open({ path });
      try {
        const events = await collect(store.readStream('pathway-crash'));
        expect(events.length % batchSize).toBe(0);
        expect(events.length).toBeGreaterThanOrEqual((5 + round) * batchSize);
        events.forEach((event, i) => {
          expect(event.revision).toBe(BigInt(i));
          expect(event.data).toMatchObject({ batch: Math.floor(i / batchSize), index: i % batchSize });
          if (i > 0) expect(event.position).toBeGreaterThan(events[i - 1].position);
        });
        expect(await collect(store.readAll())).toHaveLength(events.length);
      } finally {
        await store.close();
      }
      const check = new Database(path, { readonly: true });
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      check.close();
    }
  }, 60_000);
});
