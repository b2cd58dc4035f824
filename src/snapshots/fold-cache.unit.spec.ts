import { CachedFold, FoldCache } from './fold-cache';

const deciderA = {};
const deciderB = {};
const fold = (revision: bigint, decider: object = deciderA): CachedFold => ({
  state: { revision }, revision, position: revision, maxRecordedAt: null, decider, snapshotRevision: -1n,
});

describe('FoldCache', () => {
  it('evicts the least recently used stream beyond its capacity; a read counts as a use', () => {
    const cache = new FoldCache(2);
    cache.put('a', fold(1n));
    cache.put('b', fold(1n));
    expect(cache.get('a', deciderA)).toBeDefined(); // a is now the most recently used
    cache.put('c', fold(1n));
    expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([true, false, true]);
    expect(cache.size).toBe(2);
  });

  it('keeps the later fold when two loads race, and answers only the decider that folded it', () => {
    const cache = new FoldCache(10);
    cache.put('a', fold(5n));
    cache.put('a', fold(3n));
    expect(cache.get('a', deciderA)?.revision).toBe(5n);
    expect(cache.get('a', deciderB)).toBeUndefined();
  });

  it('holds nothing at capacity 0', () => {
    const cache = new FoldCache(0);
    cache.put('a', fold(1n));
    expect(cache.get('a', deciderA)).toBeUndefined();
  });
});
