import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { LedgerRun } from '../../cli/support/run-ledger';

const LEDGER = join(__dirname, '..', '..', 'cli', 'fixtures', 'ledger.js');

/**
 * Runs `ledger <args>` with exactly the settings given on top of PATH/HOME (runLedger drops EVENT_STORE_URL; the
 * EventStoreDB side of a move needs it).
 */
export function runLedgerWithEnv(args: readonly string[], settings: Record<string, string>, timeoutMs = 120_000): Promise<LedgerRun> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...settings };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LEDGER, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`ledger ${args.join(' ')} did not finish within ${timeoutMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
