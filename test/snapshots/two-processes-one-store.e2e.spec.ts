import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordedEvent } from '../../src/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { LedgerProcess, runLedger, startLedger, STACK_LINE } from '../cli/support/run-ledger';
import { seedApprovedPartner, seedClearedArtist, seedSchool } from '../support/seed-district';
import { startTestApp, TestApp } from '../support/test-app';
import { freePort } from '../support/free-port';

/*
 * Two server processes on one data directory (one embedded store, one read-model file), each with its own fold cache,
 * writing the same partnership in turn. Each command is conditional on the revision the OTHER process answered last
 * (If-Match), so a process that decided on its cached fold without reading the tail would answer 412; and a
 * session id the other process just logged must be refused as already logged, which holds only if that event was
 * folded. SNAPSHOT_EVERY is small so both processes also write and read durable snapshots meanwhile. At the end
 * nothing is lost or doubled, a cold start answers the same state, and `ledger verify` finds no drift.
 */

jest.setTimeout(120_000);

const SERVER = join(__dirname, '..', 'cli', 'fixtures', 'server.js');
const LEA = 'lausd';
const ID = 'p-two';
const STREAM = `partnership-${ID}`;
const ROUNDS = 40;
const ENV = { SNAPSHOT_EVERY: '7', LOG_LEVEL: 'warn', SWEEP_AT: 'off' };

let dataDir: string;
let tokens: Record<string, string>;
const servers: LedgerProcess[] = [];

afterAll(async () => {
  for (const server of servers) await server.kill();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});


/** School, approved partner, cleared artist, an active partnership with one running assignment; then the app stops. */
async function seed(): Promise<void> {
  const t: TestApp = await startTestApp({ dataDir, env: ENV });
  try {
    await seedApprovedPartner(t.store, LEA, 'dance-co');
    await seedSchool(t.store, LEA);
    await seedClearedArtist(t, 'maria', { lea: LEA, partnerId: 'dance-co', clearedOn: '2026-08-01' });
    const steps: [string, object][] = [
      ['/partnerships', { id: ID, name: 'Two writers', partnerIds: ['dance-co'], lea: LEA, scope: 'network', model: 'residency', artForms: ['dance'], effectiveDate: '2026-08-01', termEnd: '2027-06-30' }],
      [`/partnerships/${ID}/schools`, { schoolId: 'roosevelt', effectiveDate: '2026-08-10' }],
      [`/partnerships/${ID}/commitments`, { effectiveDate: '2026-08-10', stipends: { amount: 5000, currency: 'USD' }, releaseTimeHours: 24, replacesSequentialInstruction: false }],
      [`/partnerships/${ID}/activation`, { effectiveDate: '2026-08-15' }],
      [`/partnerships/${ID}/assignments`, { id: 'a1', artistId: 'maria', schoolId: 'roosevelt', classroomTeacher: 'Ms. Alvarez', artForm: 'dance', grades: ['4'], startDate: '2026-09-01', endDate: '2027-06-18', plannedSessions: 12 }],
    ];
    for (const [path, body] of steps) {
      const answer = await t.http.post(path).set({ Authorization: `Bearer ${t.tokens.operations}` }).send(body);
      expect([path, answer.status, answer.status === 201 ? {} : answer.body]).toEqual([path, 201, {}]);
    }
    tokens = t.tokens;
  } finally {
    await t.close();
  }
}

async function startServer(): Promise<string> {
  const port = await freePort();
  const server = startLedger([], { dataDir, script: SERVER, env: { ...ENV, PORT: String(port) } });
  servers.push(server);
  await server.waitForLine('stdout', (line) => line.startsWith('Partnership Ledger listening on port'), 60_000);
  return `http://127.0.0.1:${port}`;
}

async function call(base: string, method: 'GET' | 'POST', path: string, body?: object, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { Authorization: `Bearer ${tokens.operations}`, 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, etag: response.headers.get('etag'), body: (await response.json()) as Record<string, any> };
}

async function streamEvents(): Promise<RecordedEvent[]> {
  const store = SqliteEventStore.open({ path: join(dataDir, 'events.sqlite') });
  try {
    const events: RecordedEvent[] = [];
    for await (const event of store.readStream(STREAM)) events.push(event);
    return events;
  } finally {
    await store.close();
  }
}

describe('two server processes writing one partnership in turn', () => {
  it('decide each command on the other one\'s last event, lose nothing, and leave no projection drift', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-two-'));
    await seed();
    const [a, b] = await Promise.all([startServer(), startServer()]);

    // Both caches warm on the partnership before the other starts writing it.
    const first = await call(a, 'GET', `/partnerships/${ID}`);
    expect((await call(b, 'GET', `/partnerships/${ID}`)).etag).toBe(first.etag);
    let revision = BigInt(first.body.revision);

    for (let round = 0; round < ROUNDS; round++) {
      const [writer, other] = round % 2 === 0 ? [a, b] : [b, a];
      const sessionId = `s-${round}`;
      const day = String(1 + (round % 28)).padStart(2, '0');
      const logged = await call(writer, 'POST', `/partnerships/${ID}/assignments/a1/sessions`, { id: sessionId, date: `2026-10-${day}`, minutes: 45, students: 20 }, { 'If-Match': `"${revision}"` });
      expect([round, logged.status, logged.status === 201 ? {} : logged.body]).toEqual([round, 201, {}]);
      expect(BigInt(logged.body.revision)).toBe(revision + 1n);
      revision += 1n;

      // The other process must refuse the same session id: only its fold of the writer's event says it exists.
      const repeated = await call(other, 'POST', `/partnerships/${ID}/assignments/a1/sessions`, { id: sessionId, date: `2026-10-${day}`, minutes: 45, students: 20 });
      expect([round, repeated.status, repeated.body.rule]).toEqual([round, 409, 'session.unique']);
      // And its state route answers the writer's revision.
      const state = await call(other, 'GET', `/partnerships/${ID}`);
      expect([round, state.etag, state.body.state.sessions.count]).toEqual([round, `"${revision}"`, round + 1]);
    }

    // A refusal that holds only after the other's event: b ends the assignment, a may no longer log on it.
    expect((await call(b, 'POST', `/partnerships/${ID}/assignments/a1/end`, { effectiveDate: '2026-11-01', reason: 'moved' })).status).toBe(201);
    const afterEnd = await call(a, 'POST', `/partnerships/${ID}/assignments/a1/sessions`, { id: 's-late', date: '2026-11-05', minutes: 45, students: 20 });
    expect([afterEnd.status, afterEnd.body.rule]).toEqual([409, 'session.assignment-running']);

    const finalState = await call(a, 'GET', `/partnerships/${ID}`);
    for (const server of servers.splice(0)) await server.kill();

    // Nothing lost, nothing doubled: one SessionLogged per round, in order, at consecutive revisions.
    const events = await streamEvents();
    const sessions = events.filter((event) => event.type === 'SessionLogged').map((event) => (event.data as { sessionId: string }).sessionId);
    expect(sessions).toEqual(Array.from({ length: ROUNDS }, (_, round) => `s-${round}`));
    expect(events.map((event) => event.revision)).toEqual(events.map((_, index) => BigInt(index)));
    expect(events[events.length - 1].type).toBe('AssignmentEnded');

    // A cold start (new process state: empty cache, the snapshots both processes wrote) answers the same state.
    const cold = await startTestApp({ dataDir, env: ENV });
    try {
      const view = await cold.http.get(`/partnerships/${ID}`).set({ Authorization: `Bearer ${tokens.reporting}` });
      expect(view.body).toEqual(finalState.body);
    } finally {
      await cold.close();
    }

    const verify = await runLedger(['verify'], { dataDir, timeoutMs: 90_000 });
    expect(verify.stderr).not.toMatch(STACK_LINE);
    expect(verify.stdout).not.toContain('DRIFT');
    expect(verify.stdout).toMatch(/no drift/);
    expect(verify.code).toBe(0);
  });
});
