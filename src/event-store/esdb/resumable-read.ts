import { isUnreachable } from './esdb-errors';

/** How many times in a row a read that fails for want of the store is made before the failure is answered. */
export const READ_ATTEMPTS = 4;
/** The wait before the second attempt; it doubles before each next one (100, 200, 400 ms: under a second in all). */
const FIRST_WAIT_MS = 100;

/**
 * The items of a read, made again when the store cannot be reached for it (a leader election, a dropped connection):
 * reads change nothing, so making one again is always safe. `open(last)` starts the read after `last`, the last item
 * already delivered (undefined: from the start), so nothing is delivered twice and nothing is skipped. A read that
 * keeps failing without delivering anything fails after READ_ATTEMPTS attempts with the store's error; one that
 * delivers between failures goes on. `mayRetry` false (the store is closing, and cancelled the call itself): no retry.
 */
export async function* resumableRead<T>(open: (last: T | undefined) => AsyncIterable<T>, mayRetry: () => boolean): AsyncGenerator<T> {
  let last: T | undefined;
  let failures = 0;
  for (;;) {
    try {
      for await (const item of open(last)) {
        last = item;
        failures = 0;
        yield item;
      }
      return;
    } catch (error) {
      failures++;
      if (failures >= READ_ATTEMPTS || !mayRetry() || !isUnreachable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, FIRST_WAIT_MS * 2 ** (failures - 1)));
    }
  }
}
