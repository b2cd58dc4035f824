import { AppendResult, EventStore } from '../event-store';
import { LoadedAggregate } from './aggregate-loader';

/** A command's append that has not answered yet: the state it will leave, should it commit. */
export interface InFlightAppend<State = unknown> {
  /** The decider that folded it: another decider's state of the same stream is not this one. */
  readonly decider: object;
  /** The state after the append's events, at the revision of its last one (its position is not known yet). */
  readonly after: LoadedAggregate<State>;
  readonly lastEventId: string;
  /** Settles (never rejects) once the append answered and the command that made it has noted its result. */
  readonly settled: Promise<void>;
}

/**
 * The appends commands have handed to the store that have not answered yet, per stream (the newest) and per command
 * id. A command on a stream with one in flight decides on the state that append will leave and appends after its last
 * event (`EventStore.appendAfterEvent`), so that two commands on one partnership in the same moment share one group
 * commit instead of the second losing a race and starting again (docs/command-pipelining.md).
 */
export class InFlightAppends {
  private readonly byStream = new Map<string, InFlightAppend>();
  private readonly byCommand = new Map<string, Promise<void>>();

  /** The newest append in flight on the stream, if the same decider made it. */
  latest<State>(streamId: string, decider: object): InFlightAppend<State> | undefined {
    const entry = this.byStream.get(streamId);
    return entry !== undefined && entry.decider === decider ? (entry as InFlightAppend<State>) : undefined;
  }

  /** Settles when this command id's own append in flight (an earlier attempt still waiting) has answered. */
  commandSettled(commandId: string): Promise<void> | undefined {
    return this.byCommand.get(commandId);
  }

  /**
   * Records an append just handed to the store; `afterState` is computed only if another command asks for it.
   * Returns what to call once the command has noted the append's outcome.
   */
  track<State>(
    streamId: string,
    commandId: string,
    decider: object,
    afterState: () => State,
    revision: bigint,
    lastEventId: string,
    appending: Promise<AppendResult>,
  ): () => void {
    let release!: () => void;
    const settled = new Promise<void>((resolve) => (release = resolve));
    let state: { value: State } | undefined;
    const entry: InFlightAppend<State> = {
      decider,
      lastEventId,
      settled,
      after: {
        get state() {
          state ??= { value: afterState() };
          return state.value;
        },
        revision,
        position: null,
      },
    };
    this.byStream.set(streamId, entry);
    this.byCommand.set(commandId, settled);
    appending.catch(() => undefined);
    return () => {
      if (this.byStream.get(streamId) === entry) this.byStream.delete(streamId);
      if (this.byCommand.get(commandId) === settled) this.byCommand.delete(commandId);
      release();
    };
  }
}

// One per store instance, as the aggregate loader is (aggregate-loader.ts).
const registries = new WeakMap<EventStore, InFlightAppends>();

export function inFlightAppendsOf(store: EventStore): InFlightAppends {
  let registry = registries.get(store);
  if (!registry) {
    registry = new InFlightAppends();
    registries.set(store, registry);
  }
  return registry;
}
