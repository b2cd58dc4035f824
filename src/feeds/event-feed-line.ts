import { RecordedEvent, upcast } from '../event-store';

/** One line of the feed: the envelope with exact positions as decimal strings and data in its current shape. */
export function eventFeedLine(recorded: RecordedEvent): string {
  const event = upcast(recorded);
  return `${JSON.stringify({
    position: event.position.toString(),
    streamId: event.streamId,
    revision: event.revision.toString(),
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
    recordedAt: event.recordedAt.toISOString(),
  })}\n`;
}
