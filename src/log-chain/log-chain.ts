import { ChainedBody, ChainedContent } from './event-hash';
import { StoredSeal } from './seal';

/** One stored event as the chain sees it: what its hash covers, as stored, and the hash stored with it. */
export interface ChainEntry {
  /** Where the event is in the global log (also in `content.position` when the store's hashes cover it). */
  readonly position: bigint;
  readonly content: ChainedContent;
  readonly body: ChainedBody;
  /** Null for an event written before the chain existed. */
  readonly hash: string | null;
}

/** What both adapters offer the chain's readers (verification, heads) and sealers. */
export interface LogChain {
  readonly storeKind: 'sqlite' | 'esdb';
  /** Every event (system events and seals excluded) after `after`, in position order, as stored. */
  entries(after?: bigint): AsyncIterable<ChainEntry>;
  /** Every recorded seal, in order. */
  seals(): AsyncIterable<StoredSeal>;
  lastSeal(): Promise<StoredSeal | undefined>;
  /** Seals everything appended since the last seal; undefined when there was nothing to seal. */
  sealNow(): Promise<StoredSeal | undefined>;
}

/** Implemented by the adapters (and by decorators that wrap one, through `adapter`). */
export interface HasLogChain {
  logChain(): LogChain;
}

export function logChainOf(store: object): LogChain {
  let current: unknown = store;
  // MeasuredEventStore and any other decorator expose the store they wrap as `adapter`.
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    if (typeof (current as Partial<HasLogChain>).logChain === 'function') return (current as HasLogChain).logChain();
    current = (current as { adapter?: unknown }).adapter;
  }
  throw new Error('this event store keeps no hash chain');
}
