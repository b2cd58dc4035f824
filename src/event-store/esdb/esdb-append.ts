import { AppendExpectedRevision, AppendResult, BACKWARDS, type Direction, END, ErrorType, EventData, EventStoreDBClient, FORWARDS, isCommandError } from '@eventstore/db-client';
import { AppendHasher } from '../../log-chain/event-hash';
import { SerializedEvent } from '../event-limits';
import { isTransportReset } from './esdb-errors';
import { toEsdbEvent } from './esdb-event-mapping';
// The client's classic `Append` RPC (one gRPC call per append), which `appendToStream` uses only when the server
// lacks BatchAppend. @eventstore/db-client is pinned at 6.2.1, its last release.
import { append as classicAppend } from '@eventstore/db-client/dist/streams/appendToStream/append';
import { LruMap } from '../../caching/lru-map';

/** Sends of one append when the connection drops under it; the client reconnects in between. */
const ATTEMPTS = 3;
const RETRY_DELAY_MS = 50;

/**
 * Appends through the classic `Append` RPC rather than `BatchAppend`, which `appendToStream` picks whenever the
 * server offers it. In @eventstore/db-client 6.2.1 BatchAppend keeps every pending append of the process in one
 * map: when one batch stream fails (the client closes its channel to reconnect after a dropped subscription), every
 * pending append is rejected and the map cleared, and a response that still arrives throws
 * `TypeError: undefined is not iterable` inside a gRPC callback: an uncaught exception that ends the process.
 * (Fixed in the successor client, kurrent-io/KurrentDB-Client-NodeJS#523.) With a call per append, a failure stays
 * with the append it belongs to.
 *
 * An append that fails because the connection went away is sent again, at most ATTEMPTS times in all, when the
 * expectation is exact (`no_stream` or a revision): the same event ids at the same expected revision are written at
 * most once by the server. With `any` or `stream_exists` a resend could write twice, so the failure is returned.
 */
export async function appendThroughClassicCall(
  client: EventStoreDBClient,
  streamId: string,
  events: EventData[],
  expectedRevision: AppendExpectedRevision,
  /** False once the store is closing: its own cancellations are not resent. */
  mayResend: () => boolean,
): Promise<AppendResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      // batchAppendSize is BatchAppend's; the classic call ignores it (the default appendToStream would pass).
      return await classicAppend.call(client, streamId, events, { expectedRevision, batchAppendSize: 3 * 1024 * 1024 });
    } catch (error) {
      if (attempt >= ATTEMPTS || !mayResend() || !isResendable(error, expectedRevision)) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * attempt));
    }
  }
}

function isResendable(error: unknown, expectedRevision: AppendExpectedRevision): boolean {
  const exact = expectedRevision === 'no_stream' || typeof expectedRevision === 'bigint';
  if (!exact || !(error instanceof Error) || !isCommandError(error)) return false;
  return error.type === ErrorType.UNAVAILABLE || error.type === ErrorType.CANCELLED || isTransportReset(error);
}

/** A stream's last revision and the hash chain link of its event there (null: none, or written before the chain). */
interface StreamLink {
  readonly revision: bigint;
  readonly hash: string | null;
}

const LINK_CACHE_SIZE = 10_000;
/** How often an append made with `any`/`stream_exists` is tried again when another writer got in between. */
const NON_EXACT_ATTEMPTS = 5;

/**
 * The last link of recently written streams, so the usual command (read the stream, append at its revision)
 * costs no extra read: an append at revision r finds r's hash here when this process wrote or read it last.
 */
export class StreamLinks {
  private readonly links = new LruMap<string, StreamLink>(LINK_CACHE_SIZE);

  get(streamId: string, revision: bigint): StreamLink | undefined {
    const link = this.links.peek(streamId);
    return link?.revision === revision ? link : undefined;
  }

  set(streamId: string, link: StreamLink): void {
    this.links.set(streamId, link);
  }

  forget(streamId: string): void {
    this.links.delete(streamId);
  }
}

/**
 * Appends with each event's hash chain link in its metadata (`ledgerHash`, see src/log-chain/event-hash.ts). The
 * hash needs the revision the events land at and the stream's last hash, so every append is sent at an exact
 * expected revision and the server's check makes the link race-free:
 * - an exact revision r: r's hash comes from the cache or one read of the event at r; a conflict is the caller's;
 * - `no_stream`: no predecessor;
 * - `any` / `stream_exists`: the stream's last events are read first; if they are this very append (same ids, in
 *   order), it is an idempotent repeat and nothing is sent; else it is sent at the last revision read, and read
 *   again and resent (up to NON_EXACT_ATTEMPTS) when another writer got in between. (A repeat of an `any` append
 *   that other appends have since followed is not recognised and would be written again: no command appends
 *   with `any`; EventStoreDB's own id check is bypassed by the exact revision.)
 * EventStoreDB sets position and recorded time itself, so the hash covers neither (null in the hashed envelope).
 */
export async function appendChained(
  client: EventStoreDBClient,
  streamId: string,
  events: readonly SerializedEvent[],
  expected: AppendExpectedRevision,
  mayResend: () => boolean,
  links: StreamLinks,
): Promise<AppendResult> {
  for (let attempt = 1; ; attempt++) {
    let last: StreamLink;
    let sendAt: AppendExpectedRevision = expected;
    if (expected === 'no_stream') last = { revision: -1n, hash: null };
    else if (typeof expected === 'bigint') last = links.get(streamId, expected) ?? (await readLinkAt(client, streamId, expected));
    else {
      const tail = await readTail(client, streamId, events.length);
      const repeat = earlierIdenticalAppend(tail, events);
      if (repeat) return repeat;
      last = tail[0] ? linkOf(tail[0]) : { revision: -1n, hash: null };
      // stream_exists on a missing stream: sent as is, for the server to refuse.
      if (tail[0] || expected === 'any') sendAt = tail[0] ? last.revision : 'no_stream';
    }
    let prev = last.hash;
    const hasher = new AppendHasher(streamId);
    const data = events.map((serialized, i) => {
      const { event, dataJson, metadataJson } = serialized;
      const revision = last.revision + 1n + BigInt(i);
      // Hashed: the JSON text the client sends for data (the same JSON.stringify) and our metadata before the store's own keys.
      prev = hasher.hash(event.id, event.type, event.schemaVersion, revision.toString(), null, null, dataJson, metadataJson, prev);
      return toEsdbEvent(serialized, prev);
    });
    try {
      const result = await appendThroughClassicCall(client, streamId, data, sendAt, mayResend);
      links.set(streamId, { revision: result.nextExpectedRevision, hash: prev });
      return result;
    } catch (error) {
      links.forget(streamId);
      const raced = sendAt !== expected && error instanceof Error && isCommandError(error) && error.type === ErrorType.WRONG_EXPECTED_VERSION;
      if (!raced || attempt >= NON_EXACT_ATTEMPTS) throw error;
    }
  }
}

type ReadEvent = { readonly id: string; readonly revision: bigint; readonly metadata?: unknown; readonly position?: { commit: bigint; prepare: bigint } };

function linkOf(event: ReadEvent): StreamLink {
  const hash = (event.metadata as { ledgerHash?: unknown } | undefined)?.ledgerHash;
  return { revision: event.revision, hash: typeof hash === 'string' ? hash : null };
}

/** The link at revision `revision` (no such event: the server will refuse the append anyway). */
async function readLinkAt(client: EventStoreDBClient, streamId: string, revision: bigint): Promise<StreamLink> {
  if (revision < 0n) return { revision, hash: null };
  const events = await readEvents(client, streamId, { direction: FORWARDS, fromRevision: revision, maxCount: 1 });
  return events[0]?.revision === revision ? linkOf(events[0]) : { revision, hash: null };
}

/** The stream's last `count` events, newest first. */
function readTail(client: EventStoreDBClient, streamId: string, count: number): Promise<ReadEvent[]> {
  return readEvents(client, streamId, { direction: BACKWARDS, fromRevision: END, maxCount: count });
}

async function readEvents(client: EventStoreDBClient, streamId: string, options: { direction: Direction; fromRevision: bigint | typeof END; maxCount: number }): Promise<ReadEvent[]> {
  const read: ReadEvent[] = [];
  try {
    for await (const resolved of client.readStream(streamId, options)) if (resolved.event) read.push(resolved.event as ReadEvent);
  } catch (error) {
    if (error instanceof Error && isCommandError(error) && error.type === ErrorType.STREAM_NOT_FOUND) return [];
    throw error;
  }
  return read;
}

/** The stream ends with exactly these ids in this order: the result the earlier append had. */
function earlierIdenticalAppend(tailNewestFirst: readonly ReadEvent[], events: readonly SerializedEvent[]): AppendResult | undefined {
  if (tailNewestFirst.length !== events.length) return undefined;
  const oldestFirst = [...tailNewestFirst].reverse();
  if (!oldestFirst.every((stored, i) => stored.id.toLowerCase() === events[i].event.id.toLowerCase())) return undefined;
  const newest = tailNewestFirst[0];
  return { success: true, nextExpectedRevision: newest.revision, position: newest.position };
}
