import { EventStore, upcast } from '../event-store';
import { DomainEvent } from './decider';

/** A stream folded up to a revision: where a later fold may carry on from. */
export interface FoldedStream<State> {
  readonly state: State;
  /** Revision of the last event folded; -1n before the first. */
  readonly revision: bigint;
  /** Global position of the last event folded; null before the first. */
  readonly position: bigint | null;
  /** The latest recordedAt among the events folded so far; null before the first. */
  readonly maxRecordedAt: Date | null;
  /** Id of the last event folded, when known: with the position, what a later fold checks it carries on from. */
  readonly eventId?: string | null;
}

export interface FoldResult<State> extends FoldedStream<State> {
  /** How many events this fold read and folded (the tail after `from`). */
  readonly eventsFolded: number;
}

export function emptyFold<State>(initialState: State): FoldedStream<State> {
  return { state: initialState, revision: -1n, position: null, maxRecordedAt: null, eventId: null };
}

/**
 * Folds the events after `from` into its state, upcasting old events on the way.
 * A start past event 0 is anchored: the stream's event at `from.revision` must still be the one at `from.position`
 * (and have `from.eventId`, when known: after a restore, a new event may land on an old position), else (the store was
 * restored, replaced, or the stream is gone) this answers undefined and the caller folds from 0. The stream's head is
 * asked first: when it is still the start, nothing else is read.
 */
export async function foldStreamFrom<Event extends DomainEvent, State>(
  store: EventStore,
  streamId: string,
  evolve: (state: State, event: Event) => State,
  from: FoldedStream<State>,
): Promise<FoldResult<State> | undefined> {
  let { state, revision, position, maxRecordedAt } = from;
  let eventId = from.eventId ?? null;
  let eventsFolded = 0;
  let anchored = from.revision < 0n;
  if (!anchored) {
    // Most loads find the stream where the last one left it: one lookup of its head, nothing decoded.
    const head = await store.streamHead(streamId);
    if (head === undefined || head.revision < from.revision) return undefined;
    if (head.revision === from.revision) {
      if (head.position !== from.position || (from.eventId != null && head.eventId !== from.eventId)) return undefined;
      return { state, revision, position, maxRecordedAt, eventId: head.eventId, eventsFolded };
    }
  }
  const fromRevision = from.revision < 0n ? 0n : from.revision;
  for await (const recorded of store.readStream(streamId, { fromRevision })) {
    if (!anchored) {
      if (recorded.revision !== from.revision || recorded.position !== from.position) return undefined;
      if (from.eventId != null && recorded.id !== from.eventId) return undefined;
      anchored = true;
      continue;
    }
    const event = upcast(recorded);
    state = evolve(state, { type: event.type, data: event.data } as Event);
    revision = event.revision;
    position = event.position;
    eventId = event.id;
    if (maxRecordedAt === null || event.recordedAt > maxRecordedAt) maxRecordedAt = event.recordedAt;
    eventsFolded++;
  }
  return anchored ? { state, revision, position, maxRecordedAt, eventId, eventsFolded } : undefined;
}

/**
 * The state a fold of the stream gives once a command's own events are stored after `state`: each event's data as a
 * read gives it back (through JSON: what was written at the current schema version, which upcasting leaves as is).
 */
export function foldAsStored<Event extends DomainEvent, State>(evolve: (state: State, event: Event) => State, state: State, events: readonly Event[]): State {
  let after = state;
  for (const event of events) after = evolve(after, { type: event.type, data: JSON.parse(JSON.stringify(event.data)) } as Event);
  return after;
}
