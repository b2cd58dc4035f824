import { EventStore, RecordedEvent } from '../../event-store';

/** A stream's events in revision order, as stored (not upcast). For histories a query must see whole. */
export async function readWholeStream(store: EventStore, streamId: string): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of store.readStream(streamId)) events.push(event);
  return events;
}
