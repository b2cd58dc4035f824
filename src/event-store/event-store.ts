import { ExpectedRevision } from './expected-revision';
import { NewEvent, RecordedEvent } from './recorded-event';

export interface AppendResult {
  /** Revision of the stream's last event after the append. */
  readonly nextRevision: bigint;
  /** Global position of the last event written (or of the matching earlier write on an idempotent repeat). */
  readonly position: bigint;
  /**
   * The latest recorded time among the events this append wrote (on an idempotent repeat: the earlier write's), when the
   * adapter sets it itself (the embedded store); undefined where the store assigns it (EventStoreDB).
   */
  readonly recordedAt?: Date;
}

/** Where a stream ends: its last event's revision, global position and id. */
export interface StreamHead {
  readonly revision: bigint;
  readonly position: bigint;
  readonly eventId: string;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive. Default: start when forwards, end when backwards. */
  readonly fromRevision?: bigint;
  readonly maxCount?: number;
}

/** Which events a global read or subscription delivers. Events whose type starts with `$` are never delivered. */
export interface EventFilter {
  readonly streamPrefixes?: readonly string[];
  readonly eventTypes?: readonly string[];
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this global position. Omitted: from the start of the log. */
  readonly after?: bigint;
  readonly maxCount?: number;
  readonly filter?: EventFilter;
}

export interface SubscribeOptions {
  /** Exclusive, like ReadAllOptions.after: resume after the last position you handled. */
  readonly after?: bigint;
  readonly filter?: EventFilter;
}

/** Catch-up then live, in global order. Iterate it; `close()` ends the iteration. */
export interface Subscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

/** The event an `appendAfterEvent` must follow: its revision and id. */
export interface PrecedingEvent {
  readonly revision: bigint;
  readonly eventId: string;
}

/** The global log handed over a page at a time, synchronously: see `EventStore.synchronousPages`. */
export interface SynchronousLogPages {
  /** Up to `limit` events after `after` (undefined: from the start) and at or before `upTo`, in position order. */
  readPage(after: bigint | undefined, upTo: bigint, limit: number): RecordedEvent[];
}

/**
 * The event-store port. Two adapters implement it (embedded SQLite, EventStoreDB) and both pass
 * the same contract suite (test/event-store/event-store.contract.ts).
 *
 * Reads are async iterables: nothing loads a whole stream or log into memory.
 * An abstract class rather than an interface so Nest can inject it by type.
 */
export abstract class EventStore {
  /**
   * Appends atomically: all events or none. Throws ConcurrencyError when `expected` does not hold,
   * InvalidEventError for bad input. Appending the same event ids again at the same expected revision
   * succeeds and writes nothing (idempotent retry). The embedded store also refuses (ConcurrencyError) an append at
   * the exact revision whose first event id is already earlier in the stream: one command's events are never
   * written twice (docs/command-pipelining.md); EventStoreDB's append cannot check that.
   */
  abstract append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;

  /**
   * Whether `appendAfterEvent` is available: the adapter checks, inside the append's own write, which event is at the
   * expected revision. The embedded store does; EventStoreDB cannot (its append checks a revision only).
   */
  appendsAfterEvent(): boolean {
    return false;
  }

  /**
   * As `append` at the exact revision `after.revision`, and the stream's event at that revision must be the one whose
   * id is `after.eventId`; otherwise ConcurrencyError and nothing written. What lets a command decide on the state an
   * earlier command's append, still waiting for its commit, will leave: if that append fails or something else took
   * its place, this one fails too and is decided again (docs/command-pipelining.md). Only where `appendsAfterEvent()`.
   */
  appendAfterEvent(streamId: string, events: readonly NewEvent[], after: PrecedingEvent): Promise<AppendResult> {
    return Promise.reject(new Error(`this event store cannot append after an event (${streamId} at ${after.revision})`));
  }

  /** A stream's events; a missing stream yields nothing. */
  abstract readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;

  /** The global log, forwards, from a position (exclusive). */
  abstract readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;

  /** Catch-up from a position (exclusive), then live. Survives dropped connections without gap or duplicate. */
  abstract subscribe(options?: SubscribeOptions): Subscription;

  /**
   * The event of `streamId` whose id is `eventId`, or undefined. Commands use it to find an earlier attempt of the
   * same command (event ids derive from the command id) without reading the stream. This default reads the stream
   * backwards, O(stream); adapters override it with a lookup that does not depend on the stream's length.
   */
  async findEvent(streamId: string, eventId: string): Promise<RecordedEvent | undefined> {
    for await (const event of this.readStream(streamId, { direction: 'backwards' })) if (event.id === eventId) return event;
    return undefined;
  }

  /**
   * Revision, position and id of the stream's last event, or undefined when the stream has none; a tombstoned stream
   * throws StreamDeletedError as readStream does. A fold that has seen up to a revision asks this first, so an
   * unchanged stream costs one lookup and no event decoding. This default reads the last event.
   */
  async streamHead(streamId: string): Promise<StreamHead | undefined> {
    // The read is let run to its end (one event) rather than left early: leaving a gRPC read early cancels its stream.
    let head: StreamHead | undefined;
    for await (const event of this.readStream(streamId, { direction: 'backwards', maxCount: 1 })) {
      head = { revision: event.revision, position: event.position, eventId: event.id };
    }
    return head;
  }

  /** Global position of the newest (non-system) event, or undefined when the log is empty. */
  abstract headPosition(): Promise<bigint | undefined>;

  /** Tombstones a stream: it can never be written or read again. */
  abstract deleteStream(streamId: string): Promise<void>;

  /** Cheap reachability check for /health. */
  abstract ping(): Promise<void>;

  /**
   * The global log read synchronously, where the adapter reads without I/O waits (the embedded store: SQLite calls
   * are synchronous); undefined otherwise (EventStoreDB). A rebuild uses it to apply several batches in one
   * transaction, reading each only when the one before it is applied.
   */
  synchronousPages(): SynchronousLogPages | undefined {
    return undefined;
  }

  abstract close(): Promise<void>;
}
