/**
 * A check of the log as the console starts it (`POST /log-verifications` runs `verifyLog` in the server's process):
 * how fast it reads and hashes the log, and how long it holds the event loop, which every request waits behind.
 *
 * 200,000 events (the bench's SessionLogged rows, 1,000 per append, so every 1,000 positions are sealed) in an
 * embedded store at synchronous=FULL. Baseline of the same run: the same rows read with raw better-sqlite3 in position
 * order and each `data` + `metadata` hashed with one SHA-256 (what a check cannot do with less).
 * `log_verification_events_per_s` / `log_verification_raw_per_s` → `log_verification_ratio`;
 * `log_verification_loop_delay_p99_ms` / `_max_ms`: the event loop's delay while the check runs (perf_hooks
 * monitorEventLoopDelay, 10 ms resolution), against `log_verification_idle_loop_delay_p99_ms` over the same time idle.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store';
import { logChainOf } from '../src/log-chain/log-chain';
import { verifyLog } from '../src/log-chain/verify-log';
import { sessionLogged } from './bench-events';

const EVENTS = 200_000;
const PER_APPEND = 1_000;

function progress(message: string): void {
  process.stderr.write(`[log verification bench] ${message}\n`);
}

async function fill(path: string): Promise<void> {
  const store = SqliteEventStore.open({ path, synchronous: 'NORMAL' });
  for (let written = 0; written < EVENTS; written += PER_APPEND) {
    await store.append(`partnership-${written / PER_APPEND}`, Array.from({ length: PER_APPEND }, (_, i) => sessionLogged(written + i)), 'no_stream');
  }
  await store.close();
}

function rawReadAndHash(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    const started = process.hrtime.bigint();
    let rows = 0;
    for (const [data, metadata] of db.prepare('SELECT data, metadata FROM events ORDER BY position').raw(true).iterate() as Iterable<[string, string]>) {
      createHash('sha256').update(data).update(metadata).digest('hex');
      rows++;
    }
    if (rows !== EVENTS) throw new Error(`raw read ${rows} rows, expected ${EVENTS}`);
    return rows / (Number(process.hrtime.bigint() - started) / 1e9);
  } finally {
    db.close();
  }
}

/** The event loop's delay over `during` (ms): p99 and max. */
async function loopDelay<T>(during: () => Promise<T>): Promise<{ result: T; p99: number; max: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  try {
    const result = await during();
    return { result, p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6 };
  } finally {
    histogram.disable();
  }
}

export async function run(report: (name: string, value: number) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-log-verification-bench-'));
  try {
    const path = join(dir, 'events.sqlite');
    progress(`filling ${EVENTS} events`);
    await fill(path);
    const store = SqliteEventStore.open({ path });
    try {
      const raw = rawReadAndHash(path);
      progress('checking the log');
      let seconds = 0;
      const checked = await loopDelay(async () => {
        const started = process.hrtime.bigint();
        const verification = await verifyLog(logChainOf(store));
        seconds = Number(process.hrtime.bigint() - started) / 1e9;
        return verification;
      });
      if (checked.result.events !== EVENTS || checked.result.problemCount !== 0) {
        throw new Error(`the check read ${checked.result.events} events with ${checked.result.problemCount} problems`);
      }
      const idle = await loopDelay(() => new Promise((resolve) => setTimeout(resolve, Math.max(1_000, seconds * 1_000))));
      const perSecond = EVENTS / seconds;
      progress(`checked ${EVENTS} events and ${checked.result.seals} seals in ${seconds.toFixed(2)} s`);
      report('log_verification_events_per_s', Math.round(perSecond));
      report('log_verification_raw_per_s', Math.round(raw));
      report('log_verification_ratio', Number((perSecond / raw).toFixed(2)));
      report('log_verification_loop_delay_p99_ms', Number(checked.p99.toFixed(1)));
      report('log_verification_loop_delay_max_ms', Number(checked.max.toFixed(1)));
      report('log_verification_idle_loop_delay_p99_ms', Number(idle.p99.toFixed(1)));
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void run((name, value) => console.log(`metric ${name} ${value}`));
}
