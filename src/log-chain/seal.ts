import { createHash, type Hash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { CHAIN_VERSION, sha256 } from './event-hash';

/**
 * A seal: a hash over every event of a range of global positions, in position order, chained to the seal before
 * it. Per-stream chains alone miss a deleted tail of a stream, a deleted stream, and events moved across streams'
 * positions; seals cover those. Seals are numbered from 1 and each starts where the one before it ended.
 */
export interface SealRecord {
  readonly number: number;
  /** Exclusive; null for the first seal (from the start of the log). */
  readonly fromPosition: string | null;
  /** Inclusive: the position of the last event sealed (or `fromPosition` when the range is empty). */
  readonly toPosition: string;
  /** Events in the range. */
  readonly events: number;
  /** Of those, how many were stored without a hash (written before the chain existed). */
  readonly unchained: number;
  readonly rangeHash: string;
  /** The previous seal's hash; null for seal 1. */
  readonly prev: string | null;
  /** ISO time of sealing; null in a head (a seal that would be made now, not recorded). */
  readonly sealedAt: string | null;
}

export interface StoredSeal extends SealRecord {
  readonly hash: string;
}

export function sealHash(record: SealRecord): string {
  const { number, fromPosition, toPosition, events, unchained, rangeHash, prev, sealedAt } = record;
  return sha256(`${CHAIN_VERSION}/seal\n${canonicalJson({ number, fromPosition, toPosition, events, unchained, rangeHash, prev, sealedAt })}`);
}

/**
 * The hash over a range: SHA-256 of one line `<position> <event hash>\n` per event, in position order (for an event
 * from before the chain, the digest of its content instead of its hash). Fed one event at a time.
 */
export class RangeHasher {
  private readonly hash: Hash = createHash('sha256');
  /** Lines not yet fed to the hash: one native call per ~64 KB rather than per event. */
  private pending = '';
  events = 0;
  unchained = 0;
  lastPosition: bigint | undefined;

  add(position: bigint, eventHashOrDigest: string, chained: boolean): void {
    this.pending += `${position} ${eventHashOrDigest}\n`;
    if (this.pending.length > 65_536) this.flush();
    this.events++;
    if (!chained) this.unchained++;
    this.lastPosition = position;
  }

  /** Lines as `add` writes them, for `events` chained events ending at `lastPosition` (a writer's own record of them). */
  addLines(lines: string, events: number, lastPosition: bigint): void {
    this.pending += lines;
    this.events += events;
    this.lastPosition = lastPosition;
    if (this.pending.length > 65_536) this.flush();
  }

  /** The hash of the range so far (the hasher can go on after it). */
  get rangeHash(): string {
    this.flush();
    return this.hash.copy().digest('hex');
  }

  private flush(): void {
    if (this.pending === '') return;
    this.hash.update(this.pending);
    this.pending = '';
  }

  /** The seal this range makes after `previous`, ending at `toPosition` (the last event's, or where the range was asked to end). */
  seal(previous: StoredSeal | undefined, toPosition: bigint, sealedAt: Date | null): StoredSeal {
    const record: SealRecord = {
      number: (previous?.number ?? 0) + 1,
      fromPosition: previous?.toPosition ?? null,
      toPosition: String(toPosition),
      events: this.events,
      unchained: this.unchained,
      rangeHash: this.rangeHash,
      prev: previous?.hash ?? null,
      sealedAt: sealedAt === null ? null : sealedAt.toISOString(),
    };
    return { ...record, hash: sealHash(record) };
  }
}
