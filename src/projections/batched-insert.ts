import type Database from 'better-sqlite3';
import { ProjectionTarget } from './projection';

/** Rows per multi-row INSERT: 64 rows of 9 columns stay far below SQLite's limit of bound parameters. */
const ROWS_PER_STATEMENT = 64;

/**
 * One INSERT of a projection's hot path, made in multi-row statements: rows are collected and written 64 at a
 * time (one statement step instead of 64), in the order they were added, so `INSERT OR IGNORE` keeps the first of
 * two equal keys exactly as one row at a time would.
 *
 * Rows not flushed yet are invisible to SQL: call `flush()` before any statement that reads or changes the same
 * table (e.g. a correction of a row added in this batch), and at the end of `apply` — the runner commits what
 * `apply` wrote, and only that.
 */
export class BatchedInsert {
  private readonly values: unknown[] = [];
  private readonly many: Database.Statement;
  private readonly one: Database.Statement;

  /** `head`: the statement up to VALUES, e.g. `INSERT OR IGNORE INTO "t"`; `columns`: values per row. */
  constructor(target: ProjectionTarget, head: string, private readonly columns: number) {
    const row = `(${Array(columns).fill('?').join(', ')})`;
    this.one = target.prepare(`${head} VALUES ${row}`);
    this.many = target.prepare(`${head} VALUES ${Array(ROWS_PER_STATEMENT).fill(row).join(', ')}`);
  }

  add(...row: unknown[]): void {
    if (row.length !== this.columns) throw new Error(`a row of ${row.length} values for ${this.columns} columns`);
    for (const value of row) this.values.push(value);
    if (this.values.length === ROWS_PER_STATEMENT * this.columns) this.flush();
  }

  flush(): void {
    const { values, columns } = this;
    if (values.length === ROWS_PER_STATEMENT * columns) {
      this.many.run(values);
    } else {
      for (let start = 0; start < values.length; start += columns) this.one.run(values.slice(start, start + columns));
    }
    values.length = 0;
  }
}
