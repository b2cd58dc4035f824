/** Set by test/support/global-setup.ts. */
export function containerRuntimeAvailable(): boolean {
  return process.env.LEDGER_CONTAINER_RUNTIME === 'available';
}

export function containerRuntimeUnavailableReason(): string {
  return process.env.LEDGER_CONTAINER_RUNTIME_REASON ?? 'no container runtime';
}
