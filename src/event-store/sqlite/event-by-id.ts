import type Database from 'better-sqlite3';
import { RecordedEvent } from '../recorded-event';
import { EVENT_COLUMNS } from './event-log-schema';
import { EventRow, toRecordedEvent } from './event-row';

/** One prepared lookup per connection. */
const lookups = new WeakMap<Database.Database, Database.Statement>();

/**
 * The event of `streamId` whose id is `eventId`, through the `events_by_id` index: a few B-tree steps, whatever the
 * stream's length. `INDEXED BY` pins the plan: left to itself the planner may prefer `events_by_stream`, whose order
 * matches the ORDER BY, and walk the whole stream. If an id repeats in one stream (a log written before exact-revision
 * appends looked for their first id earlier in the stream), the earliest is answered. Whether the stream is tombstoned comes
 * in the same statement (one read snapshot, not two); the caller decides what a tombstone means.
 */
export function eventById(db: Database.Database, streamId: string, eventId: string): { deleted: boolean; event: RecordedEvent | undefined } {
  let lookup = lookups.get(db);
  if (!lookup) {
    lookup = db
      .prepare(
        `SELECT (SELECT 1 FROM deleted_streams WHERE stream_id = @stream), found.* FROM (SELECT 1) LEFT JOIN (
           SELECT ${EVENT_COLUMNS} FROM events INDEXED BY events_by_id WHERE event_id = @id AND stream_id = @stream ORDER BY revision LIMIT 1
         ) AS found`,
      )
      .raw(true)
      .safeIntegers(true);
    lookups.set(db, lookup);
  }
  const [deleted, ...row] = lookup.get({ stream: streamId, id: eventId }) as [bigint | null, ...unknown[]];
  return { deleted: deleted !== null, event: row[0] === null ? undefined : toRecordedEvent(row as unknown as EventRow) };
}
