/**
 * A map that keeps at most `capacity` entries and, past it, forgets the one least recently set or got (a Map keeps
 * insertion order: an entry touched is moved to the end, the first one is the oldest). For the bounded memories of
 * streams, folds and answers that must not grow with the log.
 */
export class LruMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError(`an LRU map's capacity must be a whole number, not ${capacity}`);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value, now the most recently used. */
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** The value, leaving its place as it is. */
  peek(key: K): V | undefined {
    return this.entries.get(key);
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  /** Sets the value as the most recently used, then forgets the least recently used ones past the capacity. */
  set(key: K, value: V): void {
    this.entries.delete(key);
    if (this.capacity === 0) return;
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
  }

  delete(key: K): boolean {
    return this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
