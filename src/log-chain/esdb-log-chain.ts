import { BACKWARDS, END, ErrorType, EventStoreDBClient, FORWARDS, isCommandError, jsonEvent, START, type JSONEventType } from '@eventstore/db-client';
import { randomUUID } from 'node:crypto';
import { appendThroughClassicCall } from '../event-store/esdb/esdb-append';
import { isSystemEvent } from '../event-store/esdb/esdb-event-mapping';
import { fromEsdbPosition, toEsdbPosition } from '../event-store/esdb/esdb-positions';
import { resumableRead } from '../event-store/esdb/resumable-read';
import { chainedBody, storedJsonOf } from './event-hash';
import { addToRange } from './log-head';
import { ChainEntry, LogChain } from './log-chain';
import { RangeHasher, StoredSeal } from './seal';

/** The system stream seals are recorded in: `$`-prefixed, so reads of $all and subscriptions never deliver them. */
export const SEALS_STREAM = '$ledger-seals';
export const SEAL_EVENT_TYPE = '$ledger-seal';

type RawEvent = {
  readonly id: string;
  readonly type: string;
  readonly streamId: string;
  readonly revision: bigint;
  readonly data: unknown;
  readonly metadata?: unknown;
  readonly position?: { commit: bigint; prepare: bigint };
};

/**
 * The hash chain on EventStoreDB: each event's link is `ledgerHash` in its metadata (written by appendChained in
 * esdb-append.ts); seals are events of SEALS_STREAM, each appended at the exact revision after the last seal read,
 * so two sealers cannot both record seal n. EventStoreDB sets positions itself, so a seal (made after the events it
 * covers are committed) is what orders the global log; nothing seals automatically here: `ledger seal`, or a cron
 * running it (docs/tamper-evident-log.md). Its reads (`verify --log`, `log-head`, a seal's range) are made again from
 * where they stopped when the store is briefly unreachable, as the adapter's own reads are (resumable-read.ts).
 */
export class EsdbLogChain implements LogChain {
  readonly storeKind = 'esdb';

  constructor(
    private readonly client: EventStoreDBClient,
    /** False once the store is closing (it cancelled the call itself): no read is made again. */
    private readonly mayRetry: () => boolean = () => true,
  ) {}

  entries(after?: bigint): AsyncIterable<ChainEntry> {
    return resumableRead((last: ChainEntry | undefined) => this.entriesAfter(last?.position ?? after), this.mayRetry);
  }

  private async *entriesAfter(after: bigint | undefined): AsyncIterable<ChainEntry> {
    const read = this.client.readAll({ direction: FORWARDS, fromPosition: after === undefined ? START : toEsdbPosition(after) });
    for await (const resolved of read) {
      const event = resolved.event as RawEvent | undefined;
      if (!event?.position || isSystemEvent(event)) continue;
      const position = fromEsdbPosition(event.position);
      if (after !== undefined && position <= after) continue;
      const { schemaVersion, ledgerHash, ...metadata } = (event.metadata ?? {}) as { schemaVersion?: unknown; ledgerHash?: unknown };
      yield {
        position,
        content: {
          streamId: event.streamId,
          revision: event.revision,
          position: null,
          id: event.id,
          type: event.type,
          schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 1,
          recordedAt: null,
        },
        // The client hands back parsed JSON; stringified again it is the text the adapter sent (storedJsonOf).
        body: chainedBody(storedJsonOf(event.data), storedJsonOf(metadata)),
        hash: typeof ledgerHash === 'string' ? ledgerHash : null,
      };
    }
  }

  async *seals(): AsyncIterable<StoredSeal> {
    const open = (last: SealEvent | undefined) => this.sealEvents(FORWARDS, last === undefined ? START : last.revision + 1n);
    try {
      for await (const { seal, type } of resumableRead(open, this.mayRetry)) if (type === SEAL_EVENT_TYPE) yield seal;
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }

  async lastSeal(): Promise<StoredSeal | undefined> {
    return (await this.lastSealEvent())?.seal;
  }

  async sealNow(): Promise<StoredSeal | undefined> {
    const last = await this.lastSealEvent();
    const hasher = new RangeHasher();
    for await (const entry of this.entries(last ? BigInt(last.seal.toPosition) : undefined)) addToRange(hasher, entry);
    if (hasher.lastPosition === undefined) return undefined;
    const seal = hasher.seal(last?.seal, hasher.lastPosition, new Date());
    // Through the classic Append call, as every append of the adapter (esdb-append.ts says why).
    const event = jsonEvent({ id: randomUUID(), type: SEAL_EVENT_TYPE, data: seal as unknown as JSONEventType['data'] });
    await appendThroughClassicCall(this.client, SEALS_STREAM, [event], last ? last.revision : 'no_stream', () => true);
    return seal;
  }

  private async lastSealEvent(): Promise<SealEvent | undefined> {
    let last: SealEvent | undefined;
    try {
      // Read to its end (one event), not left early: a gRPC read left open keeps its call open.
      for await (const sealEvent of resumableRead(() => this.sealEvents(BACKWARDS, END, 1), this.mayRetry)) last = sealEvent;
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    return last;
  }

  /** The seals stream's events from `fromRevision` on, in `direction`, each read as a seal. */
  private async *sealEvents(direction: typeof FORWARDS | typeof BACKWARDS, fromRevision: bigint | typeof START | typeof END, maxCount?: number): AsyncIterable<SealEvent> {
    for await (const resolved of this.client.readStream(SEALS_STREAM, { direction, fromRevision, maxCount })) {
      if (resolved.event) yield { seal: resolved.event.data as unknown as StoredSeal, revision: resolved.event.revision, type: resolved.event.type };
    }
  }
}

interface SealEvent {
  readonly seal: StoredSeal;
  readonly revision: bigint;
  readonly type: string;
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && isCommandError(error) && error.type === ErrorType.STREAM_NOT_FOUND;
}
