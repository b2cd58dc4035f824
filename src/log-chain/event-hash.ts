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

/** The canonical JSON of an event's data and metadata, computed once per event (before the write transaction). */
export interface ChainedBody {
  readonly data: string;
  readonly metadata: string;
}

export function chainedBody(data: unknown, metadata: unknown): ChainedBody {
  return { data: canonicalJson(data), metadata: canonicalJson(metadata) };
}

/**
 * SHA-256 (hex) of `ledger-chain/1\n` + the canonical JSON of
 * {data, id, metadata, position, prev, recordedAt, revision, schemaVersion, streamId, type}
 * (keys in that, sorted, order; revision and position as decimal strings, the id in lower case). `prev` is the hash of
 * the stream's previous event, null for its first event or when that event predates the chain (a seal covers it).
 * The data hashed is the data as stored, never as upcast.
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

const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

export function sha256(text: string): string {
  // crypto.hash (Node >= 20.12) skips the Hash object a createHash call builds: about twice as fast for short texts.
  return oneShot ? oneShot('sha256', text, 'hex') : createHash('sha256').update(text).digest('hex');
}
