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
  // A Map iterates in insertion order: deleting and re-inserting on use keeps the least recently used first.
  private readonly entries = new Map<string, CachedFold>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(streamId: string, decider: object): CachedFold | undefined {
    const entry = this.entries.get(streamId);
    if (entry === undefined || entry.decider !== decider) return undefined;
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    return entry;
  }

  /** Keeps `entry` unless the cache already holds a later fold of the stream (two loads raced). */
  put(streamId: string, entry: CachedFold): void {
    if (this.capacity === 0) return;
    const current = this.entries.get(streamId);
    if (current !== undefined && current.decider === entry.decider && current.revision > entry.revision) return;
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  has(streamId: string): boolean {
    return this.entries.has(streamId);
  }

  delete(streamId: string): void {
    this.entries.delete(streamId);
  }
}
