import { unchainedDigest } from './event-hash';
import { ChainEntry, LogChain, logChainOf } from './log-chain';
import { RangeHasher, StoredSeal } from './seal';

/**
 * The chain head an auditor keeps: the hash of a seal that would be made now, over everything after the last
 * recorded seal up to the log's last event, chained to that seal (and through it to every seal before). Kept
 * outside the system (printed by `ledger log-head`, in /metrics, in every backup), it proves later that the log up
 * to `position` is still the log it was: `ledger verify --log --head <file>`.
 */
export interface LogHead {
  readonly format: 'ledger-log-head/1';
  readonly store: 'sqlite' | 'esdb';
  /** Decimal string: the last event's global position ("0" for an empty log). */
  readonly position: string;
  readonly hash: string;
  /** The last recorded seal: its number and the position it seals up to (null when none). */
  readonly lastSeal: { readonly number: number; readonly toPosition: string; readonly hash: string } | null;
  /** When the head was read (ISO). */
  readonly readAt: string;
}

/** The current head of `store`'s log (any EventStore whose adapter keeps a chain). For backups: include it in the archive. */
export async function readLogHead(store: object): Promise<LogHead> {
  const chain = logChainOf(store);
  const last = await chain.lastSeal();
  const hasher = new RangeHasher();
  for await (const entry of chain.entries(last ? BigInt(last.toPosition) : undefined)) addToRange(hasher, entry);
  const position = hasher.lastPosition ?? (last ? BigInt(last.toPosition) : 0n);
  return {
    format: 'ledger-log-head/1',
    store: chain.storeKind,
    position: String(position),
    hash: hasher.seal(last, position, null).hash,
    lastSeal: last ? { number: last.number, toPosition: last.toPosition, hash: last.hash } : null,
    readAt: new Date().toISOString(),
  };
}

/** Adds an event to a seal's range: its stored hash, or for an event from before the chain, the digest of its content. */
export function addToRange(hasher: RangeHasher, entry: ChainEntry): void {
  hasher.add(entry.position, entry.hash ?? unchainedDigest(entry.content, entry.body), entry.hash !== null);
}

/** A head's hash as written: 64 lowercase hex digits (what `ledger verify --log --head` and POST /log-verifications take). */
export const LOG_HEAD_HASH = /^[0-9a-f]{64}$/;

/** A head as read from a file an auditor kept (the JSON `ledger log-head` prints). */
export function parseLogHead(text: string): Pick<LogHead, 'position' | 'hash'> {
  const parsed = JSON.parse(text) as Partial<LogHead>;
  if (typeof parsed?.position !== 'string' || !/^\d+$/.test(parsed.position) || typeof parsed.hash !== 'string' || !LOG_HEAD_HASH.test(parsed.hash))
    throw new Error('not a log head: expected JSON with "position" (decimal string) and "hash" (64 hex digits), as `ledger log-head` prints');
  return { position: parsed.position, hash: parsed.hash };
}

export type { StoredSeal };
