import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export interface LedgerRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const LEDGER = join(__dirname, '..', 'fixtures', 'ledger.js');

/** The environment a shell would give a `ledger` (or server) process: the parent's minus anything pointing elsewhere, on `dataDir`. */
export function ledgerEnv(options: { dataDir?: string; env?: Record<string, string> } = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...options.env };
  delete env.DATA_DIR;
  delete env.EVENT_STORE_URL;
  if (options.dataDir !== undefined) env.DATA_DIR = options.dataDir;
  return env;
}

/**
 * Runs `ledger <args>` as its own process (the TypeScript source through swc), on `dataDir` when given, with
 * only the settings a shell would pass: the parent's env minus anything that would point it elsewhere.
 */
export function runLedger(args: readonly string[], options: { dataDir?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<LedgerRun> {
  return runLedgerIn(ledgerEnv(options), args, options.timeoutMs ?? 60_000);
}

/** Runs `ledger <args>` with exactly this environment, killed after `timeoutMs`. */
export function runLedgerIn(env: NodeJS.ProcessEnv, args: readonly string[], timeoutMs: number): Promise<LedgerRun> {
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

/** A stack trace line (`    at fn (file:1:2)`): user errors must never show one. */
export const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

/** A `ledger` process still running: its output so far, a way to wait for a line of it, and to kill it. */
export interface LedgerProcess {
  readonly child: ChildProcess;
  /** stdout and stderr so far. */
  output(): LedgerRun;
  /** Resolves with the first line of `stream` that `matches` accepts, checked line by line as they arrive; rejects if the process ends first or after `timeoutMs`. */
  waitForLine(stream: 'stdout' | 'stderr', matches: (line: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Sends SIGKILL (unless it has ended already) and resolves once the process has gone, with its output. */
  kill(): Promise<LedgerExit>;
  /** Resolves when the process has ended, however. */
  readonly exited: Promise<LedgerExit>;
}

export interface LedgerExit extends LedgerRun {
  readonly signal: NodeJS.Signals | null;
}

/**
 * Like runLedger, but returns at once with the running process, so a test can watch its progress line by line and
 * kill it part-way. `script` is the fixture to run (default: the `ledger` fixture; e.g. the server fixture instead).
 */
export function startLedger(args: readonly string[], options: { dataDir?: string; env?: Record<string, string>; script?: string } = {}): LedgerProcess {
  const child = spawn(process.execPath, [options.script ?? LEDGER, ...args], { env: ledgerEnv(options), stdio: ['ignore', 'pipe', 'pipe'] });
  const text = { stdout: '', stderr: '' };
  const watchers = { stdout: new Set<(line: string) => void>(), stderr: new Set<(line: string) => void>() };
  for (const stream of ['stdout', 'stderr'] as const) {
    let partial = '';
    child[stream].setEncoding('utf8').on('data', (chunk: string) => {
      text[stream] += chunk;
      const lines = (partial + chunk).split('\n');
      partial = lines.pop()!;
      for (const line of lines) for (const watch of [...watchers[stream]]) watch(line);
    });
  }
  const exited = new Promise<LedgerExit>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, ...text }));
  });
  const describe = () => `\nstdout: ${text.stdout}\nstderr: ${text.stderr}`;
  return {
    child,
    exited,
    output: () => ({ code: child.exitCode, ...text }),
    waitForLine(stream, matches, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        let settled = false;
        const settle = (outcome: () => void) => {
          if (settled) return;
          settled = true;
          watchers[stream].delete(watch);
          clearTimeout(timer);
          outcome();
        };
        const watch = (line: string) => {
          if (matches(line)) settle(() => resolve(line));
        };
        const timer = setTimeout(() => settle(() => reject(new Error(`no such ${stream} line within ${timeoutMs} ms${describe()}`))), timeoutMs);
        watchers[stream].add(watch);
        exited.then(
          (run) => settle(() => reject(new Error(`the process ended (code ${run.code}, signal ${run.signal}) before such a ${stream} line${describe()}`))),
          (error: unknown) => settle(() => reject(error)),
        );
      });
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      return exited;
    },
  };
}
