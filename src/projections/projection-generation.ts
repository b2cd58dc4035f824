import type Database from 'better-sqlite3';
import { Projection, ProjectionTables, ProjectionTarget } from './projection';

/** `clearance_facts` of generation 3 is the table `clearance_facts__g3`. */
export function physicalTables(projection: Projection, generation: number): ProjectionTables {
  return Object.fromEntries(projection.tables.map((table) => [table, `${table}__g${generation}`]));
}

/** The tables of one generation of a projection, with the statements prepared against them. */
export class ProjectionGeneration implements ProjectionTarget {
  readonly tables: ProjectionTables;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    readonly db: Database.Database,
    readonly projection: Projection,
    readonly generation: number,
  ) {
    this.tables = physicalTables(projection, generation);
  }

  prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  /** Drops whatever a crashed attempt left under these names, then lets the projection create its tables. */
  create(): void {
    this.drop();
    this.projection.setup(this);
  }

  drop(): void {
    this.statements.clear();
    for (const table of Object.values(this.tables)) this.db.exec(`DROP TABLE IF EXISTS "${table}"`);
  }
}

/** One ProjectionGeneration per (projection, generation), so prepared statements are reused across batches. */
export class ProjectionGenerations {
  private readonly cache = new Map<string, ProjectionGeneration>();

  constructor(private readonly db: Database.Database) {}

  of(projection: Projection, generation: number): ProjectionGeneration {
    const key = `${projection.name}:${generation}`;
    let target = this.cache.get(key);
    if (!target) this.cache.set(key, (target = new ProjectionGeneration(this.db, projection, generation)));
    return target;
  }

  forget(projection: Projection, generation: number): void {
    this.cache.delete(`${projection.name}:${generation}`);
  }
}
