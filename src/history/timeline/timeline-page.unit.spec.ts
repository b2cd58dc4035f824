import { RecordedEvent } from '../../event-store';
import { partnershipDecider } from '../../partnerships/domain/partnership-decider';
import { StreamSnapshot } from '../../snapshots/stream-snapshot';
import { ReplayableDecider } from '../stream-deciders';
import { evolveRecorded, foldTimelinePage, TimelineCut, TimelinePageFold, TimelineWindow } from './fold-timeline';
import { StreamKeyframes } from './stream-keyframes';
import { CountingStreamStore } from '../testing/counting-stream-store';
import { partnershipLife } from '../../../bench/partnership-life';
import { readTimelinePage, SnapshotSource, TimelineSources } from './timeline-page';

/*
 * Pages read from keyframes and snapshots answer exactly what the whole-stream fold (foldTimelinePage over every event,
 * the oracle) answers, for every cut, on a 5,000-event partnership whose clock steps back twice, and read only
 * O(page + interval) events once the keyframes are built.
 */

const decider = partnershipDecider as unknown as ReplayableDecider;
const STREAM = 'partnership-long';
const COUNT = 5_000;
const INTERVAL = 50;
const T0 = Date.parse('2026-09-01T08:00:00Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);

/** One second apart; the clock steps back 10 minutes at revision 1500 and 30 s at 3700; some events share a millisecond. */
function recordedMs(i: number): number {
  const n = i % 10 === 5 ? i - 1 : i;
  return T0 + n * 1000 - (i >= 1500 ? 600_000 : 0) - (i >= 3700 ? 30_000 : 0);
}

const events: RecordedEvent[] = partnershipLife('long', COUNT).map((shape, i) => ({
  id: `e${i}`, type: shape.type, schemaVersion: 1, data: shape.data, streamId: STREAM, revision: BigInt(i), position: BigInt(100 + 2 * i),
  recordedAt: new Date(recordedMs(i)), metadata: { actor: 'key:operations', correlationId: 'c' },
}));

/** Durable snapshots as the SnapshotStore keeps them: the newest two of one taken every 450 events. */
function snapshotsEvery(spacing: number, kept: number): SnapshotSource {
  const taken: StreamSnapshot[] = [];
  let state = decider.initialState;
  let maxMs = -Infinity;
  for (const event of events) {
    state = evolveRecorded(decider, state, event).state;
    maxMs = Math.max(maxMs, event.recordedAt.getTime());
    if ((Number(event.revision) + 1) % spacing === 0) {
      taken.push({ streamId: STREAM, revision: event.revision, position: event.position, state, maxRecordedAt: new Date(maxMs) });
    }
  }
  const newest = taken.slice(-kept);
  return {
    latest: async <State>(streamId: string, _decider: ReplayableDecider, atOrBefore?: bigint) =>
      newest.filter((s) => s.streamId === streamId && (atOrBefore === undefined || s.revision <= atOrBefore)).at(-1) as StreamSnapshot<State> | undefined,
  };
}

const cuts: Record<string, TimelineCut> = {
  none: {},
  'until 0': { until: { revision: 0n } },
  'until 1234': { until: { revision: 1234n } },
  'until 4999': { until: { revision: 4999n } },
  'until 9999': { until: { revision: 9999n } },
  'until an instant the clock stepped back across': { until: { instant: at(1200) } },
  'knownAt mid-history': { knownAt: at(1000.5) },
  'knownAt across the first step': { knownAt: at(1200) },
  'knownAt across the second step': { knownAt: at(3075) },
  'knownAt before anything': { knownAt: at(-1) },
  'knownAt after everything': { knownAt: at(10_000) },
  'knownAt and until revision': { knownAt: at(1200), until: { revision: 1650n } },
  'knownAt and until instant': { knownAt: at(3075), until: { instant: at(2000) } },
};
const froms = [0n, 49n, 1234n, 1500n, 1700n, 3650n, 4950n, 6000n];
const limits = [1, 100];

/** The oracle: the pure fold over the whole stream from event 0, once per cut and window. */
const oracles = new Map<string, TimelinePageFold<unknown>>();
function oracle(cut: TimelineCut, window: TimelineWindow): TimelinePageFold<unknown> {
  const key = JSON.stringify([cut, window.from?.toString(), window.limit], (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  if (!oracles.has(key)) oracles.set(key, foldTimelinePage(events, decider, cut, window));
  return oracles.get(key)!;
}

/** Everything an answer shows, states as the API serialises them (first, middle and last step of the page). */
function shown(page: TimelinePageFold<unknown> | undefined) {
  if (!page) return page;
  const steps = page.entries.map((e) => ({ revision: e.event.revision, type: e.event.type }));
  const sampled = [page.entries[0], page.entries[Math.floor(page.entries.length / 2)], page.entries.at(-1)];
  return { total: page.total, nextFrom: page.nextFrom, steps, states: sampled.map((e) => e && JSON.parse(JSON.stringify(e.stateAfter))) };
}

async function answersMatch(sources: () => TimelineSources, selected: { cuts?: string[]; froms?: bigint[]; limits?: number[] } = {}): Promise<void> {
  for (const [name, cut] of Object.entries(cuts).filter(([n]) => !selected.cuts || selected.cuts.includes(n))) {
    for (const from of selected.froms ?? froms) {
      for (const limit of selected.limits ?? limits) {
        const window = { from, limit };
        const answer = await readTimelinePage(sources(), STREAM, decider, cut, window);
        expect([name, from, limit, shown(answer)]).toEqual([name, from, limit, shown(oracle(cut, window))]);
      }
    }
  }
}

describe('readTimelinePage answers what the whole-stream fold answers', () => {
  const snapshots = snapshotsEvery(450, 2); // at 4049 and 4499

  it('with keyframes kept between pages and durable snapshots', async () => {
    const store = new CountingStreamStore(events);
    const keyframes = new StreamKeyframes(decider, INTERVAL);
    await answersMatch(() => ({ store, keyframes, snapshots }));
    await answersMatch(() => ({ store, keyframes, snapshots }), { cuts: ['none', 'knownAt across the first step'], froms: [0n, 4000n], limits: [1000] });
    expect(keyframes.coveredTo).toBe(4999n);
  }, 120_000);

  it('with cold keyframes on every page (each page builds its own)', async () => {
    const store = new CountingStreamStore(events);
    await answersMatch(() => ({ store, keyframes: new StreamKeyframes(decider, INTERVAL), snapshots }), { froms: [1700n, 4950n], limits: [100] });
  }, 120_000);

  it('with durable snapshots only (no keyframes)', async () => {
    const store = new CountingStreamStore(events);
    await answersMatch(() => ({ store, snapshots }), { froms: [3650n, 4950n, 6000n] });
  }, 120_000);

  it('in any order of pages, cuts and sizes (what one page leaves behind never changes the next answer)', async () => {
    const store = new CountingStreamStore(events);
    const keyframes = new StreamKeyframes(decider, INTERVAL);
    const names = Object.keys(cuts);
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648), seed % n);
    for (let i = 0; i < 120; i++) {
      const name = names[random(names.length)];
      const window = { from: BigInt(random(5_100)), limit: 1 + random(300) };
      const answer = await readTimelinePage({ store, keyframes, snapshots }, STREAM, decider, cuts[name], window);
      expect([name, window, shown(answer)]).toEqual([name, window, shown(oracle(cuts[name], window))]);
    }
  }, 120_000);

  it('shows a state decoded from a snapshot with its fields in the order the fold gives them', async () => {
    // A codec that rebuilds one field last (the partnership's session log) moves it to the end of the object.
    const moved: SnapshotSource = {
      latest: async <State>(streamId: string, d: ReplayableDecider, atOrBefore?: bigint) => {
        const snapshot = await snapshots.latest<Record<string, unknown>>(streamId, d, atOrBefore);
        if (!snapshot) return undefined;
        const { sessions, ...rest } = snapshot.state;
        return { ...snapshot, state: { ...rest, sessions } as State };
      },
    };
    const window = { from: 4900n, limit: 3 };
    const answer = await readTimelinePage({ store: new CountingStreamStore(events), snapshots: moved }, STREAM, decider, {}, window);
    expect(JSON.stringify(answer!.entries.map((e) => e.stateAfter))).toBe(JSON.stringify(oracle({}, window).entries.map((e) => e.stateAfter)));
  });

  it('ignores a snapshot whose event is no longer the one it was taken after (a store restored under the read models)', async () => {
    const durable = snapshotsEvery(450, 2);
    const unanchored = (change: { position?: bigint; eventId?: string }): SnapshotSource => ({
      latest: async <State>(streamId: string, d: ReplayableDecider, atOrBefore?: bigint) => {
        const snapshot = await durable.latest<State>(streamId, d, atOrBefore);
        return snapshot && { ...snapshot, state: decider.initialState as State, ...change };
      },
    });
    const window = { from: 4900n, limit: 100 };
    for (const change of [{ position: 1n }, { eventId: 'another' }]) {
      const answer = await readTimelinePage({ store: new CountingStreamStore(events), snapshots: unanchored(change) }, STREAM, decider, {}, window);
      expect(shown(answer)).toEqual(shown(oracle({}, window)));
    }
  });

  it('answers undefined for a stream without events', async () => {
    expect(await readTimelinePage({ store: new CountingStreamStore(events) }, 'partnership-none', decider, {}, { limit: 10 })).toBeUndefined();
  });
});

describe('what a page reads', () => {
  const reads = async (sources: TimelineSources, cut: TimelineCut, window: TimelineWindow) => {
    const store = sources.store as CountingStreamStore;
    store.eventsRead = 0;
    await readTimelinePage(sources, STREAM, decider, cut, window);
    return store.eventsRead;
  };

  it('cold: the last page starts at the durable snapshot before it, reading only from there', async () => {
    const store = new CountingStreamStore(events);
    const sources = { store, keyframes: new StreamKeyframes(decider, INTERVAL), snapshots: snapshotsEvery(450, 2) };
    // The snapshot at 4499: one backwards for the head, its own event (still there?), 400 to the page, 100 on it.
    expect(await reads(sources, {}, { from: 4900n, limit: 100 })).toBe(1 + 1 + 400 + 100);
    expect(sources.keyframes.coveredTo).toBe(-1n);
    // Then the state before the page is kept: the same page again, under a cut it fits, folds only the page.
    expect(await reads(sources, { knownAt: at(10_000) }, { from: 4900n, limit: 100 })).toBe(1 + 100);
    // And the state after a page: the next one starts there.
    expect(await reads(sources, {}, { from: 4700n, limit: 100 })).toBe(1 + 200 + 101);
    expect(await reads(sources, {}, { from: 4800n, limit: 100 })).toBe(1 + 101);
  });

  it('decodes a durable snapshot once: the next page near it starts from the state kept with the keyframes', async () => {
    const store = new CountingStreamStore(events);
    const durable = snapshotsEvery(450, 2);
    let lookups = 0;
    const snapshots: SnapshotSource = { latest: (...args) => (lookups++, durable.latest(...args)) };
    const sources = { store, keyframes: new StreamKeyframes(decider, INTERVAL), snapshots };
    expect(await reads(sources, {}, { from: 4500n, limit: 100 })).toBe(1 + 1 + 100 + 1);
    expect(await reads(sources, {}, { from: 4540n, limit: 100 })).toBe(1 + 40 + 100 + 1);
    expect(lookups).toBe(1);
  });

  it('warm: any page reads at most the page and one interval, whatever the cut', async () => {
    const store = new CountingStreamStore(events);
    const keyframes = new StreamKeyframes(decider, INTERVAL);
    const sources = { store, keyframes };
    await reads(sources, { knownAt: at(10_000) }, { from: 0n, limit: 1 }); // builds the keyframes over the stream
    expect(keyframes.coveredTo).toBe(4999n);
    const bound = 1 + INTERVAL + 101;
    for (const from of [0n, 1234n, 2500n, 4900n, 4999n]) {
      expect(await reads(sources, {}, { from, limit: 100 })).toBeLessThanOrEqual(bound);
      expect(await reads(sources, { until: { revision: 3000n } }, { from, limit: 100 })).toBeLessThanOrEqual(bound);
      expect(await reads(sources, { knownAt: at(10_000) }, { from, limit: 100 })).toBeLessThanOrEqual(bound);
    }
    // knownAt in mid-history holds 0..1000 and, after the clock stepped back, 1500..1600: a page after them folds from
    // the keyframe at 999, reads the segments the cut crosses (1000-1049, 1600-1649) and the one inside (1500-1599),
    // and skips every segment wholly outside unread.
    expect(await reads(sources, { knownAt: at(1000.5) }, { from: 4900n, limit: 100 })).toBe(1 + 4 * INTERVAL);
    expect(await reads(sources, { knownAt: at(1000.5) }, { from: 500n, limit: 100 })).toBeLessThanOrEqual(1 + INTERVAL + 101 + 4 * INTERVAL);
  });

  it('keyframes are built once: the second middle page does not read the stream again', async () => {
    const store = new CountingStreamStore(events);
    const sources = { store, keyframes: new StreamKeyframes(decider, INTERVAL) };
    const cold = await reads(sources, {}, { from: 2500n, limit: 100 });
    expect(cold).toBeGreaterThan(2400);
    expect(await reads(sources, {}, { from: 2000n, limit: 100 })).toBeLessThanOrEqual(1 + INTERVAL + 101);
  });
});
