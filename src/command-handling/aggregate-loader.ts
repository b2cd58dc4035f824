import { AppendResult, EventStore } from '../event-store';
import { Decider, DomainEvent } from './decider';
import { emptyFold, foldStreamFrom } from './stream-fold';

export interface LoadedAggregate<State> {
  readonly state: State;
  /** Revision of the last event folded; -1n when the stream does not exist. */
  readonly revision: bigint;
  /** Global position of the last event folded. */
  readonly position: bigint | null;
}

/**
 * A faster way to the same LoadedAggregate than a fold from event 0 (the server's fold cache and snapshots:
 * src/snapshots/cached-aggregate-loader.ts). It must answer exactly what the full fold would, on the stream as it is now.
 */
export interface AggregateLoading {
  load<Event extends DomainEvent, State>(
    store: EventStore,
    streamId: string,
    decider: Pick<Decider<unknown, Event, State>, 'initialState' | 'evolve'>,
  ): Promise<LoadedAggregate<State>>;

  /**
   * The command path appended `events` (ending with `lastEventId`) right after the state `from` it decided on: a loader
   * may fold them into what it keeps, so the next load need not read them back. Optional, and never required for
   * correctness: a load still checks the stream's head.
   */
  appended?<Event extends DomainEvent, State>(
    streamId: string,
    decider: Pick<Decider<unknown, Event, State>, 'initialState' | 'evolve'>,
    from: LoadedAggregate<State>,
    events: readonly Event[],
    lastEventId: string,
    result: AppendResult,
  ): void;

  /**
   * A state this loader gave out could not be read (StateUnreadableError): drop whatever it keeps of the stream
   * (cached state, the snapshots it came from), so the next load folds the stream's events again.
   */
  forget?(streamId: string): void;
}

// Attached to the store instance rather than passed around: every handler already holds the store, so
// `loadAggregate(store, …)` keeps one signature and a store without a loader (unit tests, scripts) folds from 0.
const loaders = new WeakMap<EventStore, AggregateLoading>();

/** Makes every `loadAggregate(store, …)` go through `loader`. */
export function attachAggregateLoader(store: EventStore, loader: AggregateLoading): void {
  loaders.set(store, loader);
}

export function detachAggregateLoader(store: EventStore, loader: AggregateLoading): void {
  if (loaders.get(store) === loader) loaders.delete(store);
}

/** The stream's current state: through the store's loader (cache, snapshot + tail) when one is attached, else a fold from event 0. */
export async function loadAggregate<Command, Event extends DomainEvent, State>(
  store: EventStore,
  streamId: string,
  decider: Decider<Command, Event, State>,
): Promise<LoadedAggregate<State>> {
  const loader = loaders.get(store);
  if (loader) return loader.load(store, streamId, decider);
  return foldFromStart(store, streamId, decider);
}

/** Tells the store's loader (if any) what a command just appended after the state it decided on. */
export function noteAppended<Command, Event extends DomainEvent, State>(
  store: EventStore,
  streamId: string,
  decider: Decider<Command, Event, State>,
  from: LoadedAggregate<State>,
  events: readonly Event[],
  lastEventId: string,
  result: AppendResult,
): void {
  loaders.get(store)?.appended?.(streamId, decider, from, events, lastEventId, result);
}

/** Tells the store's loader (if any) to drop what it keeps of a stream whose state could not be read. */
export function forgetLoaded(store: EventStore, streamId: string): void {
  loaders.get(store)?.forget?.(streamId);
}

/** Folds a stream into state, oldest first, upcasting old events on the way. */
export async function foldFromStart<Event extends DomainEvent, State>(
  store: EventStore,
  streamId: string,
  decider: Pick<Decider<unknown, Event, State>, 'initialState' | 'evolve'>,
): Promise<LoadedAggregate<State>> {
  const folded = await foldStreamFrom(store, streamId, decider.evolve, emptyFold(decider.initialState));
  // A fold from -1 has no anchor to lose: it always answers.
  const { state, revision, position } = folded!;
  return { state, revision, position };
}
