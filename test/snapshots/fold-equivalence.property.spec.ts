import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { Decider, DomainEvent } from '../../src/command-handling';
import { AppConfig } from '../../src/config/app-config';
import { EventStore, upcast } from '../../src/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { MetricsRegistry } from '../../src/observability/metrics-registry';
import { PartnershipState } from '../../src/partnerships/domain/partnership-state';
import { SessionLog } from '../../src/partnerships/domain/session-log';
import { ReadModelDatabase } from '../../src/read-models/read-model-database';
import { CachedAggregateLoader } from '../../src/snapshots/cached-aggregate-loader';
import { SnapshotStore } from '../../src/snapshots/snapshot-store';
import { DECIDER_HISTORIES, HistoryEvent } from './stream-history.arbitrary';

/*
 * The fold cache and the durable snapshots must never change an answer. For random histories of every decider (every
 * event type, the old v1 shape of ProfessionalDevelopmentDelivered that reads upcast, corrections), written in random
 * chunks to a real SQLite store with snapshots in a real read-model file:
 *   - after each chunk, the state the loader gives (cache + tail; a snapshot + tail after the cache was evicted) is the
 *     full fold from event 0, compared as canonical JSON holding every session;
 *   - a new loader (a cold start: empty cache, the same snapshot file) gives it too, starting from a snapshot; for a
 *     partnership, a state just loaded cold finds each session id (and refuses absent ones) as the full fold does,
 *     through the snapshot's id filter and its rest read on demand;
 *   - every kept snapshot equals the fold of events 0..its revision, and its maxRecordedAt is their latest recordedAt.
 * States handed out are deep-frozen, so an evolve that changed a cached state in place would throw here.
 */

type AnyDecider = Decider<unknown, DomainEvent, unknown>;

const SEED = 20_261_204;
const RUNS = 60;

let dir: string;
let store: EventStore;
let database: ReadModelDatabase;
let snapshots: SnapshotStore;
let streams = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-fold-'));
  store = SqliteEventStore.open({ path: join(dir, 'events.sqlite'), synchronous: 'NORMAL' });
  database = new ReadModelDatabase(join(dir, 'read-models.sqlite'));
  snapshots = new SnapshotStore(database);
});

afterAll(async () => {
  await store?.close();
  database?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function loader(foldCacheStreams: number, snapshotEvery: number): { loader: CachedAggregateLoader; registry: Registry } {
  const registry = new Registry();
  const config = { foldCacheStreams, snapshotEvery } as AppConfig;
  return { loader: new CachedAggregateLoader(store, snapshots, config, registry as MetricsRegistry), registry };
}

/** Sorted keys, every session of a SessionLog (oldest first), undefined dropped: equal text ⇔ equal state. */
function canonical(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    // `v` is what toJSON made of the value (SessionLog's shows only 20 sessions); the holder still has the value itself.
    const original = this[key];
    if (original instanceof SessionLog) return { size: original.size, sessions: [...original.newestFirst()].reverse() };
    if (v && typeof v === 'object' && !Array.isArray(v)) return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)));
    return v;
  });
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const key of Object.getOwnPropertyNames(value)) deepFreeze((value as Record<string, unknown>)[key]);
}

/** The reference: a plain fold of events 0..upTo (all when omitted), as the code did before any cache. */
async function referenceFold(streamId: string, decider: AnyDecider, upTo?: bigint) {
  let state = decider.initialState;
  let revision = -1n;
  let position: bigint | null = null;
  let maxRecordedAt = 0;
  for await (const recorded of store.readStream(streamId)) {
    if (upTo !== undefined && recorded.revision > upTo) break;
    const event = upcast(recorded);
    state = decider.evolve(state, { type: event.type, data: event.data as object });
    revision = event.revision;
    position = event.position;
    maxRecordedAt = Math.max(maxRecordedAt, event.recordedAt.getTime());
  }
  return { state, revision, position, maxRecordedAt };
}

function stored(event: HistoryEvent) {
  return { id: randomUUID(), type: event.type, schemaVersion: event.schemaVersion, data: event.data, metadata: { actor: 'test', correlationId: randomUUID(), commandId: randomUUID() } };
}

const flushSnapshots = () => new Promise((resolve) => setImmediate(resolve));

describe.each(DECIDER_HISTORIES.map((h) => [h.kind, h] as const))('%s: state from the fold cache or a snapshot plus the tail', (kind, history) => {
  it('equals the full fold from event 0, for random histories written in random chunks', async () => {
    const decider = history.decider as AnyDecider;
    const typesSeen = new Set<string>();
    let coldStartsFromSnapshot = 0;
    await fc.assert(
      fc.asyncProperty(
        // Up to ~100 events: partnerships pass the 20 sessions SessionLog.toJSON shows.
        fc.array(fc.array(history.event, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(0, 1, 1000),
        async (chunks, snapshotEvery, cacheStreams) => {
          const streamId = `${kind}-fold-${++streams}`;
          const warm = loader(cacheStreams, snapshotEvery).loader;
          for (const chunk of chunks) {
            for (const event of chunk) typesSeen.add(`${event.type}@v${event.schemaVersion}`);
            await store.append(streamId, chunk.map(stored), 'any');
            // Another stream loaded through the same loader: with a cache of 1 this evicts ours (snapshot + tail next).
            await warm.load(store, `${kind}-other`, decider);
            const loaded = await warm.load(store, streamId, decider);
            deepFreeze(loaded.state);
            const full = await referenceFold(streamId, decider);
            expect({ revision: loaded.revision, position: loaded.position }).toEqual({ revision: full.revision, position: full.position });
            expect(canonical(loaded.state)).toBe(canonical(full.state));
            // And as the state route answers it: the same JSON text, key order included.
            expect(JSON.stringify(loaded.state)).toBe(JSON.stringify(full.state));
            await flushSnapshots();
          }

          const { loader: cold, registry } = loader(cacheStreams, snapshotEvery);
          const coldLoaded = await cold.load(store, streamId, decider);
          const full = await referenceFold(streamId, decider);
          expect(canonical(coldLoaded.state)).toBe(canonical(full.state));
          expect(JSON.stringify(coldLoaded.state)).toBe(JSON.stringify(full.state));
          if (kind === 'partnership') {
            // Each session id (and a few absent ones) asked of a state just loaded cold, before anything decoded it:
            // answered from the snapshot's id filter and, on a hit, its rest, as the full fold answers it.
            const sessions = (full.state as PartnershipState).sessions;
            const ids = [...new Set([...sessions.newestFirst()].map((session) => session.sessionId))].reverse().slice(0, 6);
            for (const id of [...ids, 'se-absent', '', 'se-1"']) {
              const fresh = (await loader(cacheStreams, snapshotEvery).loader.load(store, streamId, decider)).state as PartnershipState;
              expect(fresh.sessions.find(id)).toEqual(sessions.find(id));
            }
          }
          const misses = await registry.getSingleMetric('ledger_fold_cache_misses_total')!.get();
          if (misses.values.some((v) => v.labels.start === 'snapshot' && v.value > 0)) coldStartsFromSnapshot++;

          for (let atOrBefore = full.revision; atOrBefore >= 0n; atOrBefore -= 3n) {
            const snapshot = await snapshots.latest<unknown>(streamId, decider, atOrBefore);
            if (snapshot === undefined) break;
            expect(snapshot.revision).toBeLessThanOrEqual(atOrBefore);
            const upTo = await referenceFold(streamId, decider, snapshot.revision);
            expect(canonical(snapshot.state)).toBe(canonical(upTo.state));
            expect(snapshot.position).toBe(upTo.position);
            expect(snapshot.maxRecordedAt.getTime()).toBe(upTo.maxRecordedAt);
          }
        },
      ),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    // Not vacuous: every event type (and the old shape) occurred, and cold starts did start from snapshots.
    const expected = history.types.map((type) => `${type}@v${type === 'ProfessionalDevelopmentDelivered' ? 2 : 1}`);
    if (kind === 'partnership') expected.push('ProfessionalDevelopmentDelivered@v1');
    expect([...typesSeen].sort()).toEqual(expected.sort());
    expect(coldStartsFromSnapshot).toBeGreaterThan(RUNS / 4);
  });
});
