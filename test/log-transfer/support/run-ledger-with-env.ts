import { LedgerRun, runLedgerIn } from '../../cli/support/run-ledger';

/**
 * Runs `ledger <args>` with exactly the settings given on top of PATH/HOME (runLedger drops EVENT_STORE_URL; the
 * EventStoreDB side of a move needs it).
 */
export function runLedgerWithEnv(args: readonly string[], settings: Record<string, string>, timeoutMs = 120_000): Promise<LedgerRun> {
  return runLedgerIn({ PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...settings }, args, timeoutMs);
}
