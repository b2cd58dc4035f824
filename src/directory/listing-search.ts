import { ProjectionTarget } from '../projections/projection';
import { ListingTables } from './directory-tables';
import { characterCount, ftsString } from './search-text';

/**
 * Past this many rows holding the search term, a page is read in key order testing each row instead (the term is
 * then common: a page fills after about limit × rows ÷ matches rows), rather than sorting every match.
 */
export const CANDIDATE_LIMIT = 1_000;
/** A 2-character term is looked up through the trigrams that start with it; past this many, rows are tested instead. */
const MAX_TRIGRAMS = 256;

export interface ListingPageQuery {
  readonly tables: ListingTables;
  /** Columns to select besides the key; the listing row is `m`. */
  readonly select: string;
  /** LEFT JOINs after `m` (they must not add or remove rows). */
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
 * part of the key (`instr`, exact on normalised text). The term decides how the rows are found:
 * - 3+ characters: its rows through the FTS5 trigram index (a phrase of its trigrams);
 * - 2 characters: through the trigrams that begin with it (fts5vocab; every 2-character part of a name or id is
 *   followed by a character in the key, so it begins some trigram);
 * - then, when at most CANDIDATE_LIMIT rows hold it, those rows are sorted; when more do (or for 1 character), the
 *   key index is read in order and each row tested until the page is full.
 * The index only proposes rows: `instr` decides, so both ways give the same rows.
 */
export function readListingPage<Row>(target: ProjectionTarget, query: ListingPageQuery): ListingPage<Row & { key: string }> {
  const { tables, term, after, limit } = query;
  const conditions = [...query.where];
  if (after !== undefined) conditions.push('m.key > @after');
  if (term !== undefined) conditions.push('instr(m.key, @term) > 0');
  const candidates = term === undefined ? undefined : candidateRows(target, tables, term);
  if (candidates !== undefined && candidates.length === 0) return { rows: [], more: false };
  const from = candidates === undefined ? `"${tables.rows}" AS m` : `json_each(@candidates) AS j CROSS JOIN "${tables.rows}" AS m ON m.seq = j.value`;
  const sql = `SELECT m.key AS key, ${query.select} FROM ${from} ${query.joins ?? ''}
    ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY m.key LIMIT @take`;
  const rows = target.prepare(sql).all({
    ...query.params, after, term, candidates: candidates === undefined ? undefined : JSON.stringify(candidates), take: limit + 1,
  }) as (Row & { key: string })[];
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}

/** The rows that may hold `term` (ascending seq), or undefined when rows are better tested in key order. */
function candidateRows(target: ProjectionTarget, tables: ListingTables, term: string): number[] | undefined {
  const length = characterCount(term);
  let match: string;
  if (length >= 3) {
    match = ftsString(term);
  } else if (length === 2) {
    const trigrams = target
      .prepare(`SELECT term FROM "${tables.terms}" WHERE term >= ? AND term <= ? LIMIT ${MAX_TRIGRAMS + 1}`)
      .pluck()
      .all(term, `${term}\u{10FFFF}`) as string[];
    if (trigrams.length === 0) return [];
    if (trigrams.length > MAX_TRIGRAMS) return undefined;
    match = trigrams.map(ftsString).join(' OR ');
  } else {
    return undefined;
  }
  const rows = target
    .prepare(`SELECT rowid FROM "${tables.search}" WHERE "${tables.search}" MATCH ? LIMIT ${CANDIDATE_LIMIT + 1}`)
    .pluck()
    .all(match) as number[];
  return rows.length > CANDIDATE_LIMIT ? undefined : rows;
}
