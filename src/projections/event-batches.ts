const IDLE = Symbol('idle');

/** Resolves on the event loop's next turn, after whatever I/O and timers are due. */
export function nextTurn(): Promise<typeof IDLE> {
  return new Promise((resolve) => setImmediate(resolve, IDLE));
}

/**
 * How long a live batch may wait for more events before it is applied, and a way to apply it at once (a reader is
 * waiting for it). Without one, a batch is applied as soon as the source has nothing ready.
 */
export interface BatchLinger {
  readonly ms: number;
  /**
   * Calls `apply` when the batch now being gathered should be applied without waiting out `ms` — at once if a reader
   * is already waiting; returns the unsubscribe.
   */
  onCut(apply: () => void): () => void;
}

/**
 * Groups an async iterable into batches of at most `maxSize`, yielding early whenever the source has
 * nothing ready (it would have to wait for I/O or new appends). During catch-up a batch fills up, so one
 * transaction covers many events; once live, each event is applied as soon as it arrives — or, with a `linger`,
 * once `linger.ms` have passed since the batch's first event (or a reader cuts it short), so that under a steady
 * stream of commands one transaction covers the events of many of them.
 *
 * "Nothing ready" = the source's next item did not arrive before the event loop's next turn: sources that
 * already hold items (a page read from SQLite, a gRPC message buffer) hand them over within microtasks.
 */
export async function* inBatches<T>(source: AsyncIterable<T>, maxSize: number, linger?: BatchLinger): AsyncGenerator<T[]> {
  const iterator = source[Symbol.asyncIterator]();
  let batch: T[] = [];
  let idle: Promise<typeof IDLE> | undefined;
  let pending = iterator.next();
  try {
    for (;;) {
      let result: IteratorResult<T> | typeof IDLE;
      if (batch.length === 0) {
        result = await pending;
      } else {
        // One timer per batch, not per item: once it fired, the next item that is not ready flushes the batch.
        idle ??= linger ? lingerFor(linger) : nextTurn();
        result = await Promise.race([pending, idle]);
      }
      if (result === IDLE) {
        yield batch;
        batch = [];
        idle = undefined;
        continue;
      }
      if (result.done) {
        if (batch.length > 0) yield batch;
        return;
      }
      batch.push(result.value);
      pending = iterator.next();
      // The pending read may reject while a batch is being applied; it is awaited (and rethrown) just after.
      pending.catch(() => undefined);
      if (batch.length >= maxSize) {
        yield batch;
        batch = [];
        idle = undefined;
      }
    }
  } finally {
    await iterator.return?.();
  }
}

/** At least the next turn (what is ready is taken first), then `linger.ms` or until cut, whichever is first. */
async function lingerFor(linger: BatchLinger): Promise<typeof IDLE> {
  await nextTurn();
  let timer: NodeJS.Timeout | undefined;
  let unsubscribe: (() => void) | undefined;
  await new Promise<void>((resolve) => {
    timer = setTimeout(resolve, linger.ms);
    unsubscribe = linger.onCut(resolve);
  });
  clearTimeout(timer);
  unsubscribe?.();
  return IDLE;
}

/**
 * Groups an async iterable into batches of exactly `size` (the last one shorter), never flushing early: for a
 * rebuild, which reads a log bounded at its start and wants as few transactions as possible.
 */
export async function* inFullBatches<T>(source: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of source) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
