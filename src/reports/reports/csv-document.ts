/** A report as a table: one header row, then one row per school, partnership, artist… */
export interface ReportTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
}

export type CsvCell = string | number | boolean | null | undefined;

// Spreadsheets run a cell starting with these as a formula (CSV injection); a leading quote makes it text.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: CRLF line ends, fields with comma, quote or line break quoted, quotes doubled. */
export function csvLines(table: ReportTable): Iterable<string> {
  return (function* () {
    yield `${table.header.map(csvCell).join(',')}\r\n`;
    for (const row of table.rows) yield `${row.map(csvCell).join(',')}\r\n`;
  })();
}

export function csvDocument(table: ReportTable): string {
  return [...csvLines(table)].join('');
}

/** Lists inside one cell: `dance; music`. */
export function listCell(values: readonly string[]): string {
  return values.join('; ');
}
