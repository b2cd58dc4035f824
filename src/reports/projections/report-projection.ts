import { RecordedEvent } from '../../event-store';
import { ProjectionTarget } from '../../projections/projection';

/** Short names in code for a projection's logical tables (which must be unique across all projections). */
export type TableNames<Key extends string> = Readonly<Record<Key, string>>;

/** The physical tables of the generation being written or read, under the short names the SQL uses. */
export function physicalNames<Key extends string>(target: ProjectionTarget, logical: TableNames<Key>): TableNames<Key> {
  return Object.fromEntries(Object.entries<string>(logical).map(([key, table]) => [key, target.tables[table]])) as Record<Key, string>;
}

/** The data of an event whose type the projection filtered for (the store has already upcast it to the current shape). */
export function dataOf<Data>(event: RecordedEvent): Data {
  return event.data as Data;
}

/** A log that contradicts itself (e.g. a correction of a session never logged): the runner stops the projection on it. */
export class InconsistentLogError extends Error {
  constructor(event: RecordedEvent, detail: string) {
    super(`${event.type} at position ${event.position} in ${event.streamId}: ${detail}`);
    this.name = 'InconsistentLogError';
  }
}
