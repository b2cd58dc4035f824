/**
 * Where an event id was written, as far as an index kept outside EventStoreDB knows: EventStoreDB itself has no
 * lookup by event id. The answer is exact up to `checkpoint` (every event at or before it has been indexed) and
 * knows nothing after it; `findEventThroughIndex` reads the stream's events after the checkpoint from the store.
 */
export interface EventIdIndex {
  lookup(streamId: string, eventId: string): IndexedEventId;
}

export interface IndexedEventId {
  /** Revision of the event with that id in that stream, if the index holds it. */
  readonly revision: bigint | undefined;
  /** Global position up to which the index is complete (inclusive); undefined when it holds nothing yet. */
  readonly checkpoint: bigint | undefined;
}
