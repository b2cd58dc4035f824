import { ProjectionTarget } from '../projections/projection';
import { ListingTables } from './directory-tables';
import { bucketStart, ftsString, nextBucketStart, pairToken, SEQ_MASK } from './search-text';

/** A longer term is looked up through at most this many of its trigrams (each one more index lookup; instr decides anyway). */
const TRIGRAMS_PER_TERM = 6;

export interface ListingPageQuery<Row> {
  readonly tables: ListingTables;
  /** Columns to select besides the key; the listing row is `m`. */
  readonly select: string;
  /** LEFT JOINs after `m` for the selected columns (they must not add or remove rows; conditions may not use them). */
  readonly joins?: string;
  /** Conditions on `m`, with named parameters from `params`. */
  readonly where: readonly string[];
  readonly params: Readonly<Record<string, unknown>>;
  /** A condition judged in code on each selected row (e.g. "may work today", from the spells the row keeps). */
  readonly accept?: (row: Row) => boolean;
  /** The normalised search term (search-text.ts `searchTerm`), if any. */
  readonly term?: string;
  /** The key of the last row of the previous page. */
  readonly after?: string;
  readonly limit: number;
}

export interface ListingPage<Row> {
  readonly rows: Row[];
  /** Whether rows follow the last one. */
  readonly more: boolean;
}

type Keyed<Row> = Row & { key: string };

/**
 * One page of a listing in key order (name case/accent-insensitively, then id), after a key, matching a term in any
 * part of the key. `instr` on the normalised key decides what matches; an index only finds the rows:
 * - a term of 3+ characters: the FTS5 trigram index, rows holding all of (up to 6 of) its trigrams;
 * - a term of 2 characters: the character pairs index (FTS5, one token per pair), rows holding that pair;
 * - both list rows under the search rowid, which is in key order bucket by bucket (search-text.ts `searchRowid`), so a
 *   page is read in two bounded steps whatever the number of rows holding the term: (1) the (limit+1)-th accepted
 *   match after the cursor in rowid order tells which bucket the page ends in; (2) the matches from the cursor's bucket
 *   to the end of that bucket are sorted by key (from the seq → key index, rows unread), and their rows read in that
 *   order (with `accept`, a growing chunk at a time until the page is full). Cost: the matches of those buckets, not of
 *   the listing.
 * A 1-character term, and no term at all, read the key index in order.
 */
export function readListingPage<Row>(target: ProjectionTarget, query: ListingPageQuery<Row>): ListingPage<Keyed<Row>> {
  const { tables, term, after, limit, accept } = query;
  const conditions = [...query.where];
  if (after !== undefined) conditions.push('m.key > @after');
  if (term !== undefined) conditions.push('instr(m.key, @term) > 0');
  const where = (extra: string[]) => {
    const all = [...extra, ...conditions];
    return all.length > 0 ? `WHERE ${all.join(' AND ')}` : '';
  };
  const index = term === undefined ? undefined : termIndex(tables, term);
  const params = { ...query.params, after, term, match: index?.match, take: limit + 1, limit };
  const selected = `m.key AS key, ${query.select}`;

  if (index === undefined) {
    const sql = `SELECT ${selected} FROM "${tables.rows}" AS m ${query.joins ?? ''} ${where([])} ORDER BY m.key`;
    const rows = accept === undefined
      ? (target.prepare(`${sql} LIMIT @take`).all(params) as Keyed<Row>[])
      : firstAccepted(target.prepare(sql).iterate(params) as IterableIterator<Keyed<Row>>, accept, limit + 1);
    return { rows: rows.slice(0, limit), more: rows.length > limit };
  }

  const from = (covering: boolean) =>
    `${index.from} CROSS JOIN "${tables.rows}" AS m ${covering ? `INDEXED BY "${tables.rows}_by_seq"` : ''} ON m.seq = (f.rowid & ${SEQ_MASK})`;
  const low = after === undefined ? 0n : bucketStart(after);
  // (1) How far in rowid order the page reaches. Without `accept` only keys are read (the seq → key index).
  const found = [index.condition, 'f.rowid >= @low'];
  let reach: bigint | undefined;
  if (accept === undefined) {
    reach = target
      .prepare(`SELECT f.rowid FROM ${from(true)} ${where(found)} ORDER BY f.rowid LIMIT 1 OFFSET @limit`)
      .safeIntegers(true)
      .pluck()
      .get({ ...params, low }) as bigint | undefined;
  } else {
    const candidates = target
      .prepare(`SELECT CAST(f.rowid AS TEXT) AS rowid__, ${selected} FROM ${from(false)} ${query.joins ?? ''} ${where(found)} ORDER BY f.rowid`)
      .iterate({ ...params, low }) as IterableIterator<Keyed<Row> & { rowid__: string }>;
    const last = firstAccepted(candidates, accept, limit + 1)[limit];
    reach = last === undefined ? undefined : BigInt(last.rowid__);
  }
  // (2) The matches up to the end of that bucket, in key order; then their rows.
  const bounds = [...found, ...(reach === undefined ? [] : ['f.rowid < @end'])];
  const ordered = target
    .prepare(`SELECT m.seq FROM ${from(true)} ${where(bounds)} ORDER BY m.key ${accept === undefined ? 'LIMIT @take' : ''}`)
    .pluck()
    .all({ ...params, low, end: reach === undefined ? undefined : nextBucketStart(reach) }) as number[];
  const read = target.prepare(
    `SELECT ${selected} FROM json_each(@chunk) AS j CROSS JOIN "${tables.rows}" AS m ON m.seq = j.value ${query.joins ?? ''} ORDER BY j.key`,
  );
  const rows: Keyed<Row>[] = [];
  for (let start = 0, size = accept === undefined ? ordered.length : 2 * (limit + 1); start < ordered.length && rows.length <= limit; start += size, size *= 4) {
    const chunk = read.all({ ...params, chunk: JSON.stringify(ordered.slice(start, start + size)) }) as Keyed<Row>[];
    rows.push(...(accept === undefined ? chunk : chunk.filter(accept)));
  }
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}

/** The first `count` rows `accept` takes, reading no further than needed. */
function firstAccepted<Row>(rows: IterableIterator<Row>, accept: (row: Row) => boolean, count: number): Row[] {
  const accepted: Row[] = [];
  for (const row of rows) {
    if (!accept(row)) continue;
    accepted.push(row);
    // Leaving the loop closes the statement's iterator.
    if (accepted.length === count) break;
  }
  return accepted;
}

/** Where the rows that may hold `term` are listed (as `f`, by search rowid), or undefined when rows are tested in key order. */
function termIndex(tables: ListingTables, term: string): { from: string; condition: string; match: string } | undefined {
  const characters = [...term];
  if (characters.length === 2) return { from: `"${tables.pairs}" AS f`, condition: `"${tables.pairs}" MATCH @match`, match: pairToken(term) };
  if (characters.length < 3) return undefined;
  const trigrams = [...new Set(characters.slice(2).map((_, i) => characters.slice(i, i + 3).join('')))];
  // Spread over the term: its first and last trigrams, and evenly between.
  const picked = trigrams.length <= TRIGRAMS_PER_TERM
    ? trigrams
    : [...new Set(Array.from({ length: TRIGRAMS_PER_TERM }, (_, i) => trigrams[Math.round((i * (trigrams.length - 1)) / (TRIGRAMS_PER_TERM - 1))]))];
  return { from: `"${tables.search}" AS f`, condition: `"${tables.search}" MATCH @match`, match: picked.map(ftsString).join(' AND ') };
}
