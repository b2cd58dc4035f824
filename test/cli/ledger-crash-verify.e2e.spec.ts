import Database from 'better-sqlite3';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { DemoCopies } from './support/demo-copies';
import { LedgerRun, runLedger, startLedger, STACK_LINE } from './support/run-ledger';
import { freePort } from '../support/free-port';

/*
 * The projections crash-safe, end to end: the real projections of the app, in real `ledger` and server processes on
 * real SQLite files, killed with SIGKILL part-way — mid-rebuild (`ledger rebuild all`) and mid-live-update (the
 * server applying events as they are appended) — and then `ledger verify` must find no drift, and the reports must
 * hold every event of the log exactly once. The log is the demo district (`ledger demo`, once, through the real
 * command path) with its partnerships copied over and over (test/cli/support/demo-copies.ts) to tens of thousands
 * of events. Each test works on its own copy of the demo's data directory.
 */

// About 40 s on the idle 2-core development machine; the limits leave room for a loaded one.
jest.setTimeout(90_000);

const PROJECTIONS = ['clearance_facts', 'clearance_roster', 'arts_access', 'pathway_sequences', 'partner_services', 'partnership_health'];
const SERVER = join(__dirname, 'fixtures', 'server.js');
/** Copies of the demo's partnerships for the rebuild test: ~40,000 events, a few seconds of `rebuild all` and more of `verify`. */
const REBUILD_ROUNDS = 60;

let root: string;
let demoDir: string;
let copies: DemoCopies;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ledger-crash-'));
  demoDir = join(root, 'demo');
  const demo = await runLedger(['demo', '--data-dir', demoDir], { timeoutMs: 85_000 });
  if (demo.code !== 0) throw new Error(`ledger demo failed (${demo.code}): ${demo.stderr}`);
  copies = await DemoCopies.of(demoDir);
}, 90_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

let dirs = 0;
/** A data directory of its own holding the demo district as `ledger demo` left it (projections live at its head). */
function demoDataDir(): string {
  const dir = join(root, `data-${++dirs}`);
  cpSync(demoDir, dir, { recursive: true });
  return dir;
}

const ledger = (dataDir: string, ...args: string[]) => runLedger(args, { dataDir });

interface Slot {
  readonly generation: number;
  readonly position: bigint;
  readonly status: string;
}

/** Each projection's live and rebuild slots, read straight from the read-model file. */
function checkpoints(dataDir: string): Map<string, { live?: Slot; rebuild?: Slot }> {
  const db = new Database(join(dataDir, 'read-models.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare("SELECT name, slot, generation, position, status FROM projection_checkpoints WHERE slot IN ('live', 'rebuild')").all() as {
      name: string; slot: 'live' | 'rebuild'; generation: number; position: string | null; status: string;
    }[];
    const slots = new Map<string, { live?: Slot; rebuild?: Slot }>();
    for (const row of rows) {
      const entry = slots.get(row.name) ?? {};
      entry[row.slot] = { generation: row.generation, position: BigInt(row.position ?? 0), status: row.status };
      slots.set(row.name, entry);
    }
    return slots;
  } finally {
    db.close();
  }
}

function liveSlot(dataDir: string, name: string): Slot {
  const live = checkpoints(dataDir).get(name)?.live;
  if (!live) throw new Error(`${name} has no live checkpoint in ${dataDir}`);
  return live;
}

/**
 * What the log implies: its head, and how many events of each type it holds (with the minutes of its sessions); for
 * the facts the reports count from their own date (sessions, check-ins, PD, evaluations), those dated by today, the
 * day `ledger export` answers for (src/clock: UTC).
 */
function logFigures(dataDir: string) {
  const db = new Database(join(dataDir, 'events.sqlite'), { readonly: true, fileMustExist: true });
  const today = new Date().toISOString().slice(0, 10);
  try {
    const count = (type: string) => (db.prepare('SELECT count(*) AS n FROM events WHERE type = ?').get(type) as { n: number }).n;
    const countBy = (type: string) => (db.prepare("SELECT count(*) AS n FROM events WHERE type = ? AND json_extract(data, '$.date') <= ?").get(type, today) as { n: number }).n;
    return {
      head: BigInt((db.prepare('SELECT max(position) AS head FROM events').get() as { head: number }).head),
      partnerships: (db.prepare("SELECT count(DISTINCT stream_id) AS n FROM events WHERE stream_id LIKE 'partnership-%'").get() as { n: number }).n,
      sessions: countBy('SessionLogged'),
      sessionMinutes: (db.prepare("SELECT sum(json_extract(data, '$.minutes')) AS m FROM events WHERE type = 'SessionLogged' AND json_extract(data, '$.date') <= ?").get(today) as { m: number }).m,
      checkIns: countBy('CheckInRecorded'),
      pdSessions: countBy('ProfessionalDevelopmentDelivered'),
      schoolsEnrolled: count('SchoolEnrolled'),
      commitments: count('CommitmentRecorded'),
      evaluations: countBy('EvaluationRecorded'),
    };
  } finally {
    db.close();
  }
}

interface HealthRow {
  partnershipId: string;
  sessions: number;
  sessionMinutes: number;
  checkIns: number;
  evaluations: number;
  schoolsEnrolled: number;
  commitments: number;
  professionalDevelopment: { sessions: number };
}

/**
 * The same figures as the reports give them (`ledger export`, which first brings the projections up to the head):
 * sessions and minutes from arts access, the rest from partnership health. Its enrolment and commitment figures are
 * running counters (`+ 1`), so an event applied twice shows there, as one skipped does everywhere; its dated facts
 * are rows keyed by their event's position (applied twice, still one row).
 */
async function reportFigures(dataDir: string): Promise<ReturnType<typeof logFigures>> {
  const [arts, health] = await Promise.all([ledger(dataDir, 'export', 'arts-access', '--format', 'json'), ledger(dataDir, 'export', 'partnership-health', '--format', 'json')]);
  expect(arts).toMatchObject({ code: 0 });
  expect(health).toMatchObject({ code: 0 });
  const schools = (JSON.parse(arts.stdout) as { schools: { sessions: number; minutes: number }[] }).schools;
  const partnerships = (JSON.parse(health.stdout) as { partnerships: HealthRow[] }).partnerships;
  const sum = <T>(rows: T[], figure: (row: T) => number) => rows.reduce((total, row) => total + figure(row), 0);
  const sessions = sum(schools, (s) => s.sessions);
  expect(sum(partnerships, (p) => p.sessions)).toBe(sessions);
  expect(sum(partnerships, (p) => p.sessionMinutes)).toBe(sum(schools, (s) => s.minutes));
  return {
    head: liveSlot(dataDir, 'arts_access').position,
    partnerships: partnerships.length,
    sessions,
    sessionMinutes: sum(schools, (s) => s.minutes),
    checkIns: sum(partnerships, (p) => p.checkIns),
    pdSessions: sum(partnerships, (p) => p.professionalDevelopment.sessions),
    schoolsEnrolled: sum(partnerships, (p) => p.schoolsEnrolled),
    commitments: sum(partnerships, (p) => p.commitments),
    evaluations: sum(partnerships, (p) => p.evaluations),
  };
}

/** `ledger verify` said "no drift" for every projection, each at its live checkpoint, and exited 0. */
function expectNoDrift(run: LedgerRun, dataDir: string): void {
  expect(run.stderr).not.toMatch(STACK_LINE);
  for (const name of PROJECTIONS) expect(run.stdout).toMatch(new RegExp(`^${name}: no drift at position ${liveSlot(dataDir, name).position}$`, 'm'));
  expect(run.stdout).not.toContain('DRIFT');
  expect(run.stdout).not.toContain('skipped');
  expect(run.code).toBe(0);
}


describe('a projection process killed with SIGKILL, then `ledger verify`', () => {
  it('mid-rebuild (`ledger rebuild all`): the old generation answers, verify finds no drift, and a second rebuild completes', async () => {
    const dataDir = demoDataDir();
    await copies.fill(dataDir, REBUILD_ROUNDS);
    const log = logFigures(dataDir);
    expect(log.head).toBeGreaterThan(35_000n);
    // The reports before: `export` brings the live generation up to the head.
    const before = await ledger(dataDir, 'export', 'arts-access', '--format', 'csv');
    expect(before.code).toBe(0);
    const liveBefore = new Map(PROJECTIONS.map((name) => [name, liveSlot(dataDir, name)]));
    for (const live of liveBefore.values()) expect(live).toMatchObject({ position: log.head, status: 'running' });

    const rebuild = startLedger(['rebuild', 'all'], { dataDir });
    // Non-TTY progress: "rebuild: <percent>% | <events> events | …", the first line after the first batch.
    const partWay = (line: string) => {
      const progress = /^rebuild: (\d+)% \| (\d+) events/.exec(line);
      return progress !== null && Number(progress[2]) > 0 && Number(progress[1]) < 100;
    };
    await rebuild.waitForLine('stderr', partWay, 30_000);
    const killed = await rebuild.kill();
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.stdout).not.toContain('rebuilt');

    // It was killed part-way: every projection has a new generation short of the head; the live ones are untouched.
    const afterKill = checkpoints(dataDir);
    for (const name of PROJECTIONS) {
      const { live, rebuild: partial } = afterKill.get(name)!;
      expect({ name, live }).toEqual({ name, live: liveBefore.get(name) });
      expect(partial).toBeDefined();
      expect(partial!.generation).not.toBe(live!.generation);
      expect(partial!.position).toBeGreaterThan(0n);
      expect(partial!.position).toBeLessThan(log.head);
    }

    // The reports still answer, from the old generation: the same rows as before the rebuild.
    const during = await ledger(dataDir, 'export', 'arts-access', '--format', 'csv');
    expect(during.code).toBe(0);
    expect(during.stdout).toBe(before.stdout);
    expect(liveSlot(dataDir, 'arts_access').generation).toBe(liveBefore.get('arts_access')!.generation);

    expectNoDrift(await ledger(dataDir, 'verify'), dataDir);

    const again = await ledger(dataDir, 'rebuild', 'all');
    expect(again.stderr).not.toMatch(STACK_LINE);
    expect(again.code).toBe(0);
    for (const name of PROJECTIONS) expect(again.stdout).toMatch(new RegExp(`^rebuilt ${name}$`, 'm'));
    const afterRebuild = checkpoints(dataDir);
    for (const name of PROJECTIONS) {
      const { live, rebuild: left } = afterRebuild.get(name)!;
      expect({ name, left }).toEqual({ name, left: undefined });
      expect(live!.generation).not.toBe(liveBefore.get(name)!.generation);
      expect(live!.position).toBe(log.head);
    }
    // The new generation holds every event of the log once.
    expect(await reportFigures(dataDir)).toEqual(log);
  });

  it('mid-live-update (the server applying events as they are appended): verify finds no drift, and after catching up the reports hold every event exactly once', async () => {
    const dataDir = demoDataDir();
    const start = logFigures(dataDir).head;
    const server = startLedger([], { dataDir, script: SERVER, env: { PORT: String(await freePort()) } });
    const store = SqliteEventStore.open({ path: join(dataDir, 'events.sqlite'), synchronous: 'NORMAL' });
    let writing = true;
    let writer: Promise<number> | undefined;
    try {
      await server.waitForLine('stdout', (line) => line.startsWith('Partnership Ledger listening on port'), 30_000);
      // Append copies of the demo's partnerships from this process, one stream per append, until the kill.
      writer = copies.append(store, 1, 1_000, async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        return writing;
      });
      // Kill while the server is applying: its live checkpoints well past the start and still moving.
      let previous = start;
      const deadline = Date.now() + 30_000;
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        const slots = checkpoints(dataDir);
        const lowest = PROJECTIONS.map((name) => slots.get(name)!.live!.position).reduce((a, b) => (a < b ? a : b));
        if (lowest > start + 5_000n && lowest > previous) break;
        previous = lowest;
        if (Date.now() > deadline) throw new Error(`the server's projections did not get past ${start + 5_000n} while appending (at ${lowest})\n${server.output().stderr}`);
      }
      const killed = await server.kill();
      expect(killed.signal).toBe('SIGKILL');
    } finally {
      writing = false;
      await writer;
      await store.close();
      await server.kill();
    }
    const log = logFigures(dataDir);
    const atKill = PROJECTIONS.map((name) => liveSlot(dataDir, name).position);
    expect(atKill.every((position) => position > start && position < log.head)).toBe(true);

    expectNoDrift(await ledger(dataDir, 'verify'), dataDir);

    // `export` catches up from where the server stopped: every event of the log counted once.
    expect(await reportFigures(dataDir)).toEqual(log);
  });

  it('verify exits 1 naming the row when a live table was tampered with', async () => {
    const dataDir = demoDataDir();
    const { generation } = liveSlot(dataDir, 'arts_access');
    const db = new Database(join(dataDir, 'read-models.sqlite'));
    let tampered: { session_id: string; minutes: number };
    try {
      tampered = db
        .prepare(`UPDATE "arts_access_sessions__g${generation}" SET minutes = minutes + 1 WHERE rowid = (SELECT min(rowid) FROM "arts_access_sessions__g${generation}") RETURNING session_id, minutes`)
        .get() as { session_id: string; minutes: number };
    } finally {
      db.close();
    }
    expect(tampered).toBeDefined();

    const run = await ledger(dataDir, 'verify');
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^arts_access: DRIFT at position \d+$/m);
    const live = run.stdout.split('\n').filter((line) => /^ {2}\S*arts_access_sessions\S* only in live: /.test(line));
    const rebuilt = run.stdout.split('\n').filter((line) => /^ {2}\S*arts_access_sessions\S* only in rebuild: /.test(line));
    expect(live).toHaveLength(1);
    expect(rebuilt).toHaveLength(1);
    expect(live[0]).toContain(`"${tampered.session_id}"`);
    expect(live[0]).toContain(`${tampered.minutes}`);
    expect(rebuilt[0]).toContain(`"${tampered.session_id}"`);
    // The other projections are not blamed.
    for (const name of PROJECTIONS.filter((name) => name !== 'arts_access')) expect(run.stdout).toMatch(new RegExp(`^${name}: no drift at position \\d+$`, 'm'));
  });
});
