import { execFile } from 'node:child_process';
import { resolve, sep } from 'node:path';

export interface GetRequest {
  readonly path: string;
  readonly accept: string;
}

export interface GetLoadSettings {
  readonly port: number;
  readonly token: string;
  readonly requests: readonly GetRequest[];
  /** Client c starts at request c × stride, so clients do not ask the same thing at the same moment. */
  readonly stride: number;
  readonly clients: number;
  readonly requestsPerClient: number;
  readonly warmUpPerClient: number;
}

/**
 * Runs GET clients in a second process on loopback (bench/load/get-load-client.js) and returns each request's
 * path and latency (ms) and the measured seconds.
 */
export function runGetLoad(settings: GetLoadSettings): Promise<{ latencies: [string, number][]; seconds: number }> {
  // From the sources: bench/load/…; from dist/bench/…: the same file in the source tree (tsc does not copy .js).
  const script = resolve(__dirname, __dirname.split(sep).includes('dist') ? '../../bench/load' : './load', 'get-load-client.js');
  return new Promise((resolvePromise, reject) => {
    execFile(process.execPath, [script, JSON.stringify(settings)], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`load client failed: ${stderr || error.message}`));
      else resolvePromise(JSON.parse(stdout));
    });
  });
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
