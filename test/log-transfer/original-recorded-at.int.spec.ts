import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStore, NewEvent, RecordedEvent } from '../../src/event-store';
import { EsdbEventStore } from '../../src/event-store/esdb/esdb-event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { EsdbTestServer, startEsdbTestServer } from '../support/esdb-test-server';

/*
 * metadata.originalRecordedAt (set only by `ledger import-log`) is what both adapters report as recordedAt, on
 * every read path; without it recordedAt stays the store's own time.
 */

let dir: string;
let server: EsdbTestServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-original-at-'));
  server = await startEsdbTestServer();
});

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const ORIGINAL = '2026-09-14T15:04:05.123Z';

function event(originalRecordedAt?: string): NewEvent {
  return {
    id: randomUUID(),
    type: 'SchoolRegistered',
    schemaVersion: 1,
    data: { n: 1 },
    metadata: { actor: 'test:import', correlationId: randomUUID(), ...(originalRecordedAt ? { originalRecordedAt } : {}) },
  };
}

async function collect(events: AsyncIterable<RecordedEvent>, count = Infinity): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  for await (const e of events) {
    out.push(e);
    if (out.length >= count) break;
  }
  return out;
}

describe.each([
  ['SqliteEventStore', () => SqliteEventStore.open({ path: join(dir, `${randomUUID()}.sqlite`) }) as EventStore],
  ['EsdbEventStore', () => EsdbEventStore.connect(server.connectionString) as EventStore],
])('%s', (_name, open) => {
  it('reports metadata.originalRecordedAt as recordedAt on stream reads, global reads and subscriptions; the store’s own time otherwise', async () => {
    const store = open();
    try {
      const streamId = `school-${randomUUID()}`;
      const started = Date.now();
      await store.append(streamId, [event(ORIGINAL), event()], 'no_stream');
      const [moved, fresh] = await collect(store.readStream(streamId));
      expect(moved.recordedAt.toISOString()).toBe(ORIGINAL);
      expect(moved.metadata.originalRecordedAt).toBe(ORIGINAL);
      expect(fresh.recordedAt.getTime()).toBeGreaterThanOrEqual(started - 1_000);
      const all = (await collect(store.readAll())).filter((e) => e.streamId === streamId);
      expect(all.map((e) => e.recordedAt.toISOString())).toEqual([ORIGINAL, fresh.recordedAt.toISOString()]);
      const subscription = store.subscribe();
      try {
        const seen: RecordedEvent[] = [];
        for await (const e of subscription) {
          if (e.streamId === streamId) seen.push(e);
          if (seen.length === 2) break;
        }
        expect(seen[0].recordedAt.toISOString()).toBe(ORIGINAL);
      } finally {
        await subscription.close();
      }
    } finally {
      await store.close();
    }
  });
});
