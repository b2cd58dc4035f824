/**
 * SQLite calls are synchronous and a for-await over ready events runs on microtasks only, so a long read
 * would hold the event loop (timers, HTTP, other subscriptions) until it ends. Reads await this between
 * pages to let everything else take a turn.
 */
export function letOthersRun(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
