/**
 * Issue 11, idempotency without a scan: `findEvent(streamId, eventId)` on a 100,000-event stream of the embedded
 * store, the port's default (a backward read of the stream) against the SQLite override (the `events_by_id` index).
 * A command looks up its own first event id before deciding; for a new command the id is absent, which is the
 * default's worst case (the whole stream is read).
 *
 * Set-up (not measured): a temp file, synchronous=NORMAL, the stream filled 1,000 events per append, plus as many
 * events again in 1,000 other streams (the index is global, the lookup must not care).
 * Figures (median ms of FIND_EVENT_RUNS scans (5) and of 1,000 lookups):
 *   - `find_event_scan_absent_100k_ms` / `find_event_index_absent_100k_ms`: an id not in the stream;
 *   - `find_event_scan_oldest_100k_ms` / `find_event_index_oldest_100k_ms`: the stream's first event;
 *   - `find_event_index_speedup`: scan ÷ index, absent id.
 * EventStoreDB adapter against the in-memory gRPC test server (gRPC + client cost, for comparison, not a real server):
 * the same stream, indexed by the event-id index projection, then 100 more events (the tail after its checkpoint):
 *   - `find_event_esdb_scan_absent_100k_ms`: no index, the whole stream read backwards;
 *   - `find_event_esdb_index_absent_100k_ms`: index + the 100-event tail; `..._oldest_...`: found in the index.
 * Environment: FIND_EVENT_STREAM_EVENTS (100000), FIND_EVENT_RUNS (5), FIND_EVENT_ESDB=0 skips EventStoreDB.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStore } from '../src/event-store';
import { EsdbEventStore } from '../src/event-store/esdb/esdb-event-store';
import { findEventThroughIndex } from '../src/event-store/esdb/find-event-through-index';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store';
import { EventIdIndexProjection } from '../src/event-id-index/event-id-index.projection';
import { ReadModelEventIdIndex } from '../src/event-id-index/read-model-event-id-index';
import { ProjectionRunner } from '../src/projections/projection-runner';
import { ReadModelDatabase } from '../src/read-models/read-model-database';
import { startEsdbTestServer } from '../test/support/esdb-test-server';
import { sessionLogged } from './bench-events';
import { median } from './median';

const log = (message: string) => process.stderr.write(`[find-event] ${message}\n`);

async function timed(runs: number, lookUp: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await lookUp();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(samples);
}

/**
 * Appends `total` logged sessions to `streamId`, 1,000 per append (after each, `alongside(n, count)` may write
 * elsewhere); answers the id of the stream's first event.
 */
async function fillStream(store: EventStore, streamId: string, total: number, alongside?: (n: number, count: number) => Promise<unknown>): Promise<string> {
  let oldest: string | undefined;
  for (let n = 0; n < total; n += 1_000) {
    const events = Array.from({ length: Math.min(1_000, total - n) }, (_, i) => sessionLogged(n + i));
    oldest ??= events[0].id;
    await store.append(streamId, events, 'any');
    await alongside?.(n, events.length);
  }
  if (oldest === undefined) throw new Error('FIND_EVENT_STREAM_EVENTS must be at least 1');
  return oldest;
}

export async function run(report: (name: string, value: number) => void): Promise<void> {
  const total = Number(process.env.FIND_EVENT_STREAM_EVENTS ?? 100_000);
  const runs = Number(process.env.FIND_EVENT_RUNS ?? 5);
  await embedded(report, total, runs);
  if (process.env.FIND_EVENT_ESDB !== '0') await eventStoreDb(report, total, runs);
}

async function embedded(report: (name: string, value: number) => void, total: number, runs: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-find-event-'));
  const store = SqliteEventStore.open({ path: join(dir, 'events.sqlite'), synchronous: 'NORMAL' });
  try {
    const streamId = 'partnership-long';
    const oldest = await fillStream(store, streamId, total, (n, count) =>
      store.append(`partnership-other-${n / 1_000}`, Array.from({ length: count }, (_, i) => sessionLogged(i)), 'any'),
    );
    log(`filled ${total} events in ${streamId} and ${total} in other streams`);

    const scan = (eventId: string) => EventStore.prototype.findEvent.call(store, streamId, eventId);
    const absent = randomUUID();
    if ((await scan(oldest))?.id !== oldest || (await store.findEvent(streamId, oldest))?.id !== oldest) throw new Error('lookup disagrees');

    const scanAbsent = await timed(runs, () => scan(absent));
    const scanOldest = await timed(runs, () => scan(oldest));
    await timed(100, () => store.findEvent(streamId, randomUUID())); // warm-up
    const indexAbsent = await timed(1_000, () => store.findEvent(streamId, randomUUID()));
    const indexOldest = await timed(1_000, () => store.findEvent(streamId, oldest));

    report('find_event_scan_absent_100k_ms', round(scanAbsent));
    report('find_event_index_absent_100k_ms', round(indexAbsent, 3));
    report('find_event_scan_oldest_100k_ms', round(scanOldest));
    report('find_event_index_oldest_100k_ms', round(indexOldest, 3));
    report('find_event_index_speedup', Math.round(scanAbsent / indexAbsent));
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function eventStoreDb(report: (name: string, value: number) => void, total: number, runs: number): Promise<void> {
  const server = await startEsdbTestServer();
  const store = EsdbEventStore.connect(server.connectionString);
  const readModels = new ReadModelDatabase(':memory:');
  const projection = new EventIdIndexProjection();
  const runner = new ProjectionRunner(store, readModels.db).register(projection);
  try {
    const streamId = 'partnership-long';
    const oldest = await fillStream(store, streamId, total);
    const head = (await store.headPosition())!;
    await runner.start();
    const reached = await runner.waitForPosition([projection.name], head, 600_000);
    await runner.stop();
    if (!reached.reached) throw new Error('the event-id index did not catch up');
    await store.append(streamId, Array.from({ length: 100 }, (_, i) => sessionLogged(total + i)), 'any');
    log(`EventStoreDB (test server): ${total} events indexed, 100 after the checkpoint`);

    const index = new ReadModelEventIdIndex(readModels.db, projection);
    const withIndex = (eventId: string) => findEventThroughIndex(store, index, streamId, eventId);
    const scan = (eventId: string) => findEventThroughIndex(store, undefined, streamId, eventId);
    if ((await withIndex(oldest))?.id !== oldest) throw new Error('lookup disagrees');
    const scanAbsent = await timed(runs, () => scan(randomUUID()));
    await timed(20, () => withIndex(randomUUID())); // warm-up
    const indexAbsent = await timed(100, () => withIndex(randomUUID()));
    const indexOldest = await timed(100, () => withIndex(oldest));
    report('find_event_esdb_scan_absent_100k_ms', round(scanAbsent));
    report('find_event_esdb_index_absent_100k_ms', round(indexAbsent, 2));
    report('find_event_esdb_index_oldest_100k_ms', round(indexOldest, 2));
  } finally {
    await runner.stop();
    await store.close();
    await server.stop();
    readModels.close();
  }
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

if (require.main === module) {
  void run((name, value) => console.log(`metric ${name} ${value}`));
}
