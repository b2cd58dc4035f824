/**
 * Issue 11: does a command, a state read or a timeline page on a long-lived partnership cost what it costs on a young
 * one? Everything is measured over HTTP on loopback against the real server started as a child process
 * (`node dist/src/main.js`, embedded store at synchronous=FULL, logging at `info` as a server runs by default, its
 * stdout discarded), so the server's heap, JIT and event loop are its own and a restart really empties its memory.
 *
 * Set-up (not measured): a first server on an empty data dir takes the reference data over HTTP (school, approved
 * partner, cleared artist) and one template partnership (propose, enrol, commit, activate, assign). It is stopped;
 * the bench then appends, through `SqliteEventStore` in big batches, copies of the template's five events (ids
 * renamed, fresh command ids) followed by `SessionLogged` events in the shape `LogSession` writes, for:
 *   - `lh-long`: 100,000 events (`LONG_HISTORY_EVENTS`), of which the last 1,000 are appended while the next server
 *     runs, 100 at a time with a read of the partnership after each (as a stream growing through commands, so the
 *     server takes its durable snapshots on the way); `lh-short`: 100 events; `lh-warm`: 100 events (JIT warm-up);
 *   - `lh-hot-0…999`: 1,000 partnerships of 50–200 events each (`LONG_HISTORY_HOT`), for the memory figure.
 * Every later server starts on that data dir and is used once ready (`/health` 200, every projection caught up).
 *
 * Figures (medians unless named otherwise; stderr shows every sample set):
 *   - `command_history_warm_ratio`: `POST …/sessions` (a new session, with an `Idempotency-Key` as the console sends)
 *     on lh-long ÷ on lh-short, the two alternating, after each has had a command (cache warm, same server).
 *   - `command_history_ratio`: the same, cold: the first command on each after a restart of the server (new process,
 *     same data dir: durable snapshots, if any, are there; the in-memory cache is empty). The restarted server is
 *     first warmed up (JIT) with commands on lh-warm only; one cold sample per partnership per restart.
 *   - `timeline_last_page_100k_ms`: `GET /partnerships/lh-long/timeline?from=<total-100>&limit=100`, 15 requests
 *     (5 to 15 in 15 s when slow) after a first one (printed) on the warm server; `timeline_last_page_100k_restart_ms`
 *     the first such request after a restart (after the cold command), in five of the restarts.
 *   - `state_route_100k_p99_ms`: `GET /partnerships/lh-long`, p99 of 200 sequential requests after 20 warm-up (fewer when
 *     each folds the whole stream: 5 s of warm-up and 20 s of measuring at most, at least 10 requests).
 *   - `fold_cache_rss_mb`: RSS growth of a fresh server after `GET /partnerships/{id}` on each of the 1,000 hot
 *     partnerships, twice, at the default cache settings, each side measured after two full GCs in the server
 *     (bench/server-gc-hook, preloaded with --expose-gc); `fold_cache_heap_mb` the V8 heap used growth behind it;
 *     `fold_cache_100k_state_heap_mb` the heap growth after then reading lh-long once (what one huge stream costs).
 *
 * Environment: LONG_HISTORY_EVENTS (100000), LONG_HISTORY_HOT (1000), LONG_HISTORY_RESTARTS (9),
 * LONG_HISTORY_COMMANDS (21 warm pairs), LONG_HISTORY_GROWN (1000; 0: lh-long written offline only, as an import or a
 * restore leaves a stream, with no snapshot below its head), LONG_HISTORY_KEEP=1 keeps the data dir. Anything else in the environment
 * (FOLD_CACHE_STREAMS, SNAPSHOT_EVERY, …) is passed on to the server.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eventIdFor } from '../src/command-handling/deterministic-id';
import { NewEvent, RecordedEvent } from '../src/event-store';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store';
import { partnershipStream } from '../src/partnerships/domain/streams';
import { activePartnershipSteps, clearedDistrictSteps } from './bench-district';

const LEA = 'lausd';
const LONG_EVENTS = Number(process.env.LONG_HISTORY_EVENTS ?? 100_000);
const SHORT_EVENTS = 100;
const HOT = Number(process.env.LONG_HISTORY_HOT ?? 1000);
const RESTARTS = Number(process.env.LONG_HISTORY_RESTARTS ?? 9);
const WARM_PAIRS = Number(process.env.LONG_HISTORY_COMMANDS ?? 21);
const TIMELINE_RUNS = 15;
/** The last events of lh-long, appended while a server runs and reads the partnership after each 100 (see grow()). */
const GROWN = Number(process.env.LONG_HISTORY_GROWN ?? 1000);
const TIMELINE_RESTARTS = 5;
const STATE_REQUESTS = 200;
const STATE_BUDGET_MS = 20_000;
const JIT_WARM_UP_COMMANDS = 30;
const TEMPLATE = 'lh-template';
const FIRST_DAY = '2026-09-01';
const DAYS = 270;
const MB = 1024 * 1024;

const log = (line: string) => process.stderr.write(`  ${line}\n`);
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const list = (values: readonly number[]) => values.map((v) => v.toFixed(1)).join(' ');
const dayOf = (k: number) => new Date(Date.parse(`${FIRST_DAY}T00:00:00Z`) + (k % DAYS) * 86_400_000).toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------------------------------
// The server as a child process

interface Answer { status: number; body: string; ms: number; headers: Record<string, string | string[] | undefined> }

class LedgerServer {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 8 });
  private stderrTail = '';
  private exited: Promise<number | null>;

  private constructor(private readonly child: ChildProcess, readonly port: number) {
    child.stderr!.on('data', (chunk: Buffer) => (this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-4000)));
    this.exited = new Promise((resolvePromise) => child.on('exit', (code) => resolvePromise(code)));
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** `gcHook`: preload bench/server-gc-hook (with --expose-gc) and an IPC channel, for `memory()`. */
  static async start(dataDir: string, { gcHook = false } = {}): Promise<LedgerServer> {
    const port = await freePort();
    const main = resolve(__dirname, '../src/main.js');
    const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: process.env.LOG_LEVEL ?? 'info', RATE_LIMIT_PER_MINUTE: '100000000', SWEEP_AT: 'off' };
    const args = gcHook ? ['--expose-gc', '-r', join(__dirname, 'server-gc-hook.js'), main] : [main];
    // stdout (the request log) goes nowhere: the bench process must not spend its CPU reading it.
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe', ...(gcHook ? ['ipc' as const] : [])] });
    const server = new LedgerServer(child, port);
    await server.ready();
    return server;
  }

  /** `/health` answers 200 and every projection has caught up with the head of the log. */
  private async ready(): Promise<void> {
    const started = Date.now();
    let exitCode: number | null | undefined;
    void this.exited.then((code) => (exitCode = code));
    for (;;) {
      if (exitCode !== undefined) throw new Error(`the server exited (${exitCode}) before it was ready: ${this.stderrTail}`);
      if (Date.now() - started > 180_000) throw new Error(`the server was not ready after 180 s: ${this.stderrTail}`);
      try {
        const answer = await this.send('GET', '/health');
        if (answer.status === 200) {
          const health = JSON.parse(answer.body) as { details?: { projections?: { projections?: { positionsBehind: string }[] } } };
          const projections = health.details?.projections?.projections ?? [];
          if (projections.every((p) => p.positionsBehind === '0')) return;
        }
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
  }

  send(method: 'GET' | 'POST', path: string, options: { token?: string; body?: object; headers?: Record<string, string> } = {}): Promise<Answer> {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const headers: Record<string, string | number> = { ...options.headers };
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    if (payload !== undefined) {
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = Buffer.byteLength(payload);
    }
    const started = process.hrtime.bigint();
    return new Promise((resolvePromise, reject) => {
      const req = request({ host: '127.0.0.1', port: this.port, path, method, agent: this.agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolvePromise({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: Number(process.hrtime.bigint() - started) / 1e6, headers: res.headers }),
        );
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** After two full GCs in the server (started with `gcHook`): its RSS and V8 heap used, in bytes. */
  memory(): Promise<{ rss: number; heapUsed: number }> {
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error('the server did not answer the gc message')), 30_000);
      this.child.once('message', (answer: { rss: number; heapUsed: number; collected: boolean }) => {
        clearTimeout(timer);
        if (!answer.collected) reject(new Error('no global.gc in the server (--expose-gc missing)'));
        else resolvePromise(answer);
      });
      this.child.send('gc');
    });
  }

  async stop(): Promise<void> {
    this.agent.destroy();
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await this.exited;
    clearTimeout(timer);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePromise(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolvePromise) => setTimeout(resolvePromise, ms));

function tokensOf(dataDir: string): Record<string, string> {
  const file = JSON.parse(readFileSync(join(dataDir, 'api-keys.json'), 'utf8')) as { keys: { role: string; token: string }[] };
  return Object.fromEntries(file.keys.map((key) => [key.role, key.token]));
}

// ---------------------------------------------------------------------------------------------------------------
// Set-up

/** Reference data and the template partnership, over HTTP, as bench/command-http.bench.ts sets them up. */
async function setUpOverHttp(server: LedgerServer, token: string): Promise<void> {
  const post = async (path: string, body: object) => {
    const answer = await server.send('POST', path, { token, body });
    if (answer.status !== 201) throw new Error(`setting up: POST ${path} answered ${answer.status}: ${answer.body}`);
  };
  const steps = [...clearedDistrictSteps('lh', LEA), ...activePartnershipSteps(TEMPLATE, 'District residency', 'lh', LEA, FIRST_DAY)];
  for (const [path, body] of steps) await post(path, body);
}

function metadata(): NewEvent['metadata'] {
  const commandId = randomUUID();
  return { actor: 'key:operations', correlationId: randomUUID(), causationId: null, commandId, requestHash: null };
}

/** The template's events for another partnership id: data with the id renamed, a new command (and so event) id each. */
function cloneTemplate(template: readonly RecordedEvent[], partnershipId: string): NewEvent[] {
  return template.map((event) => {
    const meta = metadata();
    const data = JSON.parse(JSON.stringify(event.data).split(TEMPLATE).join(partnershipId)) as Record<string, unknown>;
    return { id: eventIdFor(meta.commandId!, 0), type: event.type, schemaVersion: event.schemaVersion, data, metadata: meta };
  });
}

/** A SessionLogged as LogSession writes it (data and metadata; the event id derived from the command id). */
function sessionLogged(partnershipId: string, k: number, prefix = 'h'): NewEvent {
  const meta = metadata();
  const date = dayOf(k);
  return {
    id: eventIdFor(meta.commandId!, 0), type: 'SessionLogged', schemaVersion: 1,
    data: {
      partnershipId, assignmentId: `${partnershipId}-a`, sessionId: `${prefix}-${k}`, schoolId: 'lh-school', lea: LEA, artForm: 'dance', date, effectiveDate: date,
      minutes: 45 + (k % 3) * 5, students: 18 + (k % 10), notes: null, clearancePolicyVersion: 'default-1',
    },
    metadata: meta,
  };
}

/** A partnership of `events` events in all: the template's five, then sessions, appended in batches of 2,000. */
async function fillPartnership(store: SqliteEventStore, template: readonly RecordedEvent[], partnershipId: string, events: number): Promise<void> {
  const streamId = partnershipStream(partnershipId);
  let revision = -1n;
  let pending: NewEvent[] = cloneTemplate(template, partnershipId);
  for (let k = 0; k < events - template.length; k++) {
    pending.push(sessionLogged(partnershipId, k));
    if (pending.length === 2000) {
      revision = (await store.append(streamId, pending, revision)).nextRevision;
      pending = [];
    }
  }
  if (pending.length > 0) await store.append(streamId, pending, revision);
}

async function fill(dataDir: string): Promise<void> {
  const started = Date.now();
  // NORMAL: the fill is not a figure; the server reopens the file with its own (default FULL) setting.
  const store = SqliteEventStore.open({ path: join(dataDir, 'events.sqlite'), synchronous: 'NORMAL' });
  try {
    const template: RecordedEvent[] = [];
    for await (const event of store.readStream(partnershipStream(TEMPLATE))) template.push(event);
    if (template.map((e) => e.type).join() !== 'PartnershipProposed,SchoolEnrolled,CommitmentRecorded,PartnershipActivated,ArtistAssigned') {
      log(`template events: ${template.map((e) => e.type).join(', ')}`);
    }
    await fillPartnership(store, template, 'lh-long', LONG_EVENTS - GROWN);
    await fillPartnership(store, template, 'lh-short', SHORT_EVENTS);
    await fillPartnership(store, template, 'lh-warm', SHORT_EVENTS);
    // 50–200 events each (a fixed spread), twenty at a time so their appends share group commits.
    for (let h = 0; h < HOT; h += 20) {
      await Promise.all(Array.from({ length: Math.min(20, HOT - h) }, (_, k) => fillPartnership(store, template, `lh-hot-${h + k}`, 50 + (((h + k) * 37) % 151))));
    }
    log(`filled lh-long (${LONG_EVENTS - GROWN} events), lh-short and lh-warm (${SHORT_EVENTS}), ${HOT} hot partnerships (50–200) in ${((Date.now() - started) / 1000).toFixed(1)} s; head ${await store.headPosition()}`);
  } finally {
    await store.close();
  }
}

/**
 * The last GROWN events of lh-long arrive while the server runs, 100 at a time, each followed by a read of the
 * partnership: as a stream that grows through commands, the server folds each tail and keeps the durable snapshots
 * it takes on the way (a stream filled only offline would have a single snapshot at its head, so a timeline page just
 * below it would have none at or before it). Appended by the bench's own connection to the log, as another process.
 */
async function grow(server: LedgerServer, dataDir: string, token: string): Promise<void> {
  const started = Date.now();
  const store = SqliteEventStore.open({ path: join(dataDir, 'events.sqlite') });
  try {
    const streamId = partnershipStream('lh-long');
    for (let chunk = 0; chunk < Math.ceil(GROWN / 100); chunk++) {
      const { revision } = JSON.parse((await get(server, '/partnerships/lh-long', token)).body) as { revision: string | number };
      const events = Array.from({ length: Math.min(100, GROWN - chunk * 100) }, (_, k) => sessionLogged('lh-long', chunk * 100 + k, 'g'));
      await store.append(streamId, events, BigInt(revision));
    }
    await get(server, '/partnerships/lh-long', token);
  } finally {
    await store.close();
  }
  log(`grew lh-long by ${GROWN} events while the server ran (a read after each 100) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------------------------------------------------------
// Measurements

class Commands {
  private n = 0;
  constructor(private readonly tag: string, private readonly token: string) {}

  /** One new session on the partnership's assignment; its latency in ms (throws unless 201). */
  async log(server: LedgerServer, partnershipId: string): Promise<number> {
    const n = this.n++;
    const body = { id: `c-${this.tag}-${n}`, date: dayOf(n * 7), minutes: 50, students: 22 };
    const answer = await server.send('POST', `/partnerships/${partnershipId}/assignments/${partnershipId}-a/sessions`, {
      token: this.token, body, headers: { 'Idempotency-Key': randomUUID() },
    });
    if (answer.status !== 201) throw new Error(`POST session on ${partnershipId} answered ${answer.status}: ${answer.body}`);
    return answer.ms;
  }
}

async function get(server: LedgerServer, path: string, token: string): Promise<Answer> {
  const answer = await server.send('GET', path, { token });
  if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}: ${answer.body.slice(0, 500)}`);
  return answer;
}

/** The timeline's last page of lh-long: its length from the state route's revision (cheap, unlike a timeline page). */
async function lastPagePath(server: LedgerServer, token: string): Promise<string> {
  const { revision } = JSON.parse((await get(server, '/partnerships/lh-long', token)).body) as { revision: string | number };
  const total = Number(revision) + 1;
  return `/partnerships/lh-long/timeline?from=${Math.max(0, total - 100)}&limit=100`;
}

async function jitWarmUp(server: LedgerServer, commands: Commands, token: string): Promise<void> {
  for (let i = 0; i < JIT_WARM_UP_COMMANDS; i++) await commands.log(server, 'lh-warm');
  for (let i = 0; i < 10; i++) await get(server, '/partnerships/lh-warm', token);
  for (let i = 0; i < 3; i++) await get(server, '/partnerships/lh-warm/timeline?limit=100', token);
}

/** Lines of /metrics about the fold cache and snapshots, if the server exposes any (stderr only). */
async function cacheMetrics(server: LedgerServer, token: string): Promise<string[]> {
  const answer = await server.send('GET', '/metrics', { token });
  if (answer.status !== 200) return [`/metrics answered ${answer.status}`];
  return answer.body.split('\n').filter((line) => !line.startsWith('#') && /fold|snapshot|cache/i.test(line));
}

export async function run(report: (name: string, value: number) => void): Promise<void> {
  const benchStarted = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-long-history-bench-'));
  let server: LedgerServer | undefined;
  const tag = Date.now().toString(36);
  try {
    // 1. Reference data and the template over HTTP, then the histories through the store, server stopped.
    server = await LedgerServer.start(dataDir);
    const tokens = tokensOf(dataDir);
    await setUpOverHttp(server, tokens.admin);
    await server.stop();
    server = undefined;
    await fill(dataDir);
    const commands = new Commands(tag, tokens.operations);
    const read = tokens.operations;

    // 2. Warm cache: one server, lh-long and lh-short alternating.
    log(`server settings: FOLD_CACHE_STREAMS=${process.env.FOLD_CACHE_STREAMS ?? '(default)'} SNAPSHOT_EVERY=${process.env.SNAPSHOT_EVERY ?? '(default)'} FOLD_CACHE_PREWARM=${process.env.FOLD_CACHE_PREWARM ?? '(default)'}`);
    let bootStarted = Date.now();
    server = await LedgerServer.start(dataDir);
    log(`server up and projections caught up in ${((Date.now() - bootStarted) / 1000).toFixed(1)} s`);
    await jitWarmUp(server, commands, read);
    const firstLong = await commands.log(server, 'lh-long');
    const firstShort = await commands.log(server, 'lh-short');
    log(`first command after the fill (the server's follow-ups may have folded the stream while catching up): lh-long ${firstLong.toFixed(1)} ms, lh-short ${firstShort.toFixed(1)} ms`);
    await grow(server, dataDir, read);
    const warm = { long: [] as number[], short: [] as number[] };
    for (let i = 0; i < WARM_PAIRS; i++) {
      const order: ('long' | 'short')[] = i % 2 === 0 ? ['long', 'short'] : ['short', 'long'];
      for (const side of order) warm[side].push(await commands.log(server, `lh-${side}`));
    }
    log(`warm commands, lh-long: ${list(warm.long)}`);
    log(`warm commands, lh-short: ${list(warm.short)}`);

    // Timeline's last page on the same server.
    const lastPage = await lastPagePath(server, read);
    const firstPage = await get(server, lastPage, read);
    const total = (JSON.parse(firstPage.body) as { total: number }).total;
    const page = JSON.parse(firstPage.body) as { steps: unknown[]; nextFrom: string | null };
    if (page.steps.length !== Math.min(100, total) || page.nextFrom !== null) throw new Error(`the last page has ${page.steps.length} steps, nextFrom ${page.nextFrom}`);
    const timeline: number[] = [];
    // 15 requests, or fewer (at least 5) when they are slow: 15 s at most.
    const timelineStarted = Date.now();
    while (timeline.length < TIMELINE_RUNS && (timeline.length < 5 || Date.now() - timelineStarted < 15_000)) timeline.push((await get(server, lastPage, read)).ms);
    log(`timeline last page (${total} steps, ${(firstPage.body.length / 1024).toFixed(0)} KB): first ${firstPage.ms.toFixed(1)}, then ${list(timeline)} ms`);

    // State route: 20 warm-up requests, then 200 sequential ones; when they are slow (a fold of the whole stream each),
    // 5 s of warm-up at most and 20 s of measuring (at least 10 requests), so the module still ends in minutes.
    const stateWarmUpStarted = Date.now();
    for (let i = 0; i < 20 && (i < 3 || Date.now() - stateWarmUpStarted < 5000); i++) await get(server, '/partnerships/lh-long', read);
    const state: number[] = [];
    const stateStarted = Date.now();
    while (state.length < STATE_REQUESTS && (state.length < 10 || Date.now() - stateStarted < STATE_BUDGET_MS)) state.push((await get(server, '/partnerships/lh-long', read)).ms);
    log(`state route on lh-long: ${state.length} requests, p50 ${percentile(state, 50).toFixed(1)} ms, p99 ${percentile(state, 99).toFixed(1)} ms, max ${Math.max(...state).toFixed(1)} ms`);
    for (const line of await cacheMetrics(server, tokens.reporting)) log(`metrics: ${line}`);
    // Let a snapshot writer that works in the background finish before the restart.
    await sleep(1000);
    await server.stop();
    server = undefined;

    // 3. Cold: restart, warm the JIT on lh-warm only, then the first command on each (order alternating).
    const cold = { long: [] as number[], short: [] as number[] };
    const timelineAfterRestart: number[] = [];
    const boots: number[] = [];
    for (let r = 0; r < RESTARTS; r++) {
      bootStarted = Date.now();
      server = await LedgerServer.start(dataDir);
      boots.push((Date.now() - bootStarted) / 1000);
      await jitWarmUp(server, commands, read);
      const order: ('long' | 'short')[] = r % 2 === 0 ? ['long', 'short'] : ['short', 'long'];
      for (const side of order) cold[side].push(await commands.log(server, `lh-${side}`));
      // The timeline's last page, first request after the restart (after that one command): in the first five only.
      if (r < TIMELINE_RESTARTS) timelineAfterRestart.push((await get(server, await lastPagePath(server, read), read)).ms);
      await sleep(300);
      await server.stop();
      server = undefined;
    }
    log(`cold commands after a restart (boots ${list(boots)} s), lh-long: ${list(cold.long)}`);
    log(`cold commands after a restart, lh-short: ${list(cold.short)}`);
    log(`timeline last page, first request after a restart: ${list(timelineAfterRestart)}`);

    // 4. Memory: a fresh server, the state of every hot partnership read twice; then the 100k one's once.
    server = await LedgerServer.start(dataDir, { gcHook: true });
    await jitWarmUp(server, commands, read);
    for (let i = 0; i < 50; i++) await get(server, `/partnerships/lh-hot-${i % 5}`, read);
    const before = await server.memory();
    const hotStarted = Date.now();
    for (let pass = 0; pass < 2; pass++) {
      for (let h = 0; h < HOT; h += 4) await Promise.all(Array.from({ length: Math.min(4, HOT - h) }, (_, k) => get(server!, `/partnerships/lh-hot-${h + k}`, read)));
    }
    const hotSeconds = (Date.now() - hotStarted) / 1000;
    const afterHot = await server.memory();
    await get(server, '/partnerships/lh-long', read);
    const afterLong = await server.memory();
    log(
      `memory after full GCs: RSS ${(before.rss / MB).toFixed(1)} → ${(afterHot.rss / MB).toFixed(1)} MB, heap used ${(before.heapUsed / MB).toFixed(1)} → ${(afterHot.heapUsed / MB).toFixed(1)} MB ` +
        `(${HOT} partnerships read twice in ${hotSeconds.toFixed(1)} s); then lh-long read once: RSS ${(afterLong.rss / MB).toFixed(1)} MB, heap used ${(afterLong.heapUsed / MB).toFixed(1)} MB`,
    );
    for (const line of await cacheMetrics(server, tokens.reporting)) log(`metrics: ${line}`);
    await server.stop();
    server = undefined;

    const warmLong = median(warm.long);
    const warmShort = median(warm.short);
    const coldLong = median(cold.long);
    const coldShort = median(cold.short);
    report('command_history_ratio', round(coldLong / coldShort));
    report('command_cold_100k_ms', round(coldLong));
    report('command_cold_100_ms', round(coldShort));
    report('command_history_warm_ratio', round(warmLong / warmShort));
    report('command_warm_100k_ms', round(warmLong));
    report('command_warm_100_ms', round(warmShort));
    report('timeline_last_page_100k_ms', round(median(timeline)));
    report('timeline_last_page_100k_restart_ms', round(median(timelineAfterRestart)));
    report('state_route_100k_p99_ms', round(percentile(state, 99)));
    report('state_route_100k_p50_ms', round(percentile(state, 50)));
    report('fold_cache_rss_mb', round((afterHot.rss - before.rss) / MB, 1));
    report('fold_cache_heap_mb', round((afterHot.heapUsed - before.heapUsed) / MB, 1));
    report('fold_cache_100k_state_heap_mb', round((afterLong.heapUsed - afterHot.heapUsed) / MB, 1));
    log(`done in ${((Date.now() - benchStarted) / 1000).toFixed(1)} s`);
  } finally {
    await server?.stop();
    if (process.env.LONG_HISTORY_KEEP === '1') log(`data dir kept: ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void run((name, value) => console.log(`metric ${name} ${value}`));
}
