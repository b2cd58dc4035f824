import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  START,
  type AppendExpectedRevision,
  type AllStreamResolvedEvent,
  type ResolvedEvent,
  type StreamingRead,
} from '@eventstore/db-client';
import { AppendResult, EventStore, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription } from '../event-store';
import { InvalidEventError } from '../event-store-errors';
import { assertValidStreamId, serializeForAppend } from '../event-limits';
import { ExpectedRevision } from '../expected-revision';
import { NewEvent, RecordedEvent } from '../recorded-event';
import { fromEsdbEvent, isSystemEvent, toEsdbEvent } from './esdb-event-mapping';
import { appendChained, appendThroughClassicCall, StreamLinks } from './esdb-append';
import { chainSwitch } from '../../log-chain/chain-switch';
import { EsdbLogChain } from '../../log-chain/esdb-log-chain';
import { HasLogChain, LogChain } from '../../log-chain/log-chain';
import { isStreamNotFound, toPortError } from './esdb-errors';
import { acceptsEvent } from './esdb-filters';
import { fromEsdbPosition, toEsdbPosition } from './esdb-positions';
import { EsdbSubscription } from './esdb-subscription';
import { EventIdIndex } from './event-id-index';
import { findEventThroughIndex } from './find-event-through-index';
import { resumableRead } from './resumable-read';

/**
 * The event-store port on EventStoreDB through @eventstore/db-client over gRPC.
 * Positions are commit positions (see esdb-positions.ts). The client's default throwOnAppendFailure
 * is kept: with it off, the BatchAppend path reports a wrong nextExpectedRevision on conflicts.
 */
export class EsdbEventStore extends EventStore implements HasLogChain {
  private readonly subscriptions = new Set<EsdbSubscription>();
  /** Recent streams' last hash chain links: an append at the revision this process wrote last reads nothing first. */
  private readonly links = new StreamLinks();
  /** Set by close(): appends cancelled by it are not resent. */
  private closing = false;
  private eventIdIndex: EventIdIndex | undefined;

  private constructor(private readonly client: EventStoreDBClient) {
    super();
  }

  /** `esdb://host:2113?tls=false`; connects lazily on first use. */
  static connect(connectionString: string): EsdbEventStore {
    return new EsdbEventStore(EventStoreDBClient.connectionString(connectionString));
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const serialized = serializeForAppend(streamId, events);
    const expectedRevision = toClientExpectedRevision(expected);
    try {
      // Each event carries its hash chain link (src/log-chain); the internal switch off appends as before (bench only).
      const result = chainSwitch.enabled
        ? await appendChained(this.client, streamId, serialized, expectedRevision, () => !this.closing, this.links)
        : await appendThroughClassicCall(this.client, streamId, serialized.map((event) => toEsdbEvent(event)), expectedRevision, () => !this.closing);
      // The server answers with commit = the last event's position (prepare = the first's); ask if it gave none.
      const position = result.position ? fromEsdbPosition(result.position) : await this.positionOf(streamId, result.nextExpectedRevision);
      return { nextRevision: result.nextExpectedRevision, position };
    } catch (error) {
      throw toPortError(error, streamId, expected);
    }
  }

  /** The hash chain: per-event links in metadata, seals in the `$ledger-seals` stream (src/log-chain/esdb-log-chain.ts). */
  logChain(): LogChain {
    return new EsdbLogChain(this.client, () => !this.closing);
  }

  /** Made again from where it stopped when the store is briefly unreachable (resumable-read.ts). */
  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    assertValidStreamId(streamId);
    if (options.maxCount !== undefined && options.maxCount <= 0) return;
    const backwards = options.direction === 'backwards';
    let delivered = 0;
    const open = (last: RecordedEvent | undefined): AsyncIterable<RecordedEvent> => {
      // Backwards past revision 0 there is nothing left.
      if (backwards && last?.revision === 0n) return NOTHING;
      const fromRevision = last === undefined ? (options.fromRevision ?? (backwards ? END : START)) : backwards ? last.revision - 1n : last.revision + 1n;
      const maxCount = options.maxCount === undefined ? undefined : options.maxCount - delivered;
      if (maxCount === 0) return NOTHING;
      return this.recordedEvents(this.client.readStream(streamId, { direction: backwards ? BACKWARDS : FORWARDS, fromRevision, maxCount }));
    };
    try {
      for await (const event of resumableRead(open, () => !this.closing)) {
        delivered++;
        yield event;
      }
    } catch (error) {
      if (isStreamNotFound(error)) return;
      throw toPortError(error, streamId);
    }
  }

  /** Made again from the last position read when the store is briefly unreachable (resumable-read.ts). */
  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    if (options.maxCount !== undefined && options.maxCount <= 0) return;
    const accepts = acceptsEvent(options.filter);
    // This client offers no server-side filter on reads of $all, and system events and the inclusive start
    // would throw off a server-side count: the read is streamed, filtered here, and cancelled once enough are out.
    const open = (last: RecordedEvent | undefined) => this.eventsAfter(last?.position ?? options.after);
    let delivered = 0;
    try {
      for await (const event of resumableRead(open, () => !this.closing)) {
        if (!accepts(event)) continue;
        yield event;
        if (options.maxCount !== undefined && ++delivered >= options.maxCount) return;
      }
    } catch (error) {
      throw toPortError(error, '$all');
    }
  }

  /** Given by the module that builds the store: EventStoreDB has no lookup by event id (see find-event-through-index.ts). */
  useEventIdIndex(index: EventIdIndex): void {
    this.eventIdIndex = index;
  }

  override async findEvent(streamId: string, eventId: string): Promise<RecordedEvent | undefined> {
    assertValidStreamId(streamId);
    return findEventThroughIndex(this, this.eventIdIndex, streamId, eventId);
  }

  subscribe(options: SubscribeOptions = {}): Subscription {
    const subscription = new EsdbSubscription(this.client, options, (closed) => this.subscriptions.delete(closed));
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<bigint | undefined> {
    const open = () => this.recordedEvents(this.client.readAll({ direction: BACKWARDS, fromPosition: END }));
    try {
      for await (const event of resumableRead(open, () => !this.closing)) return event.position;
      return undefined;
    } catch (error) {
      throw toPortError(error, '$all');
    }
  }

  async deleteStream(streamId: string): Promise<void> {
    assertValidStreamId(streamId);
    try {
      await this.client.tombstoneStream(streamId);
    } catch (error) {
      const mapped = toPortError(error, streamId);
      // Deleting twice leaves the same state as deleting once.
      if (mapped instanceof Error && mapped.name === 'StreamDeletedError') return;
      throw mapped;
    }
  }

  async ping(): Promise<void> {
    const read = this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 });
    try {
      for await (const _ of read) break;
    } catch (error) {
      throw toPortError(error, '$all');
    } finally {
      await read.cancel().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.client.dispose();
  }

  /**
   * Our events from a client read, skipping EventStoreDB's own. Consumed as a stream, never collected; an early
   * stop cancels the gRPC call so the server stops sending.
   */
  private async *recordedEvents(read: StreamingRead<ResolvedEvent | AllStreamResolvedEvent>): AsyncGenerator<RecordedEvent> {
    let finished = false;
    try {
      for await (const resolved of read) {
        if (!resolved.event || isSystemEvent(resolved.event)) continue;
        yield fromEsdbEvent(resolved.event as Parameters<typeof fromEsdbEvent>[0]);
      }
      finished = true;
    } finally {
      if (!finished) await read.cancel().catch(() => undefined);
    }
  }

  /** $all forwards from `after` (exclusive; undefined: from the start). A position read forwards is inclusive: skipped. */
  private async *eventsAfter(after: bigint | undefined): AsyncGenerator<RecordedEvent> {
    const read = this.client.readAll({ direction: FORWARDS, fromPosition: after === undefined ? START : toEsdbPosition(after) });
    for await (const event of this.recordedEvents(read)) {
      if (after !== undefined && event.position <= after) continue;
      yield event;
    }
  }

  private async positionOf(streamId: string, revision: bigint): Promise<bigint> {
    for await (const event of this.readStream(streamId, { fromRevision: revision, maxCount: 1 })) return event.position;
    throw new Error(`stream ${streamId} has no event at revision ${revision} right after appending it`);
  }
}

const NOTHING: AsyncIterable<never> = { [Symbol.asyncIterator]: () => ({ next: async () => ({ done: true, value: undefined }) }) };

function toClientExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  if (typeof expected !== 'bigint') return expected;
  // -1 is how the port spells "no stream" in ConcurrencyError.actual; accept it the same way here.
  if (expected === -1n) return 'no_stream';
  if (expected < -1n) throw new InvalidEventError(`expected revision ${expected} is not a revision`);
  return expected;
}
