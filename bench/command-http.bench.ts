/**
 * `command_http_per_s` / `command_http_p99_ms`: a typical command through the whole stack over HTTP (loopback, the real
 * Nest app on a temp data dir with the embedded store at synchronous=FULL, logging at `info` as a server does by
 * default, the lines discarded): `POST /partnerships/{id}/assignments/{assignmentId}/sessions` (log a session), sent by
 * 20 concurrent keep-alive clients from a second process. Each request is a new session (its own id) on one of 100
 * active partnerships (picked pseudo-randomly per request, the same sequence on both sides), so every answer is 201
 * unless a business rule or a lost race refuses it; the statuses are printed.
 *
 * Baseline of the same run and process, `command_http_bare_per_s`: a bare Express route mounted on the same app's
 * HTTP adapter ahead of every middleware (no logging, helmet, metrics, auth, validation, Nest), which parses the same
 * body and writes the same SessionLogged row (data and metadata as the command path writes them) with raw
 * better-sqlite3 into a second file of the same schema and pragmas (WAL, synchronous=FULL), one INSERT — one
 * transaction, one fsync — per request, and answers 201 with the same JSON. `command_http_ratio` = command ÷ bare.
 *
 * The partnerships are set up over HTTP first (school, approved partner, cleared artist, then per partnership:
 * propose, enrol, commit, activate, assign). Then: command, bare, bare, command, each a 3 s warm-up then 10 s measured;
 * each side's figure is the better of its two runs (its p99 from that run). Lost races (`ConcurrencyError` from the
 * store, which the command path retries) are counted by wrapping the store's `append` and printed on stderr.
 *
 * `command_http_chain_ratio`: the same command with the tamper-evident log's hash chain switched off (src/log-chain/chain-switch.ts)
 * for two more runs, in the same app: what the chain costs where commands are what is measured. Order: command,
 * unchained, bare, bare, unchained, command — the second chained run's seals then digest the rows the unchained runs
 * wrote without hashes (the path for a log from before the chain), which counts against the chain, not for it.
 *
 * `COMMAND_HTTP_PROFILE=file.cpuprofile` writes a V8 CPU profile of the server process during the first command run
 * (see `bench/cpuprofile-summary.js`).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import type { NextFunction, Request, Response } from 'express';
import { AppModule } from '../src/app.module';
import { Clock, SettableClock } from '../src/clock/clock';
import { CONFIG_ENV } from '../src/config/config.module';
import { AppendResult, ConcurrencyError, EventStore, NewEvent } from '../src/event-store';
import { openEventLog } from '../src/event-store/sqlite/event-log-schema';
import { configureHttpApp } from '../src/http/configure-http-app';
import { LOG_DESTINATION } from '../src/observability/logging.module';
import { chainSwitch } from '../src/log-chain/chain-switch';
import { activePartnershipSteps, clearedDistrictSteps } from './bench-district';
import { CommandLoadRun, runCommandLoad } from './command-load';

const LEA = 'lausd';
const CLIENTS = 20;
const PARTNERSHIPS = Number(process.env.COMMAND_HTTP_PARTNERSHIPS ?? 400);
/** Sessions already logged on each partnership before the clock starts: about a school year of weekly sessions of four classes. */
const HISTORY = Number(process.env.COMMAND_HTTP_HISTORY ?? 140);
const SECONDS = 10;
const WARM_UP_SECONDS = 3;
const BARE_PREFIX = '/bench-bare';
// Sessions fall on the school days of the assignment (2026-09-01 … 2027-05-31).
const FIRST_DAY = '2026-09-01';
const DAYS = 270;

type Run = CommandLoadRun;

/**
 * The bare side: Express and raw better-sqlite3 only. The row is the one the command path writes for the same body
 * (SessionLogged data as the decider builds it, the metadata executeCommand adds, JSON.stringify of both).
 */
function bareSessionRoute(path: string): (request: Request, response: Response, next: NextFunction) => void {
  const db = openEventLog(path, 'FULL');
  const insert = db.prepare('INSERT INTO events (stream_id, revision, event_id, type, schema_version, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const revisions = new Map<string, number>();
  const pattern = /^\/partnerships\/([^/]+)\/assignments\/([^/]+)\/sessions$/;
  return (request, response, next) => {
    const match = request.method === 'POST' ? pattern.exec(request.path) : null;
    if (!match) return next();
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: string; date: string; minutes: number; students: number; notes?: string };
      const [, partnershipId, assignmentId] = match;
      const streamId = `partnership-${partnershipId}`;
      const revision = (revisions.get(streamId) ?? -1) + 1;
      revisions.set(streamId, revision);
      const data = {
        partnershipId, assignmentId, sessionId: body.id, schoolId: 'bench-school', lea: LEA, artForm: 'dance', date: body.date, effectiveDate: body.date,
        minutes: body.minutes, students: body.students, notes: body.notes ?? null, clearancePolicyVersion: 'default-1',
      };
      const commandId = randomUUID();
      const metadata = { actor: 'key:operations', correlationId: randomUUID(), causationId: null, commandId, requestHash: null };
      const { lastInsertRowid } = insert.run(streamId, revision, randomUUID(), 'SessionLogged', 1, JSON.stringify(data), JSON.stringify(metadata), Date.now());
      response.status(201).setHeader('ETag', `"${revision}"`);
      response.json({ id: body.id, streamId, revision: String(revision), position: String(lastInsertRowid) });
    });
  };
}

/** As test/support/test-app.ts starts the app, with the bare route mounted ahead of every middleware. */
async function startApp(dataDir: string): Promise<{ app: NestExpressApplication; tokens: Record<string, string>; store: EventStore }> {
  const env: Record<string, string> = { DATA_DIR: dataDir, LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '100000000', SWEEP_AT: 'off' };
  const discarded = new Writable({ write: (_chunk, _encoding, done) => done() });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(CONFIG_ENV).useValue(env)
    .overrideProvider(Clock).useValue(new SettableClock(new Date('2026-11-15T12:00:00Z')))
    .overrideProvider(LOG_DESTINATION).useValue(discarded)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, bufferLogs: true });
  app.use(BARE_PREFIX, bareSessionRoute(join(dataDir, 'bare-events.sqlite')));
  configureHttpApp(app);
  await app.listen(0, '127.0.0.1');
  const file = JSON.parse(readFileSync(join(dataDir, 'api-keys.json'), 'utf8')) as { keys: { role: string; token: string }[] };
  return { app, tokens: Object.fromEntries(file.keys.map((key) => [key.role, key.token])), store: app.get(EventStore) };
}

/** School, approved partner, cleared artist, and PARTNERSHIPS active partnerships with one assignment each, over HTTP. */
async function setUp(port: number, token: string): Promise<string[]> {
  const post = async (path: string, body: object) => {
    const answer = await fetch(`http://127.0.0.1:${port}${path}`, {
      method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    if (answer.status !== 201) throw new Error(`setting up: POST ${path} answered ${answer.status}: ${await answer.text()}`);
  };
  const steps = clearedDistrictSteps('bench', LEA);
  for (const [path, body] of steps) await post(path, body);
  const partnership = async (p: number) => {
    const id = `bench-p${p}`;
    for (const [path, body] of activePartnershipSteps(id, `Bench residency ${p}`, 'bench', LEA, FIRST_DAY)) await post(path, body);
    return `/partnerships/${id}/assignments/${id}-a/sessions`;
  };
  const paths: string[] = [];
  for (let p = 0; p < PARTNERSHIPS; p += 20) paths.push(...(await Promise.all(Array.from({ length: Math.min(20, PARTNERSHIPS - p) }, (_, k) => partnership(p + k)))));
  return paths;
}

/**
 * HISTORY SessionLogged events on each partnership's assignment, in the shape LogSession writes them (data and
 * metadata), appended through the store port (as bench/reports.bench.ts fills its district): a command then folds a
 * partnership of a school year's size, as it would in October–June.
 */
async function fillHistory(store: EventStore, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    const [, , partnershipId, , assignmentId] = path.split('/');
    const streamId = `partnership-${partnershipId}`;
    let revision = -1n;
    for await (const event of store.readStream(streamId)) revision = event.revision;
    const events: NewEvent[] = Array.from({ length: HISTORY }, (_, k) => {
      const date = new Date(Date.parse(`${FIRST_DAY}T00:00:00Z`) + (k % DAYS) * 86_400_000).toISOString().slice(0, 10);
      const commandId = randomUUID();
      return {
        id: randomUUID(), type: 'SessionLogged', schemaVersion: 1,
        data: {
          partnershipId, assignmentId, sessionId: `h-${k}`, schoolId: 'bench-school', lea: LEA, artForm: 'dance', date, effectiveDate: date,
          minutes: 50, students: 24, notes: null, clearancePolicyVersion: 'default-1',
        },
        metadata: { actor: 'key:operations', correlationId: randomUUID(), causationId: null, commandId, requestHash: null },
      };
    });
    if (events.length > 0) await store.append(streamId, events, revision);
  }
}

function runClients(port: number, token: string, targets: string[], tag: string): Promise<Run> {
  return runCommandLoad({ port, token, targets, clients: CLIENTS, seconds: SECONDS, warmUpSeconds: WARM_UP_SECONDS, tag, firstDay: FIRST_DAY, days: DAYS });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

type Figures = { perSecond: number; p50: number; p99: number; statuses: Record<string, number>; warmUpStatuses: Record<string, number> };

function figuresOf(run: Run): Figures {
  const sorted = [...run.latencies].sort((a, b) => a - b);
  const created = run.statuses['201'] ?? 0;
  return { perSecond: Math.round(created / run.seconds), p50: percentile(sorted, 50), p99: percentile(sorted, 99), statuses: run.statuses, warmUpStatuses: run.warmUpStatuses };
}

export async function run(report: (name: string, value: number) => void): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-command-http-bench-'));
  let app: NestExpressApplication | undefined;
  try {
    const started = await startApp(dataDir);
    app = started.app;
    const port = (app.getHttpServer().address() as AddressInfo).port;
    const token = started.tokens.operations;
    const setUpStarted = Date.now();
    const commandPaths = await setUp(port, started.tokens.admin);
    await fillHistory(started.store, commandPaths);
    process.stderr.write(`  ${PARTNERSHIPS} active partnerships set up over HTTP, ${HISTORY} sessions of history each, in ${((Date.now() - setUpStarted) / 1000).toFixed(1)} s\n`);
    const barePaths = commandPaths.map((path) => `${BARE_PREFIX}${path}`);

    // Lost races: the store refuses an append whose expected revision moved on (or, for a command decided on the state
    // another one's append in flight will leave, whose preceding event is not that one's); executeCommand re-decides.
    const store = started.store;
    let conflicts = 0;
    const counted = <Args extends unknown[]>(append: (...args: Args) => Promise<AppendResult>) => async (...args: Args) => {
      try {
        return await append(...args);
      } catch (error) {
        if (error instanceof ConcurrencyError) conflicts++;
        throw error;
      }
    };
    store.append = counted(store.append.bind(store));
    store.appendAfterEvent = counted(store.appendAfterEvent.bind(store));

    const tag = Date.now().toString(36);
    const profileFile = process.env.COMMAND_HTTP_PROFILE;
    const runs: Record<'command' | 'unchained' | 'bare', Figures[]> = { command: [], unchained: [], bare: [] };
    for (const [round, side] of (['command', 'unchained', 'bare', 'bare', 'unchained', 'command'] as const).entries()) {
      const conflictsBefore = conflicts;
      const profiling = profileFile !== undefined && round === 0 ? new Session() : undefined;
      if (profiling) {
        profiling.connect();
        await profiling.post('Profiler.enable');
        await profiling.post('Profiler.start');
      }
      chainSwitch.enabled = side !== 'unchained';
      let result: Figures;
      try {
        result = figuresOf(await runClients(port, token, side === 'bare' ? barePaths : commandPaths, `${tag}${round}`));
      } finally {
        chainSwitch.enabled = true;
      }
      if (profiling) {
        const { profile } = await profiling.post('Profiler.stop');
        writeFileSync(profileFile!, JSON.stringify(profile));
        profiling.disconnect();
        process.stderr.write(`  CPU profile of the first command run (warm-up included) written to ${profileFile}\n`);
      }
      runs[side].push(result);
      process.stderr.write(
        `  ${side}: ${result.perSecond}/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, statuses ${JSON.stringify(result.statuses)}` +
        ` (warm-up ${JSON.stringify(result.warmUpStatuses)})${side !== 'bare' ? `, lost races retried ${conflicts - conflictsBefore}` : ''}\n`,
      );
    }
    const lengths = await Promise.all(commandPaths.map(async (path) => {
      let events = 0;
      for await (const _ of store.readStream(`partnership-${path.split('/')[2]}`)) events++;
      return events;
    }));
    process.stderr.write(`  partnership streams at the end: ${Math.min(...lengths)}–${Math.max(...lengths)} events (mean ${Math.round(lengths.reduce((a, b) => a + b, 0) / lengths.length)}; ${HISTORY + 5} at the start)\n`);

    const best = (side: 'command' | 'unchained' | 'bare') => runs[side].reduce((a, b) => (b.perSecond > a.perSecond ? b : a));
    const command = best('command');
    const bare = best('bare');
    report('command_http_per_s', command.perSecond);
    report('command_http_p99_ms', Number(command.p99.toFixed(1)));
    report('command_http_p50_ms', Number(command.p50.toFixed(1)));
    report('command_http_bare_per_s', bare.perSecond);
    report('command_http_bare_p99_ms', Number(bare.p99.toFixed(1)));
    report('command_http_ratio', Number((command.perSecond / bare.perSecond).toFixed(3)));
    const unchained = best('unchained');
    report('command_http_unchained_per_s', unchained.perSecond);
    report('command_http_chain_ratio', Number((command.perSecond / unchained.perSecond).toFixed(3)));
  } finally {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void run((name, value) => console.log(`metric ${name} ${value}`));
}
