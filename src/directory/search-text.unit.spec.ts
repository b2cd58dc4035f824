import fc from 'fast-check';
import { bucketOf, bucketStart, characterCount, decodeCursor, encodeCursor, ftsString, MAX_SEQ, nextBucketStart, normalizeText, searchRowid, searchTerm, sortKey } from './search-text';

describe('normalizeText: case and accents do not count', () => {
  it.each([
    ['Café', 'cafe'],
    ['CAFÉ', 'cafe'],
    ['Nora Callahan', 'nora callahan'],
    ['Zoë Åsa Müller', 'zoe asa muller'],
    ['Ömer Çelik', 'omer celik'],
    ['İstanbul', 'istanbul'],
    ['Ó Briain', 'o briain'],
    ['tab\there', 'tab here'],
    ['Søren', 'søren'],
  ])('%s → %s', (text, normalised) => {
    expect(normalizeText(text)).toBe(normalised);
  });

  it('is idempotent and never yields a control character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
        expect(/\p{Cc}/u.test(once)).toBe(false);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});

describe('sortKey', () => {
  it('orders by normalised name, then id, whatever the names contain', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,5}$/), fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,5}$/),
        (nameA, nameB, idA, idB) => {
          const [a, b] = [normalizeText(nameA), normalizeText(nameB)];
          const byKey = Math.sign(compare(sortKey(nameA, idA), sortKey(nameB, idB)));
          const expected = a !== b ? Math.sign(compare(a, b)) : Math.sign(compare(idA.toLowerCase(), idB.toLowerCase()) || compare(idA, idB));
          expect(byKey).toBe(expected);
        }),
      { seed: 11, numRuns: 1_000 },
    );
  });

  it('holds the name and the id, so a part of either is found in it', () => {
    const key = sortKey('Nora Callahan', 'Artist-7');
    expect(key.includes(searchTerm('callah')!)).toBe(true);
    expect(key.includes(searchTerm('ARTIST-7')!)).toBe(true);
    expect(key.includes(searchTerm('han art')!)).toBe(false);
  });
});

describe('searchTerm', () => {
  it('normalises like the keys and trims the ends; nothing left is no search', () => {
    expect(searchTerm('  Café ')).toBe('cafe');
    expect(searchTerm('nora c')).toBe('nora c');
    expect(searchTerm('   ')).toBeUndefined();
    expect(searchTerm('')).toBeUndefined();
    expect(searchTerm(undefined)).toBeUndefined();
  });

  it('counts characters as code points', () => {
    expect(characterCount('ab')).toBe(2);
    expect(characterCount('a😀')).toBe(2);
  });
});

describe('ftsString', () => {
  it('quotes, doubling inner quotes', () => {
    expect(ftsString('a"b')).toBe('"a""b"');
    expect(ftsString('x OR y*')).toBe('"x OR y*"');
  });
});

describe('cursors', () => {
  it('round-trip, and only for the listing that handed them out', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }), (key) => {
        const cursor = encodeCursor('artists', key);
        expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(decodeCursor('artists', cursor)).toBe(key);
        expect(decodeCursor('schools', cursor)).toBeUndefined();
      }),
      { seed: 3, numRuns: 300 },
    );
  });

  it.each([['not base64!'], ['AAAA'], [Buffer.from('{"a":1}').toString('base64url')], [Buffer.from('["artists",""]').toString('base64url')], [Buffer.from([0xff, 0xfe]).toString('base64url')]])(
    'refuses %s',
    (cursor) => {
      expect(decodeCursor('artists', cursor)).toBeUndefined();
    },
  );
});

describe('search index rowids', () => {
  it('follow key order bucket by bucket (as SQLite compares text, by UTF-8 bytes), and stay in their bucket', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 }), fc.integer({ min: 1, max: MAX_SEQ }), (a, b, seq) => {
        const byBytes = Buffer.compare(Buffer.from(a), Buffer.from(b));
        if (byBytes < 0) expect(bucketOf(a) <= bucketOf(b)).toBe(true);
        const rowid = searchRowid(a, seq);
        expect(rowid >= bucketStart(a) && rowid < nextBucketStart(rowid)).toBe(true);
        expect(nextBucketStart(rowid)).toBe(nextBucketStart(bucketStart(a)));
        expect(rowid < 2n ** 63n).toBe(true);
      }),
      { seed: 5, numRuns: 2_000 },
    );
  });

  it('stops coding a key at its first character that shares a code, so what follows cannot reorder buckets', () => {
    expect(bucketOf('x1z') <= bucketOf('x2a')).toBe(true);
    expect(bucketOf('x1a')).toBe(bucketOf('x1z'));
    expect(bucketOf('ab日z')).toBe(bucketOf('ab日a'));
    // Letters of their own, Latin ones NFD leaves whole included: the bucket goes on.
    expect(bucketOf('søren a') < bucketOf('søren z')).toBe(true);
    expect(bucketOf('nora cab') < bucketOf('nora cac')).toBe(true);
    expect(bucketOf('nora callahan')).toBe(bucketOf('nora calm'));
    expect(bucketOf('aiyana c') < bucketOf('aiyana d')).toBe(true);
    expect(bucketOf('ab') < bucketOf('ab ')).toBe(true);
  });

  it('refuses a seq it cannot hold', () => {
    expect(() => searchRowid('a', MAX_SEQ + 1)).toThrow(RangeError);
    expect(() => searchRowid('a', 0)).toThrow(RangeError);
  });
});

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
