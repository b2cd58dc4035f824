import { LruMap } from '../caching/lru-map';
import { FoldedStream } from '../command-handling/stream-fold';

/** A stream's fold kept in memory, and which decider folded it (the same stream is never folded two ways, but be sure). */
export interface CachedFold extends FoldedStream<unknown> {
  readonly decider: object;
  /** Revision of the newest durable snapshot known for the stream (-1n: none): decides when the next one is due. */
  readonly snapshotRevision: bigint;
}

/**
 * The folded state of the most recently used streams, at most `capacity` of them (least recently used out first).
 * Holds no truth of its own: a load always reads the stream's tail after the cached revision, so several processes
 * writing one store stay correct. States are immutable values, so the cached object is shared, never copied.
 */
export class FoldCache {
  private readonly entries: LruMap<string, CachedFold>;

  constructor(readonly capacity: number) {
    this.entries = new LruMap(capacity);
  }

  get size(): number {
    return this.entries.size;
  }

  get(streamId: string, decider: object): CachedFold | undefined {
    const entry = this.entries.peek(streamId);
    if (entry === undefined || entry.decider !== decider) return undefined;
    return this.entries.get(streamId);
  }

  /** Keeps `entry` unless the cache already holds a later fold of the stream (two loads raced). */
  put(streamId: string, entry: CachedFold): void {
    const current = this.entries.peek(streamId);
    if (current !== undefined && current.decider === entry.decider && current.revision > entry.revision) return;
    this.entries.set(streamId, entry);
  }

  has(streamId: string): boolean {
    return this.entries.has(streamId);
  }

  delete(streamId: string): void {
    this.entries.delete(streamId);
  }
}
