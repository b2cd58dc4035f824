import { execFile } from 'node:child_process';
import { resolve, sep } from 'node:path';

/** What bench/load/command-load-client.js is told: see its header. */
export interface CommandLoadSettings {
  readonly port: number;
  readonly token: string;
  /** Paths of `/…/partnerships/{id}/assignments/{assignmentId}/sessions` to POST sessions to. */
  readonly targets: readonly string[];
  readonly clients: number;
  readonly seconds: number;
  readonly warmUpSeconds: number;
  /** Makes this run's session ids its own. */
  readonly tag: string;
  readonly firstDay: string;
  readonly days: number;
}

export interface CommandLoadRun {
  /** Milliseconds per request of the measured phase. */
  readonly latencies: number[];
  readonly seconds: number;
  readonly statuses: Record<string, number>;
  readonly warmUpStatuses: Record<string, number>;
}

/** Runs the POST clients in a second process on loopback, so their HTTP work does not share the server's event loop. */
export function runCommandLoad(settings: CommandLoadSettings): Promise<CommandLoadRun> {
  // From the sources: bench/load/…; from dist/bench/…: the same file in the source tree (tsc does not copy .js).
  const script = resolve(__dirname, __dirname.split(sep).includes('dist') ? '../../bench/load' : './load', 'command-load-client.js');
  return new Promise((resolvePromise, reject) => {
    execFile(process.execPath, [script, JSON.stringify(settings)], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`load client failed: ${stderr || error.message}`));
      else resolvePromise(JSON.parse(stdout) as CommandLoadRun);
    });
  });
}
