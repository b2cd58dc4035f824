import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { partnershipLife } from '../../bench/partnership-life';
import { Decider, DomainEvent } from '../../src/command-handling';
import { AppConfig } from '../../src/config/app-config';
import { NewEvent } from '../../src/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { KeyframeCache } from '../../src/history/timeline/keyframe-cache';
import { PartnershipTimelineQuery } from '../../src/history/timeline/partnership-timeline';
import { MetricsRegistry } from '../../src/observability/metrics-registry';
import { partnershipDecider } from '../../src/partnerships/domain/partnership-decider';
import { PartnershipState } from '../../src/partnerships/domain/partnership-state';
import { partnershipStream } from '../../src/partnerships/domain/streams';
import { ReadModelDatabase } from '../../src/read-models/read-model-database';
import { CachedAggregateLoader } from '../../src/snapshots/cached-aggregate-loader';
import { SnapshotStore } from '../../src/snapshots/snapshot-store';

/*
 * A timeline page may start from a durable snapshot, whose older sessions (its "rest") are read only when a later
 * event needs them, and the pages keep that state as a start for the next pages. When the snapshot's row is pruned
 * before its rest was read, states built on it cannot be used any more: the next page that needs an old session must
 * fold from the events instead of failing, on the first request and on every one after.
 */

const ID = 'p-timeline-rest';
const STREAM = partnershipStream(ID);
const decider = partnershipDecider as unknown as Decider<unknown, DomainEvent, unknown>;

let dir: string;
let store: SqliteEventStore;
let database: ReadModelDatabase;
let snapshots: SnapshotStore;

const recorded = (e: { type: string; data: object }): NewEvent => ({
  id: randomUUID(), type: e.type, schemaVersion: 1, data: e.data as Record<string, unknown>, metadata: { actor: 'test', correlationId: randomUUID(), commandId: randomUUID() },
});

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-timeline-rest-'));
  store = SqliteEventStore.open({ path: join(dir, 'events.sqlite'), synchronous: 'NORMAL' });
  database = new ReadModelDatabase(join(dir, 'read-models.sqlite'));
  snapshots = new SnapshotStore(database);
  const life = partnershipLife(ID, 1_210);
  await store.append(STREAM, life.map(recorded), 'any');
  // A load takes the snapshot at the head (revision 1,209): its oldest sessions go in its rest.
  await new CachedAggregateLoader(store, snapshots, { foldCacheStreams: 10, snapshotEvery: 500 } as AppConfig, new Registry() as MetricsRegistry).load(store, STREAM, decider);
  await new Promise((resolve) => setImmediate(resolve));
  // After it: a new session (needs nothing old), then a correction of session s101 (needs the rest).
  const logged = life.find((e) => e.type === 'SessionLogged')!;
  const corrected = life.find((e) => e.type === 'SessionLogCorrected')!;
  await store.append(STREAM, [recorded({ type: 'SessionLogged', data: { ...logged.data, sessionId: 's-after' } })], 1_209n);
  await store.append(STREAM, [recorded({ type: 'SessionLogCorrected', data: { ...corrected.data, assignmentId: 'a1', sessionId: 's101', minutes: 44 } })], 1_210n);
});

afterEach(async () => {
  await store?.close();
  database?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs with the snapshot store's warning about the lost rest (expected here) kept out of the output. */
async function withLostRestWarningsMuted<T>(run: () => Promise<T>): Promise<T> {
  const warnings = jest.spyOn((snapshots as unknown as { logger: { warn: (m: string) => void } }).logger, 'warn').mockImplementation(() => undefined);
  try {
    return await run();
  } finally {
    warnings.mockRestore();
  }
}

const s101 = (state: PartnershipState) => state.sessions.find('s101');

it('a page after the snapshot row went (its rest never read) folds from the events, answering what a full fold does', async () => {
  const timelines = new PartnershipTimelineQuery(store, snapshots);
  // The page of the new session starts from the snapshot and keeps that state (its rest not read: not needed).
  const first = await timelines.timeline(ID, {}, { from: 1_210n, limit: 1 });
  expect(first.steps.map((s) => s.type)).toEqual(['SessionLogged']);
  database.db.prepare('DELETE FROM stream_snapshots WHERE stream_id = ?').run(STREAM);
  await withLostRestWarningsMuted(async () => {
    // At once (before the background read of the rest has failed), and again after it.
    const next = await timelines.timeline(ID, {}, { from: 1_211n, limit: 1 });
    expect(next.steps.map((s) => s.type)).toEqual(['SessionLogCorrected']);
    expect(s101(next.steps[0].stateAfter)).toMatchObject({ minutes: 44 });
    await new Promise((resolve) => setTimeout(resolve, 150));
    const again = await timelines.timeline(ID, {}, { from: 1_211n, limit: 1 });
    expect(s101(again.steps[0].stateAfter)).toMatchObject({ minutes: 44 });
  });
});

it('states kept from before the row went are dropped once the background read finds the rest gone', async () => {
  const kept = new KeyframeCache();
  const timelines = new PartnershipTimelineQuery(store, snapshots, kept);
  await timelines.timeline(ID, {}, { from: 1_210n, limit: 1 });
  expect(kept.keyframeCount).toBeGreaterThan(0);
  database.db.prepare('DELETE FROM stream_snapshots WHERE stream_id = ?').run(STREAM);
  await withLostRestWarningsMuted(async () => {
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(kept.keyframeCount).toBe(0);
    const next = await timelines.timeline(ID, {}, { from: 1_211n, limit: 1 });
    expect(s101(next.steps[0].stateAfter)).toMatchObject({ minutes: 44 });
  });
});
