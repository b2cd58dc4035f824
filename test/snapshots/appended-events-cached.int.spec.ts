import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { partnershipLife } from '../../bench/partnership-life';
import { CommandContext, executeCommand, foldFromStart, loadAggregate } from '../../src/command-handling';
import { AppConfig } from '../../src/config/app-config';
import { EventStore, ReadStreamOptions, RecordedEvent } from '../../src/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { MetricsRegistry } from '../../src/observability/metrics-registry';
import { partnershipDecider } from '../../src/partnerships/domain/partnership-decider';
import { PartnershipCommand } from '../../src/partnerships/domain/partnership-commands';
import { ReadModelDatabase } from '../../src/read-models/read-model-database';
import { CachedAggregateLoader } from '../../src/snapshots/cached-aggregate-loader';
import { SnapshotStore } from '../../src/snapshots/snapshot-store';

/*
 * After a command's append the loader folds the command's own events into its cache, so the next command on the
 * same stream reads nothing back, and the state it decides on is still the one a fold of the stream gives.
 */

const STREAM = 'partnership-busy';
let dir: string;
let store: SqliteEventStore;
let database: ReadModelDatabase;
let loader: CachedAggregateLoader;
let eventsRead: number;

const context = (commandId: string = randomUUID()): CommandContext => ({ commandId, actor: 'key:operations', correlationId: randomUUID() });
const checkIn = (date: string, commandId?: string) =>
  executeCommand({
    store,
    decider: partnershipDecider,
    id: 'busy',
    streamId: STREAM,
    command: { type: 'RecordCheckIn', date, studentGrowthNotes: `growth on ${date}`, by: 'Ms. Alvarez' } as PartnershipCommand,
    context: context(commandId),
  });
const canonical = (state: unknown) => JSON.stringify(state);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-appended-'));
  store = SqliteEventStore.open({ path: join(dir, 'events.sqlite'), synchronous: 'NORMAL' });
  database = new ReadModelDatabase(join(dir, 'read-models.sqlite'));
  const shapes = partnershipLife('busy', 40);
  await store.append(
    STREAM,
    shapes.map((s) => ({ id: randomUUID(), type: s.type, schemaVersion: 1, data: s.data, metadata: { actor: 'key:operations', correlationId: randomUUID() } })),
    'no_stream',
  );
  loader = new CachedAggregateLoader(store, new SnapshotStore(database), { foldCacheStreams: 10, snapshotEvery: 0 } as AppConfig, new Registry() as MetricsRegistry);
  // Count the events the store hands out for this stream (instrumentation of the real store, nothing replaced).
  eventsRead = 0;
  const readStream = store.readStream.bind(store);
  store.readStream = async function* (streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent> {
    for await (const event of readStream(streamId, options)) {
      if (streamId === STREAM) eventsRead++;
      yield event;
    }
  } as EventStore['readStream'];
});

afterEach(async () => {
  await loader.onModuleDestroy();
  await store.close();
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

it('decides the next command on the state with the last one folded in, without reading it back, as a fold of the stream gives', async () => {
  await loadAggregate(store, STREAM, partnershipDecider);
  eventsRead = 0;
  for (let day = 10; day < 20; day++) await checkIn(`2026-10-${day}`);
  expect(eventsRead).toBe(0);

  const cached = await loadAggregate(store, STREAM, partnershipDecider);
  expect(eventsRead).toBe(0);
  const full = await foldFromStart(store, STREAM, partnershipDecider);
  expect(cached.revision).toBe(full.revision);
  expect(cached.position).toBe(full.position);
  expect(canonical(cached.state)).toBe(canonical(full.state));
  expect(cached.state.checkIns).toBe(full.state.checkIns);
});

it('leaves the cache to the stream when the append was a repeat, or another writer got in first', async () => {
  await loadAggregate(store, STREAM, partnershipDecider);
  const commandId = randomUUID();
  await checkIn('2026-10-01', commandId);
  expect((await checkIn('2026-10-01', commandId)).repeated).toBe(true);
  // Another writer (another process, the CLI) appends behind the cache's back.
  await store.append(STREAM, [{ id: randomUUID(), type: 'CheckInRecorded', schemaVersion: 1, data: { partnershipId: 'busy', lea: 'lausd', date: '2026-10-02', effectiveDate: '2026-10-02', studentGrowthNotes: 'elsewhere', by: 'cli' }, metadata: { actor: 'key:operations', correlationId: randomUUID() } }], 'any');
  eventsRead = 0;
  await checkIn('2026-10-03');
  expect(eventsRead).toBeGreaterThan(0); // the other writer's event was read, not assumed

  const cached = await loadAggregate(store, STREAM, partnershipDecider);
  const full = await foldFromStart(store, STREAM, partnershipDecider);
  expect(cached.revision).toBe(full.revision);
  expect(canonical(cached.state)).toBe(canonical(full.state));
});
