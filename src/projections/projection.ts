import type Database from 'better-sqlite3';
import { EventFilter, RecordedEvent } from '../event-store';

/** Logical table name → the physical table of the generation being written or read (`arts_access` → `arts_access__g3`). */
export type ProjectionTables = Readonly<Record<string, string>>;

/**
 * Where a projection writes (or a query reads): the read-model database and the physical tables of one
 * generation. A rebuild hands a projection the tables of a new generation, so the projection never names
 * a physical table itself.
 */
export interface ProjectionTarget {
  readonly db: Database.Database;
  readonly tables: ProjectionTables;
  /** A prepared statement, cached per generation: SQL naming `tables.x` stays valid as long as the generation. */
  prepare(sql: string): Database.Statement;
}

/**
 * A read model fed from the global log. The runner calls `apply` inside its own SQLite transaction, which
 * also stores the checkpoint: a projection must only write SQL (no I/O, no awaits, no clock) so that
 * replaying the same events always yields the same rows — `verify` relies on it.
 */
export interface Projection {
  /** Unique, `[a-z][a-z0-9_]*`: the checkpoint row's key. */
  readonly name: string;
  /** Bump it whenever `setup` or `apply` changes meaning: the runner then rebuilds the projection on start. */
  readonly version: number;
  /** Events the projection wants; others still move its checkpoint (so it is never "behind" on events it ignores). */
  readonly filter?: EventFilter;
  /** Logical names of the tables it owns, unique across projections, `[a-z][a-z0-9_]*`. */
  readonly tables: readonly string[];
  /** Creates its tables (and indexes, named after the physical table) under the names in `target.tables`. */
  setup(target: ProjectionTarget): void;
  /** Applies events (already upcast to their current shape, in global order) with synchronous SQL. */
  apply(events: readonly RecordedEvent[], target: ProjectionTarget): void;
}

const NAME = /^[a-z][a-z0-9_]*$/;

/** Refuses names that could not be spliced safely into SQL, and logical tables claimed twice. */
export function assertValidProjections(projections: readonly Projection[]): void {
  const names = new Set<string>();
  const tables = new Map<string, string>();
  for (const projection of projections) {
    if (!NAME.test(projection.name)) throw new Error(`projection name "${projection.name}" must match ${NAME}`);
    if (names.has(projection.name)) throw new Error(`projection "${projection.name}" is registered twice`);
    names.add(projection.name);
    if (!Number.isInteger(projection.version) || projection.version < 1) throw new Error(`projection "${projection.name}" needs an integer version >= 1`);
    for (const table of projection.tables) {
      if (!NAME.test(table) || table.includes('__')) throw new Error(`table "${table}" of projection "${projection.name}" must match ${NAME} without "__"`);
      const owner = tables.get(table);
      if (owner) throw new Error(`table "${table}" is claimed by projections "${owner}" and "${projection.name}"`);
      tables.set(table, projection.name);
    }
  }
}

/** A filter's event types as a set, built once per filter object (asked for every event of every batch). */
const typeSets = new WeakMap<EventFilter, ReadonlySet<string>>();

/** Whether an event passes a projection's filter (the same rule as the store's: prefix of stream id, exact type). */
export function wantsEvent(filter: EventFilter | undefined, event: RecordedEvent): boolean {
  if (!filter) return true;
  if (filter.eventTypes?.length) {
    let types = typeSets.get(filter);
    if (!types) typeSets.set(filter, (types = new Set(filter.eventTypes)));
    if (!types.has(event.type)) return false;
  }
  if (filter.streamPrefixes?.length && !filter.streamPrefixes.some((prefix) => event.streamId.startsWith(prefix))) return false;
  return true;
}
