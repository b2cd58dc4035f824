import { RecordedEvent } from '../../event-store';
import { ReplayableDecider } from '../stream-deciders';
import { cutBounds } from './cut-bounds';
import { KeyframeCache } from './keyframe-cache';
import { StreamKeyframes } from './stream-keyframes';

/** A decider whose state is the list of event types folded so far (immutable: each evolve returns a new array). */
const listing: ReplayableDecider = { initialState: [], evolve: (state, event) => [...(state as string[]), event.type] };

const event = (revision: number, recordedMs: number): RecordedEvent => ({
  id: `e${revision}`, type: `T${revision}`, schemaVersion: 1, data: {}, streamId: 's', revision: BigInt(revision), position: BigInt(revision),
  recordedAt: new Date(recordedMs), metadata: { actor: 'a', correlationId: 'c' },
});
const run = (first: number, count: number, ms: (revision: number) => number) => Array.from({ length: count }, (_, i) => event(first + i, ms(first + i)));

describe('StreamKeyframes', () => {
  it('keeps whole consecutive segments only, with the state after each and its recorded-time span', () => {
    const keyframes = new StreamKeyframes(listing, 3);
    expect(keyframes.append(run(0, 2, (r) => r))).toBe(false); // short
    expect(keyframes.append(run(1, 3, (r) => r))).toBe(false); // not from 0
    expect(keyframes.append(run(0, 3, (r) => 100 - r))).toBe(true);
    expect(keyframes.append(run(0, 3, (r) => r))).toBe(false); // already kept (a concurrent reader got there first)
    expect(keyframes.append(run(3, 3, (r) => 200 + r))).toBe(true);
    expect(keyframes.coveredTo).toBe(5n);
    expect(keyframes.segmentOf(4n)).toEqual(expect.objectContaining({ first: 3n, last: 5n, minRecordedMs: 203, maxRecordedMs: 205, prefixMaxRecordedMs: 205, stateAfter: ['T0', 'T1', 'T2', 'T3', 'T4', 'T5'] }));
    expect(keyframes.segmentOf(1n)).toEqual(expect.objectContaining({ minRecordedMs: 98, maxRecordedMs: 100, prefixMaxRecordedMs: 100 }));
    expect(keyframes.segmentOf(6n)).toBeUndefined();
  });

  it('starts a fold only at a keyframe all of whose events are inside the cut', () => {
    const keyframes = new StreamKeyframes(listing, 2);
    // Recorded 10, 11, 5 (the clock stepped back), 6, 20, 21.
    const ms = [10, 11, 5, 6, 20, 21];
    for (let first = 0; first < 6; first += 2) keyframes.append(run(first, 2, (r) => ms[r]));
    const start = (cut: Parameters<typeof cutBounds>[0], before: bigint) => keyframes.startAtOrBefore(cutBounds(cut), before)?.revision;
    expect(start({}, 10n)).toBe(5n);
    expect(start({}, 4n)).toBe(3n);
    expect(start({}, 0n)).toBeUndefined();
    expect(start({ until: { revision: 4n } }, 10n)).toBe(3n);
    // Known at 6: events 2 and 3 are, but 0 and 1 (recorded at 10, 11) are not, so no keyframe may start it.
    expect(start({ knownAt: new Date(6) }, 10n)).toBeUndefined();
    expect(start({ knownAt: new Date(11) }, 10n)).toBe(3n);
    expect(start({ until: { instant: new Date(20) } }, 10n)).toBe(3n);
  });
});

describe('KeyframeCache', () => {
  const fill = (cache: KeyframeCache, streamId: string, segments: number) => {
    const keyframes = cache.forStream(streamId, listing);
    for (let i = 0; i < segments; i++) keyframes.append(run(i * 2, 2, (r) => r));
    cache.trim(streamId);
  };

  it('drops the least recently paged streams beyond its budget, never the one being paged, and forgets empty ones', () => {
    const cache = new KeyframeCache({ interval: 2, maxKeyframes: 5 });
    fill(cache, 'a', 2);
    fill(cache, 'b', 2);
    cache.forStream('a', listing); // a is now the most recent
    fill(cache, 'c', 2);
    expect(cache.keyframeCount).toBe(4);
    expect(cache.forStream('b', listing).size).toBe(0);
    expect(cache.forStream('a', listing).size).toBe(2);
    for (let i = 0; i < 100; i++) fill(cache, `missing-${i}`, 0);
    expect([cache.streamCount, cache.keyframeCount]).toEqual([2, 4]);
    fill(cache, 'huge', 9); // over the budget alone: kept while it is the one paged
    expect([cache.streamCount, cache.keyframeCount]).toEqual([1, 9]);
    fill(cache, 'd', 1);
    expect([cache.streamCount, cache.keyframeCount]).toEqual([1, 1]);
  });
});
