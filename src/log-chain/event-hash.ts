import * as crypto from 'node:crypto';
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** Which version of the hashed encoding an event's hash uses (part of the hashed text, so it can change later). */
export const CHAIN_VERSION = 'ledger-chain/1';

/**
 * What an event's hash covers besides its predecessor's hash, as the writer stored it. `position` and `recordedAt`
 * are null where the writer does not know them before the store does (EventStoreDB sets both itself).
 */
export interface ChainedContent {
  readonly streamId: string;
  readonly revision: bigint;
  readonly position: bigint | null;
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  /** Epoch milliseconds. */
  readonly recordedAt: number | null;
}

/**
 * An event's data and metadata as the JSON text the writer stored: `JSON.stringify` of the validated objects
 * (serializeForAppend), byte for byte what the embedded store keeps in its columns and what the EventStoreDB client
 * sends. Not re-encoded: hashing the stored text costs nothing to produce on the write path, and any change to the
 * stored bytes shows. (For a reader that only gets the parsed value back, as from the EventStoreDB client,
 * `JSON.stringify` of it gives the same text again: see `storedJsonOf`.)
 */
export interface ChainedBody {
  readonly data: string;
  readonly metadata: string;
}

export function chainedBody(dataJson: string, metadataJson: string): ChainedBody {
  return { data: dataJson, metadata: metadataJson };
}

/**
 * The stored text of a value a JSON reader parsed from it. `JSON.stringify(JSON.parse(text)) === text` for any text
 * JSON.stringify wrote: members keep their order (integer-like keys first, as when written), numbers have one
 * shortest form, strings one escaping. Nested deeper than the native writer allows: the canonical walk instead,
 * which then cannot match — the writer could not have written it either.
 */
export function storedJsonOf(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return canonicalJson(value);
  }
}

/**
 * SHA-256 (hex) of `ledger-chain/1\n` + the JSON object
 * {data, id, metadata, position, prev, recordedAt, revision, schemaVersion, streamId, type}
 * (keys in that, sorted, order, no whitespace; data and metadata as their stored JSON text; revision and position as
 * decimal strings, the id in lower case). `prev` is the hash of the stream's previous event, null for its first event
 * or when that event predates the chain (a seal covers it). The data hashed is the data as stored, never as upcast.
 */
export function eventHash(content: ChainedContent, body: ChainedBody, prev: string | null): string {
  return sha256(`${CHAIN_VERSION}\n${envelope(content, body, prev)}`);
}

/**
 * What a seal counts for an event stored without a hash (written before the chain existed): the same encoding
 * under another prefix, so it can never be mistaken for a chained event's hash.
 */
export function unchainedDigest(content: ChainedContent, body: ChainedBody): string {
  return sha256(`${CHAIN_VERSION}/unchained\n${envelope(content, body, null)}`);
}

/** Equal to canonicalJson of the envelope object, built from the parts (the body is already canonical). */
function envelope(content: ChainedContent, body: ChainedBody, prev: string | null): string {
  return (
    `{"data":${body.data},"id":${JSON.stringify(content.id.toLowerCase())},"metadata":${body.metadata}` +
    `,"position":${content.position === null ? 'null' : `"${content.position}"`}` +
    `,"prev":${prev === null ? 'null' : JSON.stringify(prev)}` +
    `,"recordedAt":${content.recordedAt === null ? 'null' : JSON.stringify(content.recordedAt)}` +
    `,"revision":"${content.revision}","schemaVersion":${JSON.stringify(content.schemaVersion)}` +
    `,"streamId":${JSON.stringify(content.streamId)},"type":${JSON.stringify(content.type)}}`
  );
}

/**
 * The writer's side of `eventHash` for the events of one append: the same text, byte for byte (a unit spec holds
 * them equal), built with less work per event, since an append hashes every event it writes. The stream id's JSON is
 * made once per append and a type's once per process (types are few); the id is a UUID the append validated (hex
 * digits and dashes, nothing to escape); positions and revisions come as the decimal text the caller already has.
 * One `+` chain rather than parts cached in objects: the text is a rope V8 flattens once, in the hash call.
 */
export class AppendHasher {
  private readonly streamIdJson: string;

  constructor(streamId: string) {
    // Most stream ids have nothing JSON escapes (a quote, a backslash, a control character or a lone surrogate): their
    // JSON is the id in quotes, without the cost of a JSON.stringify call per append.
    this.streamIdJson = NEEDS_ESCAPING.test(streamId) ? JSON.stringify(streamId) : '"' + streamId + '"';
  }

  /**
   * `recordedAt` null or epoch milliseconds (an integer); `position` null or its decimal text; `dataJson` and
   * `metadataJson` the stored text (a ChainedBody's two parts).
   */
  hash(id: string, type: string, schemaVersion: number, revision: string, position: string | null, recordedAt: number | null, dataJson: string, metadataJson: string, prev: string | null): string {
    return sha256(
      HASHED_PREFIX +
        dataJson +
        ',"id":"' +
        id.toLowerCase() +
        '","metadata":' +
        metadataJson +
        (position === null ? ',"position":null' : ',"position":"' + position + '"') +
        (prev === null ? ',"prev":null' : ',"prev":"' + prev + '"') +
        (recordedAt === null ? ',"recordedAt":null' : ',"recordedAt":' + String(recordedAt)) +
        ',"revision":"' +
        revision +
        '","schemaVersion":' +
        String(schemaVersion) +
        ',"streamId":' +
        this.streamIdJson +
        ',"type":' +
        typeJson(type) +
        '}',
    );
  }
}

const HASHED_PREFIX = `${CHAIN_VERSION}\n{"data":`;

/** What JSON.stringify writes other than as itself inside a string (well-formed JSON.stringify: lone surrogates too). */
const NEEDS_ESCAPING = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON of the event types seen, made once each (bounded: an imported log may bring any number of types). */
const typeJsonCache = new Map<string, string>();

function typeJson(type: string): string {
  let json = typeJsonCache.get(type);
  if (json === undefined) {
    if (typeJsonCache.size >= 256) typeJsonCache.clear();
    json = JSON.stringify(type);
    typeJsonCache.set(type, json);
  }
  return json;
}

const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

export function sha256(text: string): string {
  // crypto.hash (Node >= 20.12) skips the Hash object a createHash call builds: about twice as fast for short texts.
  return oneShot ? oneShot('sha256', text, 'hex') : createHash('sha256').update(text).digest('hex');
}
