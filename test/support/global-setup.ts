/**
 * Runs once before all suites: probes for a container runtime so the real-EventStoreDB suite can run
 * where Docker exists and say, by name, that it is skipped where it does not.
 * Workers inherit process.env, so the answer travels as an environment variable.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.LEDGER_CONTAINER_RUNTIME !== undefined) return;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await Promise.race([
      getContainerRuntimeClient(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('container runtime probe timed out after 10 s')), 10_000).unref()),
    ]);
    process.env.LEDGER_CONTAINER_RUNTIME = 'available';
  } catch (error) {
    process.env.LEDGER_CONTAINER_RUNTIME = 'unavailable';
    process.env.LEDGER_CONTAINER_RUNTIME_REASON = (error as Error).message.split('\n')[0];
  }
}
