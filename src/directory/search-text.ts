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
