/**
 * The test server's storage: one global log plus per-stream indexes, with the rules EventStoreDB applies
 * to appends (expected revision, idempotent repeats, tombstones). Knows nothing about gRPC.
 */

export type ExpectedState = { kind: 'any' } | { kind: 'no_stream' } | { kind: 'stream_exists' } | { kind: 'revision'; revision: bigint };

export interface ProposedEvent {
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
}

export interface LoggedEvent extends ProposedEvent {
  readonly streamId: string;
  readonly revision: bigint;
  /** EventStoreDB writes each event as a committed prepare: its commit and prepare positions are equal. */
  readonly position: bigint;
  /** .NET ticks (100 ns) since the Unix epoch, as the server sends `created`. */
  readonly createdTicks: bigint;
}

export type AppendOutcome =
  | { readonly result: 'written'; readonly currentRevision: bigint; readonly firstPosition: bigint; readonly lastPosition: bigint }
  | { readonly result: 'wrong_expected_version'; readonly currentRevision: bigint | undefined }
  | { readonly result: 'stream_deleted' };

/** The revision EventStoreDB gives the `$streamDeleted` tombstone record. */
export const TOMBSTONE_REVISION = 9223372036854775807n;

interface StreamEntry {
  readonly events: LoggedEvent[];
  deleted: boolean;
}

export class InMemoryLog {
  private readonly all: LoggedEvent[] = [];
  private readonly streams = new Map<string, StreamEntry>();
  // Real positions are byte offsets in the transaction file: gaps between events, so nothing may assume +1.
  private nextPosition = 1_024n;
  private waiters: Array<() => void> = [];

  constructor() {
    // A real server's $all starts with its own records; the adapter must skip them.
    this.writeSystemEvent('$epochs', '$epoch-information');
  }

  get length(): number {
    return this.all.length;
  }

  at(index: number): LoggedEvent {
    return this.all[index];
  }

  /** Index of the first event whose position is >= `position`. */
  indexAtOrAfter(position: bigint): number {
    let low = 0;
    let high = this.all.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.all[mid].position < position) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  stream(streamId: string): { events: readonly LoggedEvent[]; deleted: boolean } | undefined {
    return this.streams.get(streamId);
  }

  append(streamId: string, expected: ExpectedState, proposed: readonly ProposedEvent[]): AppendOutcome {
    const entry = this.streams.get(streamId);
    if (entry?.deleted) return { result: 'stream_deleted' };
    const events = entry?.events ?? [];
    const current = events.length === 0 ? undefined : BigInt(events.length - 1);

    const repeat = this.idempotentRepeat(events, expected, proposed);
    if (repeat) return repeat;

    const holds =
      expected.kind === 'any' ||
      (expected.kind === 'no_stream' && current === undefined) ||
      (expected.kind === 'stream_exists' && current !== undefined) ||
      (expected.kind === 'revision' && current === expected.revision);
    if (!holds) return { result: 'wrong_expected_version', currentRevision: current };
    if (proposed.length === 0) {
      return { result: 'written', currentRevision: current ?? -1n, firstPosition: this.nextPosition, lastPosition: this.nextPosition };
    }

    const target = entry ?? this.createStream(streamId);
    const written = proposed.map((event) => this.log(target, streamId, BigInt(target.events.length), event));
    this.wakeSubscribers();
    return {
      result: 'written',
      currentRevision: BigInt(target.events.length - 1),
      firstPosition: written[0].position,
      lastPosition: written[written.length - 1].position,
    };
  }

  tombstone(streamId: string, expected: ExpectedState): { result: 'deleted'; position: bigint } | Exclude<AppendOutcome, { result: 'written' }> {
    const entry = this.streams.get(streamId);
    if (entry?.deleted) return { result: 'stream_deleted' };
    const current = entry && entry.events.length > 0 ? BigInt(entry.events.length - 1) : undefined;
    const holds =
      expected.kind === 'any' ||
      (expected.kind === 'no_stream' && current === undefined) ||
      (expected.kind === 'stream_exists' && current !== undefined) ||
      (expected.kind === 'revision' && current === expected.revision);
    if (!holds) return { result: 'wrong_expected_version', currentRevision: current };
    const target = entry ?? this.createStream(streamId);
    target.deleted = true;
    const tombstone = this.log(undefined, streamId, TOMBSTONE_REVISION, {
      id: cryptoRandomUuid(),
      type: '$streamDeleted',
      contentType: 'application/octet-stream',
      data: new Uint8Array(),
      customMetadata: new Uint8Array(),
    });
    this.wakeSubscribers();
    return { result: 'deleted', position: tombstone.position };
  }

  /** Resolves on the next write (or at once if `knownLength` is already stale). */
  nextWrite(knownLength: number): Promise<void> {
    if (this.all.length > knownLength) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Lets parked subscriptions notice that they were cancelled. */
  wakeSubscribers(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /**
   * EventStoreDB treats a repeat of the same event ids at the same expected position as already done:
   * it answers success with the stream's state after the original write and writes nothing.
   */
  private idempotentRepeat(events: readonly LoggedEvent[], expected: ExpectedState, proposed: readonly ProposedEvent[]): AppendOutcome | undefined {
    if (proposed.length === 0) return undefined;
    let start: number;
    if (expected.kind === 'revision') start = Number(expected.revision) + 1;
    else if (expected.kind === 'no_stream') start = 0;
    else start = events.findIndex((event) => event.id === proposed[0].id);
    if (start < 0 || start + proposed.length > events.length) return undefined;
    for (let i = 0; i < proposed.length; i++) if (events[start + i].id !== proposed[i].id) return undefined;
    const last = events[start + proposed.length - 1];
    return { result: 'written', currentRevision: last.revision, firstPosition: events[start].position, lastPosition: last.position };
  }

  private createStream(streamId: string): StreamEntry {
    const entry: StreamEntry = { events: [], deleted: false };
    this.streams.set(streamId, entry);
    return entry;
  }

  private log(entry: StreamEntry | undefined, streamId: string, revision: bigint, event: ProposedEvent): LoggedEvent {
    const logged: LoggedEvent = {
      ...event,
      streamId,
      revision,
      position: this.nextPosition,
      createdTicks: BigInt(Date.now()) * 10_000n,
    };
    this.nextPosition += BigInt(100 + streamId.length + event.type.length + event.data.length + event.customMetadata.length);
    this.all.push(logged);
    entry?.events.push(logged);
    return logged;
  }

  private writeSystemEvent(streamId: string, type: string): void {
    this.log(this.createStream(streamId), streamId, 0n, {
      id: cryptoRandomUuid(),
      type,
      contentType: 'application/json',
      data: Buffer.from('{}'),
      customMetadata: new Uint8Array(),
    });
  }
}

function cryptoRandomUuid(): string {
  return globalThis.crypto.randomUUID();
}
