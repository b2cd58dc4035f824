import { ProjectionTarget } from '../projections/projection';

/** The listings the directory answers, each a table of rows searchable by `key` (see search-text.ts). */
export const LISTINGS = ['artists', 'partners', 'schools', 'partnerships', 'pathways'] as const;
export type Listing = (typeof LISTINGS)[number];

/** A listing's tables: its rows, their FTS5 trigram index (3+ character terms), and their character pairs (2-character terms). */
export interface ListingTables {
  readonly rows: string;
  readonly search: string;
  readonly pairs: string;
}

/** Logical table names (unique across projections). */
export const DIRECTORY_TABLES = {
  folds: 'directory_folds',
  artists: 'directory_artists',
  artists_search: 'directory_artists_search',
  artists_pairs: 'directory_artists_pairs',
  artist_leas: 'directory_artist_leas',
  partners: 'directory_partners',
  partners_search: 'directory_partners_search',
  partners_pairs: 'directory_partners_pairs',
  partner_leas: 'directory_partner_leas',
  partner_roster: 'directory_partner_roster',
  partner_artists: 'directory_partner_artists',
  schools: 'directory_schools',
  schools_search: 'directory_schools_search',
  schools_pairs: 'directory_schools_pairs',
  school_enrolments: 'directory_school_enrolments',
  partnerships: 'directory_partnerships',
  partnerships_search: 'directory_partnerships_search',
  partnerships_pairs: 'directory_partnerships_pairs',
  partnership_sessions: 'directory_partnership_sessions',
  pathways: 'directory_pathways',
  pathways_search: 'directory_pathways_search',
  pathways_pairs: 'directory_pathways_pairs',
} as const;
export type DirectoryTable = keyof typeof DIRECTORY_TABLES;
export type DirectoryTableNames = Readonly<Record<DirectoryTable, string>>;

/** The physical tables of the generation being written or read, under the short names the SQL uses. */
export function directoryTables(target: ProjectionTarget): DirectoryTableNames {
  return Object.fromEntries(Object.entries(DIRECTORY_TABLES).map(([key, logical]) => [key, target.tables[logical]])) as Record<DirectoryTable, string>;
}

export function listingTables(t: DirectoryTableNames, listing: Listing): ListingTables {
  return { rows: t[listing], search: t[`${listing}_search`], pairs: t[`${listing}_pairs`] };
}

/**
 * Every listing row has `seq` (its rowid in the search index, assigned in the order rows are created, so a rebuild
 * assigns the same), `id` and `key`. JSON columns hold arrays the answer passes on as they are.
 */
const LISTING_COLUMNS: Record<Listing, string> = {
  // spells: when each clearance is valid (date-intervals.ts clearanceValidity), as JSON: "may work today" and the next
  // expiry are judged from it (judged-today.ts).
  artists: 'name TEXT NOT NULL, partner_id TEXT NOT NULL, engagement TEXT NOT NULL, art_forms TEXT NOT NULL, leas TEXT NOT NULL, spells TEXT NOT NULL',
  // roster: the roster spells (also below, for the filter), cover: insurance and agreement cover spells, as JSON.
  partners: 'name TEXT NOT NULL, kind TEXT NOT NULL, services TEXT NOT NULL, art_forms TEXT NOT NULL, leas TEXT NOT NULL, roster TEXT NOT NULL, cover TEXT NOT NULL',
  schools: 'name TEXT NOT NULL, lea TEXT NOT NULL, level TEXT NOT NULL, grades TEXT NOT NULL, enrolment INTEGER NOT NULL, arts_leads TEXT NOT NULL',
  // status: as recorded; the listing shows and filters the status on its day, from activated_on / concluded_on.
  // assignments: what each assignment's status on a day is judged from (StoredAssignment, judged-today.ts), as JSON.
  partnerships: `name TEXT NOT NULL, lea TEXT NOT NULL, status TEXT NOT NULL, activated_on TEXT, concluded_on TEXT, partner_ids TEXT NOT NULL,
    scope TEXT, model TEXT, art_forms TEXT NOT NULL, term_end TEXT, school_count INTEGER NOT NULL, assignment_count INTEGER NOT NULL,
    assignments TEXT NOT NULL`,
  pathways: `name TEXT NOT NULL, lea TEXT NOT NULL, art_form TEXT NOT NULL, elementary_school_count INTEGER NOT NULL,
    middle_school_count INTEGER NOT NULL, high_school_count INTEGER NOT NULL, course_count INTEGER NOT NULL,
    whole_school_programme_count INTEGER NOT NULL, levels TEXT NOT NULL`,
};

/** Columns a listing is filtered on, each indexed together with `key` so a filtered page is read in order. */
const FILTER_INDEXES: Record<Listing, readonly string[]> = {
  artists: ['partner_id'],
  partners: [],
  schools: ['lea', 'level'],
  partnerships: ['lea'],
  pathways: ['lea', 'art_form'],
};

export function createDirectoryTables(target: ProjectionTarget): void {
  const t = directoryTables(target);
  const statements: string[] = [
    `CREATE TABLE IF NOT EXISTS "${t.folds}" (kind TEXT NOT NULL, id TEXT NOT NULL, state TEXT NOT NULL, PRIMARY KEY (kind, id))`,
  ];
  for (const listing of LISTINGS) {
    const { rows, search, pairs } = listingTables(t, listing);
    statements.push(
      `CREATE TABLE IF NOT EXISTS "${rows}" (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, key TEXT NOT NULL, ${LISTING_COLUMNS[listing]})`,
      `CREATE UNIQUE INDEX IF NOT EXISTS "${rows}_by_key" ON "${rows}" (key)`,
      // seq → key without reading the row: matches found through the search indexes are sorted from it.
      `CREATE UNIQUE INDEX IF NOT EXISTS "${rows}_by_seq" ON "${rows}" (seq, key)`,
      ...FILTER_INDEXES[listing].map((column) => `CREATE INDEX IF NOT EXISTS "${rows}_by_${column}" ON "${rows}" (${column}, key)`),
      // Trigrams of the key, case-sensitive (keys are lowercased already), without positions (detail=none: a third of
      // the size; a term's trigrams are ANDed and instr decides, see listing-search.ts). Rowids: search-text.ts searchRowid.
      `CREATE VIRTUAL TABLE IF NOT EXISTS "${search}" USING fts5(key, tokenize = 'trigram case_sensitive 1', detail = none)`,
      // Each distinct pair of neighbouring characters of the key as one token (search-text.ts pairToken), under the same
      // rowid: a 2-character term's rows in order. Contentless: only the index is kept.
      `CREATE VIRTUAL TABLE IF NOT EXISTS "${pairs}" USING fts5(pairs, tokenize = 'ascii', detail = none, content = '', contentless_delete = 1)`,
    );
  }
  statements.push(
    `CREATE TABLE IF NOT EXISTS "${t.artist_leas}" (artist_id TEXT NOT NULL, lea TEXT NOT NULL, PRIMARY KEY (artist_id, lea)) WITHOUT ROWID`,
    `CREATE INDEX IF NOT EXISTS "${t.artist_leas}_by_lea" ON "${t.artist_leas}" (lea, artist_id)`,
    `CREATE TABLE IF NOT EXISTS "${t.partner_leas}" (partner_id TEXT NOT NULL, lea TEXT NOT NULL, PRIMARY KEY (partner_id, lea)) WITHOUT ROWID`,
    `CREATE INDEX IF NOT EXISTS "${t.partner_leas}_by_lea" ON "${t.partner_leas}" (lea, partner_id)`,
    `CREATE TABLE IF NOT EXISTS "${t.partner_roster}" (
      partner_id TEXT NOT NULL, lea TEXT NOT NULL, status TEXT NOT NULL, from_date TEXT NOT NULL, until_date TEXT,
      PRIMARY KEY (partner_id, lea, from_date)) WITHOUT ROWID`,
    `CREATE TABLE IF NOT EXISTS "${t.school_enrolments}" (school_id TEXT NOT NULL, partnership_id TEXT NOT NULL, PRIMARY KEY (school_id, partnership_id)) WITHOUT ROWID`,
    `CREATE TABLE IF NOT EXISTS "${t.partnership_sessions}" (partnership_id TEXT PRIMARY KEY, sessions INTEGER NOT NULL) WITHOUT ROWID`,
    `CREATE TABLE IF NOT EXISTS "${t.partner_artists}" (partner_id TEXT PRIMARY KEY, artists INTEGER NOT NULL) WITHOUT ROWID`,
  );
  for (const statement of statements) target.db.exec(statement);
}
