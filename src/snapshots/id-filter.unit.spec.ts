import { IdFilter } from './id-filter';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, k) => JSON.stringify(`${prefix}-${k}`));

describe('IdFilter', () => {
  it('holds every id it was given (no false negatives), including after `with` and a base64 round trip', () => {
    const given = [...ids('s', 20_000), JSON.stringify(''), JSON.stringify('ünï ✓'), JSON.stringify('a"b\nc'), 'null'];
    const filter = IdFilter.of(given.length, given);
    const back = IdFilter.fromBase64(filter.bits, filter.hashes, filter.toBase64());
    const added = ids('t', 3_000);
    const grown = back.with(added);
    expect(given.filter((text) => !filter.mayHold(text) || !back.mayHold(text) || !grown.mayHold(text))).toEqual([]);
    expect(added.filter((text) => !grown.mayHold(text))).toEqual([]);
    // `with` gives a new filter: the one it came from does not hold the added ids.
    expect(added.filter((text) => back.mayHold(text)).length).toBeLessThan(added.length / 50);
  });

  it('says "maybe" for an absent id about as rarely as it is sized for', () => {
    const filter = IdFilter.of(50_000, ids('s', 50_000));
    const absent = ids('new', 100_000);
    const hits = absent.filter((text) => filter.mayHold(text)).length;
    // 14 bits and 7 hashes per id: ~0.2 % expected.
    expect(hits / absent.length).toBeLessThan(0.005);
    // Filled to 10 bits per id (where it is built again): ~1 %.
    const full = IdFilter.of(50_000, ids('s', 50_000)).with(ids('more', 20_000));
    expect(full.roomFor(70_000)).toBe(true);
    expect(full.roomFor(70_001)).toBe(false);
    expect(absent.filter((text) => full.mayHold(text)).length / absent.length).toBeLessThan(0.02);
  });

  it('refuses bytes that do not fit its size', () => {
    const filter = IdFilter.of(10, ids('s', 10));
    expect(() => IdFilter.fromBase64(filter.bits + 8, filter.hashes, filter.toBase64())).toThrow(/bytes for/);
    expect(() => IdFilter.fromBase64(filter.bits, 0, filter.toBase64())).toThrow(/hashes/);
  });
});
