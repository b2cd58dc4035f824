import { EventStore } from '../event-store';
import { RecordedEvent } from '../recorded-event';
import { EventIdIndex } from './event-id-index';

/**
 * The tail is read in pages that double: a read without a count asks the server for the whole stream, and it keeps
 * sending (gRPC flow-control windows of events) until the cancel of an early stop reaches it.
 */
const FIRST_TAIL_PAGE = 64;
const LARGEST_TAIL_PAGE = 4_096;

/**
 * `findEvent` on a store without a lookup by event id: the index answers for the events at or before its
 * checkpoint, a backward read of the stream for the ones after it (it stops at the first event at or before the
 * checkpoint). Cost: O(events of the stream written since the index's checkpoint), whatever the stream's length.
 *
 * The index is read first and the stream after: an event is either at or before the checkpoint read (then the
 * index holds it) or after it (then the backward read, made later, sees it), so nothing written before the call
 * is missed, whichever process wrote it or keeps the index. Both reads go through `readStream`, so a tombstoned
 * stream throws StreamDeletedError as it does there. Without an index, the whole stream is read backwards.
 */
export async function findEventThroughIndex(
  store: Pick<EventStore, 'readStream'>,
  index: EventIdIndex | undefined,
  streamId: string,
  eventId: string,
): Promise<RecordedEvent | undefined> {
  const wanted = eventId.toLowerCase(); // EventStoreDB hands ids back in lower case, whatever case they were sent in
  const { revision, checkpoint } = index?.lookup(streamId, wanted) ?? { revision: undefined, checkpoint: undefined };
  if (revision !== undefined) {
    for await (const event of store.readStream(streamId, { fromRevision: revision, maxCount: 1 })) {
      if (event.revision === revision && event.id.toLowerCase() === wanted) return event;
    }
  }
  // Not where the index says (not expected: streams are never truncated here): then the whole stream decides.
  const stopAt = revision === undefined ? checkpoint : undefined;
  let from: bigint | undefined; // undefined: from the end
  for (let pageSize = FIRST_TAIL_PAGE; ; pageSize = Math.min(pageSize * 2, LARGEST_TAIL_PAGE)) {
    let read = 0;
    for await (const event of store.readStream(streamId, { direction: 'backwards', fromRevision: from, maxCount: pageSize })) {
      read++;
      if (stopAt !== undefined && event.position <= stopAt) return undefined;
      if (event.id.toLowerCase() === wanted) return event;
      from = event.revision - 1n;
    }
    if (read < pageSize || from === undefined || from < 0n) return undefined;
  }
}
