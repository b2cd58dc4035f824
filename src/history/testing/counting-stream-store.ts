import { AppendResult, EventStore, ReadAllOptions, ReadStreamOptions, RecordedEvent, Subscription } from '../../event-store';

/**
 * One stream held in memory, read through the EventStore port exactly as the adapters page it, counting every event
 * handed out: tests of timeline pages assert what a page reads, not only what it answers.
 */
export class CountingStreamStore extends EventStore {
  eventsRead = 0;

  constructor(private readonly events: readonly RecordedEvent[]) {
    super();
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const mine = this.events.filter((e) => e.streamId === streamId);
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? BigInt(mine.length) : 0n);
    const ordered = backwards ? mine.filter((e) => e.revision <= from).reverse() : mine.filter((e) => e.revision >= from);
    let left = options.maxCount ?? Infinity;
    for (const event of ordered) {
      if (left-- <= 0) return;
      this.eventsRead++;
      yield event;
    }
  }

  append(): Promise<AppendResult> {
    throw new Error('read-only');
  }
  readAll(_options?: ReadAllOptions): AsyncIterable<RecordedEvent> {
    throw new Error('not used');
  }
  subscribe(): Subscription {
    throw new Error('not used');
  }
  headPosition(): Promise<bigint | undefined> {
    return Promise.resolve(this.events.at(-1)?.position);
  }
  deleteStream(): Promise<void> {
    throw new Error('read-only');
  }
  ping(): Promise<void> {
    return Promise.resolve();
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}
