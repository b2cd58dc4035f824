/*
 * How the directory compares names: case- and accent-insensitively, the same way when a row is projected and when
 * a query arrives, so "cafe" finds "Café" and "callah" finds "Nora Callahan".
 */

// Combining marks (what NFD splits accents into) and control characters (never part of a name; \u001f separates
// the parts of a key below, so no normalised text may contain it).
const MARKS = /\p{M}/gu;
const CONTROLS = /\p{Cc}/gu;

/**
 * NFD, then lowercase, then the combining marks stripped; control characters become spaces.
 * (Lowercasing runs between two NFDs: "İ".toLowerCase() yields "i" plus a combining dot, stripped as well.)
 */
export function normalizeText(text: string): string {
  return text.normalize('NFD').toLowerCase().normalize('NFD').replace(MARKS, '').replace(CONTROLS, ' ');
}

/** Separates the parts of a key; lower than every character a normalised name can hold. */
const SEPARATOR = '\u001f';

/**
 * The one column a listing is sorted by, paged by and searched in: the normalised display name, then the id
 * lowercased, then the id as it is. Ordering by it is ordering by (name case/accent-insensitively, id), because the
 * separator sorts below every character of a normalised name; a substring of it that contains no separator is a
 * part of the name or of the id, so searching it is "any part of a name or id".
 */
export function sortKey(name: string, id: string): string {
  return `${normalizeText(name)}${SEPARATOR}${id.toLowerCase()}${SEPARATOR}${id}`;
}

/** A query's `q` as it is searched for: normalised like the keys, ends trimmed; undefined when nothing is left. */
export function searchTerm(q: string | undefined): string | undefined {
  if (q === undefined) return undefined;
  const term = normalizeText(q).trim();
  return term === '' ? undefined : term;
}

/** The distinct pairs of neighbouring characters of a key that a 2-character term can be (none holds the separator). */
export function characterPairs(key: string): string[] {
  const characters = [...key];
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < characters.length; i++) {
    if (characters[i] !== SEPARATOR && characters[i + 1] !== SEPARATOR) pairs.add(characters[i] + characters[i + 1]);
  }
  return [...pairs].sort();
}

/** A pair of characters as one token of the pairs index: `p` and the hex of its UTF-8 bytes (the ascii tokenizer keeps it whole). */
export function pairToken(pair: string): string {
  return `p${Buffer.from(pair, 'utf8').toString('hex')}`;
}

/** The number of characters (code points, as SQLite's trigram tokenizer counts them). */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** A string as one FTS5 string token: in double quotes, inner quotes doubled (nothing else is special inside). */
export function ftsString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Cursors are opaque to clients: base64url of `[listing, key of the last row sent]`. */
export function encodeCursor(listing: string, key: string): string {
  return Buffer.from(JSON.stringify([listing, key]), 'utf8').toString('base64url');
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The key a cursor continues after, or undefined when it is not a cursor this listing handed out. */
export function decodeCursor(listing: string, cursor: string): string | undefined {
  if (!BASE64URL.test(cursor)) return undefined;
  let decoded: unknown;
  try {
    decoded = JSON.parse(UTF8.decode(Buffer.from(cursor, 'base64url')));
  } catch {
    return undefined;
  }
  if (!Array.isArray(decoded) || decoded.length !== 2 || decoded[0] !== listing || typeof decoded[1] !== 'string' || decoded[1] === '') return undefined;
  return decoded[1];
}

/*
 * The search index's rowid puts its rows in key order, bucket by bucket, so that a term's matches can be read from
 * the index in (almost) the order a page needs them, however many rows hold the term. The high 40 bits are the
 * bucket: the start of the key, coded below; the low 23 bits the row's seq (unique). Within one bucket the order is
 * seq's, so a page reads whole buckets and sorts them (listing-search.ts).
 *
 * Each character has a code that never decreases as the character grows: 5 bits for ASCII, and for the rest an escape
 * (31) and 5 more bits. The letters a-z, the space, the separator and the Latin letters NFD leaves whole
 * (ß æ ð ø þ đ ħ ı ł ŋ œ ŧ) have a code of their own; every other character shares one with its neighbours (digits,
 * punctuation, uppercase, other scripts), so after the first of those the rest of the key could no longer order
 * buckets: it is left out. The codes are prefix-free, so the bucket (the first 40 bits of the codes, zeros after) keeps
 * key order: a < b (as SQLite compares text: by code point) implies bucket(a) <= bucket(b). "nora callahan" gets
 * "nora cal"; keys that start alike for longer share a bucket (names in other scripts: from their first character).
 */
const BUCKET_BITS = 40;
const SEQ_BITS = 23n;
/** Rows per listing the rowid can tell apart. */
export const MAX_SEQ = 2 ** 23 - 1;
export const SEQ_MASK = MAX_SEQ;

/** [first code point, code, whether that code point is the only one with the code], ascending, codes 0, 1, 2… */
function codeRanges(first: number, own: readonly string[]): [number, number, boolean][] {
  const ranges: [number, number, boolean][] = [];
  let next = first;
  for (const codePoint of own.map((c) => c.codePointAt(0)!)) {
    if (codePoint > next) ranges.push([next, ranges.length, false]);
    ranges.push([codePoint, ranges.length, true]);
    next = codePoint + 1;
  }
  ranges.push([next, ranges.length, false]);
  return ranges;
}

/** ASCII (5 bits; the last code, 31, escapes to the second table); code 0 (control characters) also pads. */
const ASCII_CODES = codeRanges(0, ['\u001f', ' ', ...'abcdefghijklmnopqrstuvwxyz']);
const ESCAPE = 31;
/** Past ASCII (5 more bits). */
const OTHER_CODES = codeRanges(0x80, [...'ßæðøþđħıłŋœŧ']);
if (ASCII_CODES.length > ESCAPE || OTHER_CODES.length > 32) throw new Error('character codes do not fit their bits');

function rangeOf(ranges: readonly [number, number, boolean][], codePoint: number): [number, number, boolean] {
  let low = 0;
  let high = ranges.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (ranges[middle][0] <= codePoint) low = middle;
    else high = middle - 1;
  }
  return ranges[low];
}

/** A character's code: its value, its length in bits, whether no other character shares it. */
function characterCode(codePoint: number): [value: number, bits: number, own: boolean] {
  if (codePoint < 0x80) {
    const [, code, own] = rangeOf(ASCII_CODES, codePoint);
    return [code, 5, own];
  }
  const [, code, own] = rangeOf(OTHER_CODES, codePoint);
  return [(ESCAPE << 5) | code, 10, own];
}

/** The bucket of a key (see above). */
export function bucketOf(key: string): bigint {
  let bucket = 0n;
  let used = 0;
  for (const character of key) {
    const [value, bits, own] = characterCode(character.codePointAt(0)!);
    const taken = Math.min(bits, BUCKET_BITS - used);
    bucket = (bucket << BigInt(taken)) | BigInt(value >> (bits - taken));
    used += taken;
    if (used === BUCKET_BITS || !own) break;
  }
  return bucket << BigInt(BUCKET_BITS - used);
}

/** The first search-index rowid of a key's bucket. */
export function bucketStart(key: string): bigint {
  return bucketOf(key) << SEQ_BITS;
}

/** The first search-index rowid past the bucket holding `rowid`. */
export function nextBucketStart(rowid: bigint): bigint {
  return ((rowid >> SEQ_BITS) + 1n) << SEQ_BITS;
}

/** A row's rowid in the search index. */
export function searchRowid(key: string, seq: number): bigint {
  if (!Number.isSafeInteger(seq) || seq < 1 || seq > MAX_SEQ) throw new RangeError(`a listing holds at most ${MAX_SEQ} rows (seq ${seq})`);
  return bucketStart(key) | BigInt(seq);
}
