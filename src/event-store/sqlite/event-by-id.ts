import type Database from 'better-sqlite3';
import { RecordedEvent } from '../recorded-event';
import { EVENT_COLUMNS } from './event-log-schema';
import { EventRow, toRecordedEvent } from './event-row';

/** One prepared lookup per connection. */
const lookups = new WeakMap<Database.Database, Database.Statement>();

/**
 * The event of `streamId` whose id is `eventId`, through the `events_by_id` index: a few B-tree steps, whatever the
 * stream's length. `INDEXED BY` pins the plan: left to itself the planner may prefer `events_by_stream`, whose order
 * matches the ORDER BY, and walk the whole stream. If an id repeats in one stream (an append at the exact revision
 * does not look for its ids earlier in the stream), the earliest is answered. The caller checks tombstones.
 */
export function eventById(db: Database.Database, streamId: string, eventId: string): RecordedEvent | undefined {
  let lookup = lookups.get(db);
  if (!lookup) {
    lookup = db
      .prepare(`SELECT ${EVENT_COLUMNS} FROM events INDEXED BY events_by_id WHERE event_id = ? AND stream_id = ? ORDER BY revision LIMIT 1`)
      .raw(true)
      .safeIntegers(true);
    lookups.set(db, lookup);
  }
  const row = lookup.get(eventId, streamId) as EventRow | undefined;
  return row && toRecordedEvent(row);
}
