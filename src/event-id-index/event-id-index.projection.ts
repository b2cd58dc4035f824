import { RecordedEvent } from '../event-store';
import { BatchedInsert } from '../projections/batched-insert';
import { Projection, ProjectionTarget } from '../projections/projection';

/**
 * Every event's id → its stream and revision, for `findEvent` on EventStoreDB (which has no lookup by event id).
 * Registered only where the store is EventStoreDB (`provideEventIdIndex`): the embedded store has its own index.
 * Keyed by (event id, stream), like EventStoreDB's own idempotence check: one id may appear in several streams.
 * Ids are kept in lower case (the form EventStoreDB hands back). If an id repeats in one stream, the first is kept.
 */
export class EventIdIndexProjection implements Projection {
  readonly name = 'event_id_index';
  readonly version = 1;
  readonly tables = ['event_ids'] as const;

  setup({ db, tables }: ProjectionTarget): void {
    db.exec(
      `CREATE TABLE ${tables.event_ids} (event_id TEXT NOT NULL, stream_id TEXT NOT NULL, revision INTEGER NOT NULL, PRIMARY KEY (event_id, stream_id)) WITHOUT ROWID`,
    );
  }

  apply(events: readonly RecordedEvent[], target: ProjectionTarget): void {
    const insert = new BatchedInsert(target, `INSERT OR IGNORE INTO ${target.tables.event_ids} (event_id, stream_id, revision)`, 3);
    for (const event of events) insert.add(event.id.toLowerCase(), event.streamId, event.revision);
    insert.flush();
  }

  /** The revision of `eventId` (lower case) in `streamId`, if indexed. */
  revisionOf(target: ProjectionTarget, streamId: string, eventId: string): bigint | undefined {
    const revision = target.prepare(`SELECT revision FROM ${target.tables.event_ids} WHERE event_id = ? AND stream_id = ?`).pluck().get(eventId, streamId) as
      | number
      | undefined;
    return revision === undefined ? undefined : BigInt(revision);
  }
}
