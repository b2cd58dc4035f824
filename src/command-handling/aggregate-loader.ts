import { EventStore, RecordedEvent, upcast } from '../event-store';
import { Decider, DomainEvent } from './decider';

export interface LoadedAggregate<State> {
  readonly state: State;
  /** Revision of the last event folded; -1n when the stream does not exist. */
  readonly revision: bigint;
  /** Global position of the last event folded. */
  readonly position: bigint | null;
  /** Events already written by the command id we were asked to look for (an earlier attempt of the same command). */
  readonly priorEvents: readonly RecordedEvent[];
}

/** Folds a stream into state, oldest first, upcasting old events on the way. */
export async function loadAggregate<Command, Event extends DomainEvent, State>(
  store: EventStore,
  streamId: string,
  decider: Decider<Command, Event, State>,
  lookForCommandId?: string,
): Promise<LoadedAggregate<State>> {
  let state = decider.initialState;
  let revision = -1n;
  let position: bigint | null = null;
  const priorEvents: RecordedEvent[] = [];
  for await (const recorded of store.readStream(streamId)) {
    const event = upcast(recorded);
    state = decider.evolve(state, { type: event.type, data: event.data } as Event);
    revision = event.revision;
    position = event.position;
    if (lookForCommandId !== undefined && event.metadata.commandId === lookForCommandId) priorEvents.push(event);
  }
  return { state, revision, position, priorEvents };
}
