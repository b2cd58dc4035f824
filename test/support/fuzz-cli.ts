import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { emptyStats, Fuzzer, FuzzStats, FuzzTarget } from '../api/fuzz-runner';
import { startTestApp } from './test-app';

/*
 * `npm run fuzz`: the generated-request fuzz of test/api/malformed-bodies.e2e.spec.ts at scale — every command route
 * of the OpenAPI document `--runs` times (default 5,000), every read route a twentieth of that, against a test app on a
 * temp SQLite store. Bounded in time: `--deadline <seconds>` (default 900) is shared out among the routes still to
 * run, so a slow machine sends fewer requests rather than running on. The routes are split among `--workers`
 * processes (default: the cores), each with its own app and store. Prints
 *   fuzz_bodies <n>  fuzz_queries <n>  fuzz_5xx <n>  fuzz_events_written_by_rejected <n>  fuzz_4xx_not_problem_json <n>
 *   fuzz_wrong_refusals <n>  fuzz_min_bodies_per_route <n>  fuzz_seconds <s>
 * and exits 1 when any of the failure counts is not 0 or a route got fewer than --runs bodies. --seed replays a run.
 */

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5000' },
    deadline: { type: 'string', default: '900' },
    workers: { type: 'string', default: String(availableParallelism()) },
    seed: { type: 'string', default: '20261204' },
    worker: { type: 'string' },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);

async function runWorker(index: number, count: number, deadline: number): Promise<FuzzStats> {
  const t = await startTestApp();
  try {
    const { fuzzer, targets } = await Fuzzer.start(t);
    const mine = targets.filter((_target, i) => i % count === index);
    const wanted = (target: FuzzTarget) => (target.name.startsWith('GET ') ? Math.ceil(runs / 20) : runs);
    const done = new Map<FuzzTarget, number>();
    // Each route gets an even share of the time left; a second and third pass give routes that were slower than their
    // share the time the faster ones left over.
    for (let pass = 0; pass < 3 && Date.now() < deadline; pass++) {
      const short = mine.filter((target) => (done.get(target) ?? 0) < wanted(target));
      for (const [i, target] of short.entries()) {
        const share = (deadline - Date.now()) / (short.length - i);
        const from = done.get(target) ?? 0;
        const sent = await fuzzer.run(target, wanted(target) - from, seed + targets.indexOf(target) * 1_000_003, Date.now() + share, from);
        done.set(target, from + sent);
      }
    }
    return fuzzer.stats;
  } finally {
    await t.close();
  }
}

function merge(all: FuzzStats[]): FuzzStats {
  const total = emptyStats();
  for (const s of all) {
    total.bodies += s.bodies;
    total.queries += s.queries;
    total.fiveXx += s.fiveXx;
    total.eventsWrittenByRejected += s.eventsWrittenByRejected;
    total.notProblemJson += s.notProblemJson;
    total.wrongRefusal += s.wrongRefusal;
    for (const [status, n] of Object.entries(s.byStatus)) total.byStatus[Number(status)] = (total.byStatus[Number(status)] ?? 0) + n;
    Object.assign(total.perTarget, s.perTarget);
    total.failures.push(...s.failures);
  }
  return total;
}

function inWorker(spec: string, index: number, count: number, deadline: number): Promise<FuzzStats> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--worker', `${index}/${count}/${deadline}`, '--runs', String(runs), '--seed', String(seed)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.on('message', (stats) => resolve(stats as FuzzStats));
    child.on('exit', (code) => (code === 0 ? undefined : reject(new Error(`fuzz worker ${spec} exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  if (values.worker) {
    const [index, count, deadline] = values.worker.split('/').map(Number);
    const stats = await runWorker(index, count, deadline);
    await new Promise<void>((resolve) => process.send!(stats, () => resolve()));
    process.exit(0);
  }
  const started = Date.now();
  const deadline = started + Number(values.deadline) * 1000;
  const count = Math.max(1, Number(values.workers));
  const stats = merge(await Promise.all(Array.from({ length: count }, (_, i) => inWorker(`${i + 1}/${count}`, i, count, deadline))));
  const commands = Object.entries(stats.perTarget).filter(([name]) => name.startsWith('POST ')).sort(([, a], [, b]) => a - b);
  const commandCounts = commands.map(([, n]) => n);
  const minimum = commandCounts.length > 0 ? commandCounts[0] : 0;
  if (minimum < runs) console.error(`routes short of ${runs} bodies: ${commands.filter(([, n]) => n < runs).map(([name, n]) => `${name} ${n}`).join('; ')}`);
  for (const failure of stats.failures.slice(0, 20)) console.error(JSON.stringify(failure));
  console.log(`fuzz_routes ${commandCounts.length}`);
  console.log(`fuzz_bodies ${stats.bodies}`);
  console.log(`fuzz_min_bodies_per_route ${minimum}`);
  console.log(`fuzz_queries ${stats.queries}`);
  console.log(`fuzz_5xx ${stats.fiveXx}`);
  console.log(`fuzz_events_written_by_rejected ${stats.eventsWrittenByRejected}`);
  console.log(`fuzz_4xx_not_problem_json ${stats.notProblemJson}`);
  console.log(`fuzz_wrong_refusals ${stats.wrongRefusal}`);
  console.log(`fuzz_statuses ${Object.entries(stats.byStatus).map(([status, n]) => `${status}:${n}`).join(' ')}`);
  console.log(`fuzz_seconds ${((Date.now() - started) / 1000).toFixed(1)}`);
  const failed = stats.fiveXx + stats.eventsWrittenByRejected + stats.notProblemJson + stats.wrongRefusal + stats.failures.length > 0 || minimum < runs;
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
