import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface LedgerRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const LEDGER = join(__dirname, '..', 'fixtures', 'ledger.js');

/**
 * Runs `ledger <args>` as its own process (the TypeScript source through swc), on `dataDir` when given, with
 * only the settings a shell would pass: the parent's env minus anything that would point it elsewhere.
 */
export function runLedger(args: readonly string[], options: { dataDir?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<LedgerRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...options.env };
  delete env.DATA_DIR;
  delete env.EVENT_STORE_URL;
  if (options.dataDir !== undefined) env.DATA_DIR = options.dataDir;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LEDGER, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`ledger ${args.join(' ')} did not finish within ${options.timeoutMs ?? 60_000} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A stack trace line (`    at fn (file:1:2)`): user errors must never show one. */
export const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;
