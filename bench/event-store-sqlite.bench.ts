/**
 * The embedded adapter beside raw better-sqlite3 in the same run: same file settings (WAL, the same
 * synchronous level), same schema, same rows in the same transactions. A ratio is adapter throughput
 * divided by raw throughput. The 1M-event read runs in child processes so each peak RSS is the read's own.
 * The adapter's appends are also timed with its hash chain switched off (an internal switch, src/log-chain/chain-switch.ts)
 * in the same run: `…_chain_ratio` is throughput with the chain ÷ without it.
 */
import Database from 'better-sqlite3';
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewEvent } from '../src/event-store';
import { openEventLog, SqliteSynchronous } from '../src/event-store/sqlite/event-log-schema';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store';
import { sessionLogged } from './bench-events';
import { median } from './median';
import { chainSwitch } from '../src/log-chain/chain-switch';

type Report = (name: string, value: number) => void;

const BATCH_SIZE = 100;
const BATCHES_PER_ROUND = 50;
const ROUNDS = 12;
const SINGLE_APPENDS = 6_000;
const APPENDS_PER_STREAM = 10;
/** Concurrent single appends: writers in one process, like concurrent HTTP commands, each with its own streams. */
const CONCURRENT_WRITERS = 32;
const STREAMS_PER_WRITER = 25;
const CONCURRENT_ROUNDS = 3;
/**
 * Twelve: one pass's chain ratio moves between about 0.85 and 0.98 on the development machine from pass to pass (its
 * rounds last about a second each, and the host's load changes faster than that); the mean of four passes still
 * moved ±0.04 from run to run, the mean of twelve about ±0.015.
 */
const CONCURRENT_PASSES = 12;
const READ_ALL_EVENTS = 1_000_000;
const FILL_BATCH = 1_000;

/** What a hand-written insert of the same events does: one statement, JSON.stringify data and metadata. */
class RawEventLog {
  readonly db: Database.Database;
  private readonly insert: Database.Statement;
  readonly appendBatch: (streamId: string, events: readonly NewEvent[], firstRevision: number) => void;
  /** One transaction holding one-event appends to any streams: the raw side of a group commit. */
  readonly appendGroup: (appends: readonly SingleAppend[]) => void;

  constructor(path: string, synchronous: SqliteSynchronous) {
    this.db = openEventLog(path, synchronous);
    this.insert = this.db.prepare(
      'INSERT INTO events (stream_id, revision, event_id, type, schema_version, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.appendBatch = this.db.transaction((streamId: string, events: readonly NewEvent[], firstRevision: number) => {
      const now = Date.now();
      events.forEach((e, i) => this.insert.run(streamId, firstRevision + i, e.id, e.type, e.schemaVersion, JSON.stringify(e.data), JSON.stringify(e.metadata), now));
    }).immediate;
    this.appendGroup = this.db.transaction((appends: readonly SingleAppend[]) => {
      const now = Date.now();
      for (const { streamId, event: e, revision } of appends)
        this.insert.run(streamId, revision, e.id, e.type, e.schemaVersion, JSON.stringify(e.data), JSON.stringify(e.metadata), now);
    }).immediate;
  }
}

interface SingleAppend {
  readonly streamId: string;
  readonly event: NewEvent;
  readonly revision: number;
}

function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

function progress(message: string): void {
  process.stderr.write(`[sqlite bench] ${message}\n`);
}

async function appendBatches(dir: string, report: Report): Promise<void> {
  // Two files, one per mode: a file written with the chain off holds rows without hashes, which a seal would then
  // have to digest from their content (the path for logs from before the chain), at the chained side's expense.
  const stores = {
    chained: SqliteEventStore.open({ path: join(dir, 'batch-adapter.sqlite') }),
    unchained: SqliteEventStore.open({ path: join(dir, 'batch-adapter-unchained.sqlite') }),
  };
  const raw = new RawEventLog(join(dir, 'batch-raw.sqlite'), 'FULL');
  const adapter = { chained: { seconds: 0, cpuMicros: 0, events: 0 }, unchained: { seconds: 0, cpuMicros: 0, events: 0 } };
  let rawSeconds = 0;
  let rawEvents = 0;
  // A warm-up round (not counted), then rounds that alternate which side goes first, so JIT warm-up and
  // drift in disk or CPU speed hit both sides alike. Within the adapter's turn, appends alternate between the chain
  // on and off (the internal switch) append by append: the two figures share every disturbance.
  for (let round = -1; round < ROUNDS; round++) {
    const batches = Array.from({ length: BATCHES_PER_ROUND }, (_, b) => Array.from({ length: BATCH_SIZE }, (_, i) => sessionLogged(b * BATCH_SIZE + i)));
    const timeRaw = () => {
      const started = process.hrtime.bigint();
      batches.forEach((events, b) => raw.appendBatch(`partnership-${round}-${b}`, events, 0));
      return seconds(started);
    };
    const timeAdapter = async () => {
      const times = { chained: { seconds: 0, cpuMicros: 0, events: 0 }, unchained: { seconds: 0, cpuMicros: 0, events: 0 } };
      for (let b = 0; b < batches.length; b++) {
        const chained = (b + round) % 2 === 0;
        chainSwitch.enabled = chained;
        const cpu = process.cpuUsage();
        const started = process.hrtime.bigint();
        await stores[chained ? 'chained' : 'unchained'].append(`partnership-${round}-${b}`, batches[b], 'no_stream');
        const side = times[chained ? 'chained' : 'unchained'];
        side.seconds += seconds(started);
        const used = process.cpuUsage(cpu);
        side.cpuMicros += used.user + used.system;
        side.events += batches[b].length;
      }
      chainSwitch.enabled = true;
      return times;
    };
    let rawTime: number;
    let adapterTimes: Awaited<ReturnType<typeof timeAdapter>>;
    if (round % 2 === 0) {
      rawTime = timeRaw();
      adapterTimes = await timeAdapter();
    } else {
      adapterTimes = await timeAdapter();
      rawTime = timeRaw();
    }
    if (round < 0) continue;
    rawSeconds += rawTime;
    rawEvents += BATCHES_PER_ROUND * BATCH_SIZE;
    for (const mode of ['chained', 'unchained'] as const) {
      adapter[mode].seconds += adapterTimes[mode].seconds;
      adapter[mode].cpuMicros += adapterTimes[mode].cpuMicros;
      adapter[mode].events += adapterTimes[mode].events;
    }
  }
  const perSecond = (side: { seconds: number; events: number }) => side.events / side.seconds;
  report('append_batch_per_s', Math.round(perSecond(adapter.chained)));
  report('append_batch_raw_per_s', Math.round(rawEvents / rawSeconds));
  report('append_batch_ratio', round2(perSecond(adapter.chained) / (rawEvents / rawSeconds)));
  report('append_batch_unchained_per_s', Math.round(perSecond(adapter.unchained)));
  report('append_batch_chain_ratio', round2(perSecond(adapter.chained) / perSecond(adapter.unchained)));
  report('append_batch_cpu_us_per_event', round2(adapter.chained.cpuMicros / adapter.chained.events));
  report('append_batch_unchained_cpu_us_per_event', round2(adapter.unchained.cpuMicros / adapter.unchained.events));
  await stores.chained.close();
  await stores.unchained.close();
  raw.db.close();
}

/**
 * One event per append at the revision decided on, ten appends per stream, one append at a time: each
 * append is its own transaction, so with FULL the fsync rate bounds it.
 */
async function appendSinglesSequential(dir: string, synchronous: SqliteSynchronous): Promise<{ adapter: number; raw: number; unchained: number }> {
  const raw = new RawEventLog(join(dir, `single-raw-${synchronous}.sqlite`), synchronous);
  const events = Array.from({ length: SINGLE_APPENDS }, (_, i) => sessionLogged(i));
  let started = process.hrtime.bigint();
  events.forEach((event, i) => raw.appendBatch(`partnership-${Math.floor(i / APPENDS_PER_STREAM)}`, [event], i % APPENDS_PER_STREAM));
  const rawPerSecond = SINGLE_APPENDS / seconds(started);
  // Appends alternate between the chain on and off (the internal switch, a file each) one by one, so the disk's
  // fsync rate, which sets this figure, is shared by both.
  const stores = {
    chained: SqliteEventStore.open({ path: join(dir, `single-adapter-${synchronous}.sqlite`), synchronous }),
    unchained: SqliteEventStore.open({ path: join(dir, `single-adapter-${synchronous}-unchained.sqlite`), synchronous }),
  };
  const time = { chained: 0, unchained: 0 };
  for (let i = 0; i < SINGLE_APPENDS; i++) {
    const chained = i % 2 === 0;
    chainSwitch.enabled = chained;
    const started = process.hrtime.bigint();
    // Each file gets every other append: stream k's revisions go to one file, in order.
    const stream = Math.floor(i / (2 * APPENDS_PER_STREAM));
    const streamRevision = BigInt(Math.floor(i / 2) % APPENDS_PER_STREAM);
    await stores[chained ? 'chained' : 'unchained'].append(`partnership-${stream}`, [events[i]], streamRevision === 0n ? 'no_stream' : streamRevision - 1n);
    time[chained ? 'chained' : 'unchained'] += seconds(started);
  }
  chainSwitch.enabled = true;
  await stores.chained.close();
  await stores.unchained.close();
  const adapterPerSecond = SINGLE_APPENDS / 2 / time.chained;
  const unchainedPerSecond = SINGLE_APPENDS / 2 / time.unchained;
  raw.db.close();
  return { adapter: Math.round(adapterPerSecond), raw: Math.round(rawPerSecond), unchained: Math.round(unchainedPerSecond) };
}

interface ConcurrentFigures {
  readonly adapter: number;
  readonly raw: number;
  readonly meanGroup: number;
  readonly p99Ms: number;
  /** CPU time of the process (user + system) per append while the adapter's appends ran. */
  readonly cpuMicrosPerAppend: number;
}

/**
 * The same appends as real commands arrive: CONCURRENT_WRITERS async writers at once, each appending one
 * event at a time at the exact revision it wrote last, ten appends per stream. The adapter group-commits
 * them; the raw side then inserts the same rows in the same transactions (the groups the adapter formed,
 * in its arrival order), so the ratio is the adapter's own cost beside SQLite's.
 * Each pass has a file per mode (chain on, chain off: a file written with the chain off holds rows without hashes,
 * which a seal would then digest from their content) and runs its rounds on both in turn, which one first changing
 * round by round, so the two modes' figures share the disk's and the host's drift within seconds of each other.
 */
async function appendSinglesConcurrent(dir: string, synchronous: SqliteSynchronous, pass: number): Promise<Record<'chained' | 'unchained', ConcurrentFigures>> {
  const sides = {
    chained: new ConcurrentSide(dir, `concurrent-adapter-${synchronous}-${pass}`, synchronous),
    unchained: new ConcurrentSide(dir, `concurrent-adapter-${synchronous}-unchained-${pass}`, synchronous),
  };
  // A warm-up round on each (not counted), then measured rounds; each round writes fresh streams.
  for (let round = -1; round < CONCURRENT_ROUNDS; round++) {
    const order = (round + pass) % 2 === 0 ? (['chained', 'unchained'] as const) : (['unchained', 'chained'] as const);
    for (const mode of order) {
      chainSwitch.enabled = mode === 'chained';
      await sides[mode].round(round, round >= 0);
    }
  }
  chainSwitch.enabled = true;
  return { chained: await sides.chained.close(), unchained: await sides.unchained.close() };
}

/** One mode's store, its raw twin, and what its rounds measured. */
class ConcurrentSide {
  private groups: number[] = [];
  private readonly store: SqliteEventStore;
  private readonly raw: RawEventLog;
  private adapterSeconds = 0;
  private rawSeconds = 0;
  private appends = 0;
  private transactions = 0;
  private cpuMicros = 0;
  private readonly latenciesMs: number[] = [];

  constructor(dir: string, name: string, synchronous: SqliteSynchronous) {
    this.store = SqliteEventStore.open({ path: join(dir, `${name}.sqlite`), synchronous, onGroupCommitted: (size) => this.groups.push(size) });
    this.raw = new RawEventLog(join(dir, `${name}-raw.sqlite`), synchronous);
  }

  async round(round: number, counted: boolean): Promise<void> {
    const arrivals: SingleAppend[] = [];
    const latencies: number[] = [];
    this.groups = [];
    const writer = async (w: number) => {
      for (let s = 0; s < STREAMS_PER_WRITER; s++) {
        const streamId = `partnership-${round}-${w}-${s}`;
        for (let revision = 0; revision < APPENDS_PER_STREAM; revision++) {
          const append = { streamId, event: sessionLogged(revision), revision };
          arrivals.push(append); // the order the adapter queues them in
          const started = process.hrtime.bigint();
          await this.store.append(streamId, [append.event], revision === 0 ? 'no_stream' : BigInt(revision - 1));
          latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
        }
      }
    };
    let started = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    await Promise.all(Array.from({ length: CONCURRENT_WRITERS }, (_, w) => writer(w)));
    const adapterTime = seconds(started);
    const cpuUsed = process.cpuUsage(cpu);

    if (this.groups.reduce((sum, size) => sum + size, 0) !== arrivals.length) throw new Error(`groups hold ${this.groups} appends, expected ${arrivals.length}`);
    started = process.hrtime.bigint();
    let next = 0;
    for (const size of this.groups) {
      this.raw.appendGroup(arrivals.slice(next, next + size));
      next += size;
    }
    const rawTime = seconds(started);
    if (!counted) return;
    this.adapterSeconds += adapterTime;
    this.cpuMicros += cpuUsed.user + cpuUsed.system;
    this.rawSeconds += rawTime;
    this.appends += arrivals.length;
    this.transactions += this.groups.length;
    this.latenciesMs.push(...latencies);
  }

  async close(): Promise<ConcurrentFigures> {
    await this.store.close();
    this.raw.db.close();
    const latencies = [...this.latenciesMs].sort((a, b) => a - b);
    return {
      adapter: Math.round(this.appends / this.adapterSeconds),
      raw: Math.round(this.appends / this.rawSeconds),
      meanGroup: round2(this.appends / this.transactions),
      p99Ms: round2(latencies[Math.floor(latencies.length * 0.99)]),
      cpuMicrosPerAppend: round2(this.cpuMicros / this.appends),
    };
  }
}

async function fillLog(path: string): Promise<void> {
  // The fill is not measured; NORMAL only makes it quicker. The rows are the adapter's own.
  const store = SqliteEventStore.open({ path, synchronous: 'NORMAL' });
  for (let written = 0; written < READ_ALL_EVENTS; written += FILL_BATCH) {
    await store.append(`pathway-${written}`, Array.from({ length: FILL_BATCH }, (_, i) => sessionLogged(written + i)), 'no_stream');
    if (written % 200_000 === 0) progress(`filled ${written} events`);
  }
  await store.close();
}

interface ReadFigures {
  readonly events: number;
  readonly seconds: number;
  readonly peakRssMb: number;
}

function readInChild(reader: 'adapter' | 'raw', path: string): Promise<ReadFigures> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['read-all', reader, path], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (figures) => resolve(figures as ReadFigures));
    child.once('exit', (code) => code !== 0 && reject(new Error(`read-all ${reader} child exited with ${code}`)));
  });
}

/** Runs in the child: reads the whole log once and reports how long it took and the process's peak RSS. */
async function readAllOnce(reader: 'adapter' | 'raw', path: string): Promise<ReadFigures> {
  let events = 0;
  const started = process.hrtime.bigint();
  if (reader === 'adapter') {
    const store = SqliteEventStore.open({ path });
    for await (const event of store.readAll()) if (event.data) events++;
    await store.close();
  } else {
    const db = openEventLog(path, 'FULL');
    // Arrays rather than row objects: the quickest plain read better-sqlite3 offers, one open iterator.
    const select = db
      .prepare('SELECT position, stream_id, revision, event_id, type, schema_version, data, metadata, recorded_at FROM events ORDER BY position')
      .raw(true);
    for (const row of select.iterate() as IterableIterator<unknown[]>) {
      const data = JSON.parse(row[6] as string);
      JSON.parse(row[7] as string);
      if (data) events++;
    }
    db.close();
  }
  return { events, seconds: seconds(started), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
}

async function readAll(dir: string, report: Report): Promise<void> {
  const path = join(dir, 'read-all.sqlite');
  const fillStarted = process.hrtime.bigint();
  await fillLog(path);
  progress(`filled ${READ_ALL_EVENTS} events in ${seconds(fillStarted).toFixed(1)} s`);
  // Best of two each, alternating: the first read of a fresh file also pays for warming the page cache.
  let raw: ReadFigures | undefined;
  let adapter: ReadFigures | undefined;
  for (let attempt = 0; attempt < 2; attempt++) {
    const rawRun = await readInChild('raw', path);
    const adapterRun = await readInChild('adapter', path);
    progress(`read all: raw ${rawRun.seconds.toFixed(2)} s, adapter ${adapterRun.seconds.toFixed(2)} s, adapter peak RSS ${adapterRun.peakRssMb} MB`);
    if (rawRun.events !== READ_ALL_EVENTS || adapterRun.events !== READ_ALL_EVENTS) throw new Error(`read ${rawRun.events} / ${adapterRun.events} events, expected ${READ_ALL_EVENTS}`);
    if (!raw || rawRun.seconds < raw.seconds) raw = rawRun;
    if (!adapter || adapterRun.seconds < adapter.seconds) adapter = adapterRun;
  }
  report('read_all_per_s', Math.round(READ_ALL_EVENTS / adapter!.seconds));
  report('read_all_raw_per_s', Math.round(READ_ALL_EVENTS / raw!.seconds));
  report('read_all_ratio', round2(raw!.seconds / adapter!.seconds));
  report('read_all_peak_rss_mb', adapter!.peakRssMb);
  report('read_all_raw_peak_rss_mb', raw!.peakRssMb);
}

function meanFigures(runs: ConcurrentFigures[]): ConcurrentFigures {
  const mean = (pick: (figures: ConcurrentFigures) => number) => runs.reduce((sum, figures) => sum + pick(figures), 0) / runs.length;
  return {
    adapter: Math.round(mean((f) => f.adapter)),
    raw: Math.round(mean((f) => f.raw)),
    meanGroup: round2(mean((f) => f.meanGroup)),
    p99Ms: round2(mean((f) => f.p99Ms)),
    cpuMicrosPerAppend: round2(mean((f) => f.cpuMicrosPerAppend)),
  };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export async function run(report: Report): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-'));
  try {
    progress('append batches of 100 (synchronous=FULL)');
    await appendBatches(dir, report);
    progress(`append single events from ${CONCURRENT_WRITERS} concurrent writers (synchronous=FULL)`);
    // CONCURRENT_PASSES passes, each alternating the chain on and off round by round (see appendSinglesConcurrent):
    // each mode's figure is the mean of its passes. (Whole passes per mode, on, off, off, on, …, measured a chain cost
    // anywhere from -30 % to +35 % on this machine from one pair of passes to the next.) Each pass's own ratio is
    // shown, so the spread behind the mean is in sight.
    const passes: Record<'chained' | 'unchained', ConcurrentFigures>[] = [];
    const passRatios: number[] = [];
    for (let pass = 0; pass < CONCURRENT_PASSES; pass++) {
      const figures = await appendSinglesConcurrent(dir, 'FULL', pass);
      passes.push(figures);
      passRatios.push(figures.chained.adapter / figures.unchained.adapter);
      progress(`  pass ${pass + 1}/${CONCURRENT_PASSES}: chain ratio ${passRatios[pass].toFixed(3)}`);
    }
    const concurrent = meanFigures(passes.map((p) => p.chained));
    const unchainedConcurrent = meanFigures(passes.map((p) => p.unchained));
    report('append_single_per_s', concurrent.adapter);
    report('append_single_raw_per_s', concurrent.raw);
    report('append_single_ratio', round2(concurrent.adapter / concurrent.raw));
    report('append_single_group_mean', concurrent.meanGroup);
    report('append_single_p99_ms', concurrent.p99Ms);
    report('append_single_unchained_per_s', unchainedConcurrent.adapter);
    report('append_single_unchained_p99_ms', unchainedConcurrent.p99Ms);
    report('append_single_chain_ratio', round2(concurrent.adapter / unchainedConcurrent.adapter));
    report('append_single_chain_ratio_median', round2(median(passRatios)));
    report('append_single_chain_ratio_low', round2(Math.min(...passRatios)));
    report('append_single_chain_ratio_high', round2(Math.max(...passRatios)));
    report('append_single_cpu_us_per_append', concurrent.cpuMicrosPerAppend);
    report('append_single_unchained_cpu_us_per_append', unchainedConcurrent.cpuMicrosPerAppend);
    progress('append single events one at a time (synchronous=FULL, then NORMAL)');
    const full = await appendSinglesSequential(dir, 'FULL');
    report('append_single_sequential_per_s', full.adapter);
    report('append_single_sequential_raw_per_s', full.raw);
    report('append_single_sequential_ratio', round2(full.adapter / full.raw));
    report('append_single_sequential_unchained_per_s', full.unchained);
    report('append_single_sequential_chain_ratio', round2(full.adapter / full.unchained));
    const normal = await appendSinglesSequential(dir, 'NORMAL');
    report('append_single_normal_per_s', normal.adapter);
    report('append_single_normal_raw_per_s', normal.raw);
    progress(`read all of ${READ_ALL_EVENTS} events`);
    await readAll(dir, report);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const [mode, reader, path] = process.argv.slice(2);
  if (mode === 'read-all') {
    readAllOnce(reader as 'adapter' | 'raw', path).then(
      (figures) => process.send!(figures, () => process.exit(0)),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  } else {
    run((name, value) => console.log(`metric ${name} ${value}`)).catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
  }
}
