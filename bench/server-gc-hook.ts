/**
 * Preloaded (`node --expose-gc -r dist/bench/server-gc-hook.js dist/src/main.js`) into the server that
 * bench/long-history.bench.ts starts for its memory figure: on the IPC message `gc` it runs two full garbage
 * collections and answers the process's RSS and V8 heap used, so that what is measured is what the server keeps,
 * not garbage it has not collected yet. Nothing else in the server changes; without an IPC channel it does nothing.
 */
type Gc = () => void;

if (typeof process.send === 'function') {
  process.on('message', (message: unknown) => {
    if (message !== 'gc') return;
    const gc = (globalThis as { gc?: Gc }).gc;
    gc?.();
    gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    process.send?.({ rss, heapUsed, collected: gc !== undefined });
  });
  // The channel must not keep the server alive after its own shutdown.
  process.channel?.unref();
}
