import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { foldFromStart } from '../../src/command-handling';
import { AppConfig } from '../../src/config/app-config';
import { EventStore, NewEvent } from '../../src/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { MetricsRegistry } from '../../src/observability/metrics-registry';
import { partnershipDecider } from '../../src/partnerships/domain/partnership-decider';
import { ReadModelDatabase } from '../../src/read-models/read-model-database';
import { CachedAggregateLoader } from '../../src/snapshots/cached-aggregate-loader';
import { SnapshotStore } from '../../src/snapshots/snapshot-store';

/*
 * A cached fold or a snapshot is a start only while the stream still holds the event it ended on, at the same global
 * position. When the store under the app is replaced (a restore from an older backup, an import into a new store) the
 * same stream id may hold other events; the loader must notice and fold from event 0, and drop the stale snapshots.
 */

const STREAM = 'partnership-replaced';
let dir: string;
let first: EventStore;
let second: EventStore;
let database: ReadModelDatabase;
let snapshots: SnapshotStore;

function event(type: string, data: Record<string, unknown>): NewEvent {
  return { id: randomUUID(), type, schemaVersion: 1, data, metadata: { actor: 'test', correlationId: randomUUID() } };
}

const proposal = (name: string) =>
  event('PartnershipProposed', { partnershipId: 'replaced', partnerIds: ['pa'], lea: 'lausd', scope: 'school', model: 'co-teaching', artForms: ['dance'], name, effectiveDate: '2026-08-01', termEnd: null });
const checkIns = (n: number) => Array.from({ length: n }, (_, i) => event('CheckInRecorded', { partnershipId: 'replaced', lea: 'lausd', date: `2026-09-${String(1 + (i % 28)).padStart(2, '0')}`, effectiveDate: '2026-09-01', studentGrowthNotes: `n${i}`, by: 'lead' }));

async function lastEvent(store: EventStore) {
  for await (const event of store.readStream(STREAM, { direction: 'backwards', maxCount: 1 })) return event;
  throw new Error('empty stream');
}

const loader = () => new CachedAggregateLoader(first, snapshots, { foldCacheStreams: 10, snapshotEvery: 10 } as AppConfig, new Registry() as MetricsRegistry);
const flush = () => new Promise((resolve) => setImmediate(resolve));

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-replaced-'));
  first = SqliteEventStore.open({ path: join(dir, 'first.sqlite'), synchronous: 'NORMAL' });
  second = SqliteEventStore.open({ path: join(dir, 'second.sqlite'), synchronous: 'NORMAL' });
  database = new ReadModelDatabase(join(dir, 'read-models.sqlite'));
  snapshots = new SnapshotStore(database);
  // The first store: another stream first, so the partnership's global positions differ from the second store's.
  await first.append('partnership-other', [proposal('other'), ...checkIns(2)], 'no_stream');
  await first.append(STREAM, [proposal('First'), ...checkIns(29)], 'no_stream');
});

afterEach(async () => {
  await first.close();
  await second.close();
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a stream whose events changed under a cached fold or a snapshot', () => {
  it.each([
    ['shorter than the cached revision', 19, false],
    ['as long, the same revisions at other positions', 39, false],
    // As after a restore from a backup: the log up to a point is the same, and new events land on the old positions.
    ['other events at the very same revisions AND positions', 29, true],
  ])('is folded from event 0 when the replacement is %s', async (_, checkInCount, samePositions) => {
    const warm = loader();
    const before = await warm.load(first, STREAM, partnershipDecider);
    if (samePositions) expect(before.position).toBe(33n);
    await flush();
    expect(before.revision).toBe(29n);
    expect(await snapshots.latest(STREAM, partnershipDecider)).toMatchObject({ revision: 29n });

    if (samePositions) await second.append('partnership-other', [proposal('other'), ...checkIns(2)], 'no_stream');
    await second.append(STREAM, [proposal('Second'), ...checkIns(checkInCount)], 'no_stream');
    const expected = await foldFromStart(second, STREAM, partnershipDecider);

    // From the cache: the same loader, now reading the other store.
    const fromCache = await warm.load(second, STREAM, partnershipDecider);
    expect(fromCache.state.name).toBe('Second');
    expect(JSON.stringify(fromCache.state)).toBe(JSON.stringify(expected.state));
    expect([fromCache.revision, fromCache.position]).toEqual([expected.revision, expected.position]);
    if (samePositions) expect(fromCache.position).toBe(before.position);
    await flush();
    // The stale snapshot is gone (a new one, anchored in the second store, may have been written in its place).
    const kept = await snapshots.latest(STREAM, partnershipDecider);
    if (kept) expect(kept.state).toMatchObject({ name: 'Second' });

    // From the snapshot: put the first store's snapshot back and load cold.
    snapshots.forget(STREAM);
    const last = await lastEvent(first);
    snapshots.save({ streamId: STREAM, revision: before.revision, position: before.position!, eventId: last.id, state: before.state, maxRecordedAt: new Date() }, partnershipDecider);
    const cold = await loader().load(second, STREAM, partnershipDecider);
    expect(cold.state.name).toBe('Second');
    expect(JSON.stringify(cold.state)).toBe(JSON.stringify(expected.state));
  });
});
