import { EventStore } from '../event-store';
import { eventIdFor } from './deterministic-id';

const PAGE = 32;

/** What an earlier attempt of the same command wrote: its last event, and the request it came from. */
export interface EarlierAttempt {
  readonly revision: bigint;
  readonly position: bigint;
  readonly requestHash: string | null;
}

/**
 * The earlier attempt of `commandId` on this stream, if any, found by its first event's deterministic id
 * (`store.findEvent`: an index lookup in the adapters, not a scan). A command's events are appended atomically, so
 * they are contiguous from that event: reading forward while the command id matches gives its last one, which is
 * what the first attempt answered.
 */
export async function earlierAttempt(store: EventStore, streamId: string, commandId: string): Promise<EarlierAttempt | undefined> {
  const first = await store.findEvent(streamId, eventIdFor(commandId, 0));
  if (first === undefined) return undefined;
  let last = first;
  // Small pages: a command writes a handful of events, and the stream may go on for thousands after them.
  for (let more = true; more; ) {
    more = false;
    let read = 0;
    for await (const event of store.readStream(streamId, { fromRevision: last.revision + 1n, maxCount: PAGE })) {
      read++;
      if (event.metadata.commandId !== commandId) break;
      last = event;
      if (read === PAGE) more = true;
    }
  }
  return { revision: last.revision, position: last.position, requestHash: (last.metadata.requestHash as string | null | undefined) ?? null };
}
