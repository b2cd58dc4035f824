import { ProjectionTarget } from '../projections/projection';
import { ListingTables } from './directory-tables';
import { bucketStart, ftsString, nextBucketStart, pairToken, SEQ_MASK } from './search-text';

/** A longer term is looked up through at most this many of its trigrams (each one more index lookup; instr decides anyway). */
const TRIGRAMS_PER_TERM = 6;

export interface ListingPageQuery {
  readonly tables: ListingTables;
  /** Columns to select besides the key; the listing row is `m`. */
  readonly select: string;
  /** LEFT JOINs after `m` for the selected columns (they must not add or remove rows; conditions may not use them). */
  readonly joins?: string;
  /** Conditions on `m`, with named parameters from `params`. */
  readonly where: readonly string[];
  readonly params: Readonly<Record<string, unknown>>;
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

/**
 * One page of a listing in key order (name case/accent-insensitively, then id), after a key, matching a term in any
 * part of the key. `instr` on the normalised key decides what matches; an index only finds the rows:
 * - a term of 3+ characters: the FTS5 trigram index, rows holding all of (up to 6 of) its trigrams;
 * - a term of 2 characters: the character pairs index (FTS5, one token per pair), rows holding that pair;
 * - both list rows under the search rowid, which is in key order bucket by bucket (search-text.ts `searchRowid`), so a
 *   page is read in two bounded steps whatever the number of rows holding the term: (1) the (limit+1)-th match after
 *   the cursor in rowid order tells which bucket the page ends in; (2) the matches from the cursor's bucket to the end
 *   of that bucket are sorted by key. Cost: the matches of those buckets, not of the listing.
 * A 1-character term, and no term at all, read the key index in order.
 */
export function readListingPage<Row>(target: ProjectionTarget, query: ListingPageQuery): ListingPage<Row & { key: string }> {
  const { tables, term, after, limit } = query;
  const conditions = [...query.where];
  if (after !== undefined) conditions.push('m.key > @after');
  if (term !== undefined) conditions.push('instr(m.key, @term) > 0');
  const index = term === undefined ? undefined : termIndex(tables, term);
  const params = { ...query.params, after, term, match: index?.match, take: limit + 1, limit };
  const where = (extra: string[]) => {
    const all = [...extra, ...conditions];
    return all.length > 0 ? `WHERE ${all.join(' AND ')}` : '';
  };
  let rows: (Row & { key: string })[];
  if (index === undefined) {
    rows = target.prepare(`SELECT m.key AS key, ${query.select} FROM "${tables.rows}" AS m ${query.joins ?? ''} ${where([])} ORDER BY m.key LIMIT @take`).all(params) as (Row & { key: string })[];
  } else {
    const from = `${index.from} CROSS JOIN "${tables.rows}" AS m ON m.seq = (f.rowid & ${SEQ_MASK})`;
    const low = after === undefined ? 0n : bucketStart(after);
    const reach = target
      .prepare(`SELECT f.rowid FROM ${from} ${where([index.condition, 'f.rowid >= @low'])} ORDER BY f.rowid LIMIT 1 OFFSET @limit`)
      .safeIntegers(true)
      .pluck()
      .get({ ...params, low }) as bigint | undefined;
    const bounds = [index.condition, 'f.rowid >= @low', ...(reach === undefined ? [] : ['f.rowid < @end'])];
    rows = target
      .prepare(`SELECT m.key AS key, ${query.select} FROM ${from} ${query.joins ?? ''} ${where(bounds)} ORDER BY m.key LIMIT @take`)
      .all({ ...params, low, end: reach === undefined ? undefined : nextBucketStart(reach) }) as (Row & { key: string })[];
  }
  return { rows: rows.slice(0, limit), more: rows.length > limit };
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
