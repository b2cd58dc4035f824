import { ARREST_NOTIFIED_ARTIST } from '../../src/demo/district-artists';
import { DemoProgress, SILENT_PROGRESS } from '../../src/demo/demo-progress';
import { DemoSummary, fillDemoDistrict } from '../../src/demo/fill-demo-district';
import { EsdbEventStore } from '../../src/event-store/esdb/esdb-event-store';
import { MeasuredEventStore } from '../../src/observability/measured-event-store';
import { AssignmentFollowUps } from '../../src/partnerships/follow-ups/assignment-follow-ups';
import { ProjectionRunner } from '../../src/projections/projection-runner';
import { ProjectionVerification } from '../../src/projections/projection-verification';
import { EsdbTestServer, startEsdbTestServer } from '../support/esdb-test-server';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * The whole product on the EventStoreDB adapter: the app configured with EVENT_STORE_URL=esdb://… (the gRPC test
 * server), the demo district sent over HTTP, the follow-up reactor and the projections fed by $all subscriptions —
 * including two drops by the server halfway.
 */
jest.setTimeout(240_000);

let server: EsdbTestServer;
let t: TestApp;

beforeAll(async () => {
  server = await startEsdbTestServer({ batchAppend: true });
  t = await startTestApp({ env: { EVENT_STORE_URL: server.connectionString } });
});

afterAll(async () => {
  await t?.close();
  await server?.stop();
});

const get = (path: string) => t.http.get(path).set('Authorization', `Bearer ${t.tokens.reporting}`);

it('runs on EventStoreDB when EVENT_STORE_URL says esdb://', async () => {
  expect(t.store).toBeInstanceOf(MeasuredEventStore);
  expect((t.store as MeasuredEventStore).adapter).toBeInstanceOf(EsdbEventStore);
  const health = await t.http.get('/health');
  // The whole body on failure: it says which check was down and why.
  expect({ status: health.status, body: health.body }).toMatchObject({ status: 200, body: { info: { eventStore: { status: 'up', adapter: 'EsdbEventStore' } } } });
});

/**
 * Drops every live subscription right before the first request of the named fill stages, once the reactor and the
 * projections have handled everything written so far: the drop then certainly hits live, caught-up subscriptions,
 * and everything the fill writes afterwards can only arrive through the resubscriptions.
 */
function dropSubscriptionsBefore(stages: readonly string[]) {
  const followUps = t.app.get(AssignmentFollowUps);
  const runner = t.app.get(ProjectionRunner);
  const drops: { stage: string; head: bigint; reactorAt: bigint | undefined; projectionsAt: bigint | undefined; dropped: number }[] = [];
  let pending: string | undefined;
  const realFetch = globalThis.fetch;
  const fetchSpy = jest.spyOn(globalThis, 'fetch').mockImplementation(async (...args: Parameters<typeof fetch>) => {
    const stage = pending;
    pending = undefined;
    if (stage !== undefined) {
      const head = (await t.store.headPosition())!;
      await followUps.caughtUp();
      const reached = await runner.waitForPosition('all', head, 10_000);
      expect(reached).toEqual({ reached: true, position: expect.any(BigInt) });
      drops.push({ stage, head, reactorAt: followUps.position, projectionsAt: runner.lowestLivePosition(runner.registered().map((p) => p.name)), dropped: server.dropSubscriptions() });
    }
    return realFetch(...args);
  });
  const progress: DemoProgress = {
    ...SILENT_PROGRESS,
    stage(name) {
      if (stages.includes(name)) pending = name;
    },
  };
  return { progress, drops, restore: () => fetchSpy.mockRestore() };
}

it('fills the demo district through the real command path, with follow-ups and reports fed over gRPC subscriptions the server drops twice', async () => {
  // Before the arrest notice (its follow-up must come through the reactor's resubscription: the fill waits for it),
  // and after the bulk of the sessions (PD, year end and the sweep come through the resubscriptions).
  const dropper = dropSubscriptionsBefore(['arrest notification', 'PD, check-ins, evaluations']);
  let summary: DemoSummary;
  try {
    summary = await fillDemoDistrict(await t.app.getUrl(), t.tokens.admin, dropper.progress);
  } finally {
    dropper.restore();
  }
  expect(summary.recorded).toBeGreaterThan(900);

  // Each drop really happened, to the two live subscriptions (follow-up reactor, projection runner), after both had
  // handled events up to the head of the log at that moment.
  expect(dropper.drops.map((d) => d.stage)).toEqual(['arrest notification', 'PD, check-ins, evaluations']);
  for (const drop of dropper.drops) {
    expect(drop.dropped).toBeGreaterThanOrEqual(2);
    expect(drop.projectionsAt).toBeGreaterThanOrEqual(drop.head);
    expect(drop.reactorAt).toBeGreaterThan(0n);
  }
  expect(dropper.drops[1].head).toBeGreaterThan(dropper.drops[0].head);

  // The arrest notice reached the reactor through the subscription, which suspended the artist's assignment.
  const suspended: { assignmentId: string; cause: { kind: string; eventId: string } }[] = [];
  for await (const event of t.store.readAll({ filter: { eventTypes: ['AssignmentSuspended'] } })) suspended.push(event.data as (typeof suspended)[number]);
  expect(suspended).toEqual(expect.arrayContaining([expect.objectContaining({ cause: expect.objectContaining({ kind: 'clearance' }) })]));
  expect(JSON.stringify(suspended)).toContain(ARREST_NOTIFIED_ARTIST);
  // No follow-up was written twice for one cause, although the reactor resubscribed twice.
  const followUpKeys = suspended.map((s) => `${s.assignmentId}:${s.cause.eventId}`);
  expect(new Set(followUpKeys).size).toBe(followUpKeys.length);

  // Every session the demo sent that is dated by the report's day is counted once in the arts-access report (the demo
  // records its school year ahead; a session counts from its own date), read after the last write.
  await t.app.get(AssignmentFollowUps).caughtUp();
  const head = await t.store.headPosition();
  expect(head).toBeGreaterThan(dropper.drops[1].head);
  const access = await get(`/reports/arts-access?minPosition=${head}`).expect(200);
  expect(BigInt(access.headers['x-projection-position'])).toBeGreaterThanOrEqual(head!);
  const sessions = (access.body.leas as { sessions: number }[]).reduce((sum, lea) => sum + lea.sessions, 0);
  expect(access.body.today).toBe(t.clock.today());
  let logged = 0;
  for await (const event of t.store.readAll({ filter: { eventTypes: ['SessionLogged'] } })) if ((event.data as { date: string }).date <= access.body.today) logged++;
  expect(logged).toBeGreaterThan(0);
  expect(sessions).toBe(logged);

  // Every read model equals a fresh rebuild from the log, row by row: no event was skipped or applied twice.
  const runner = t.app.get(ProjectionRunner);
  const verification = new ProjectionVerification(t.store, runner.checkpoints.db, runner.checkpoints, runner.generations);
  const verdicts = [];
  for (const projection of runner.registered()) verdicts.push(await verification.verify(projection));
  expect(verdicts.length).toBeGreaterThan(0);
  expect(verdicts.map(({ projection, outcome, drift }) => ({ projection, outcome, drift }))).toEqual(
    verdicts.map(({ projection }) => ({ projection, outcome: 'same', drift: [] })),
  );
});

it('rebuilds every projection over EventStoreDB (read asynchronously, a batch per transaction): the swapped-in read models equal a fresh rebuild', async () => {
  const runner = t.app.get(ProjectionRunner);
  expect(t.store.synchronousPages()).toBeUndefined();
  const before = new Map(runner.registered().map((p) => [p.name, runner.checkpoints.get(p.name, 'live')!.generation]));
  const result = await runner.rebuild(runner.registered());
  expect(result).toEqual({ swapped: runner.registered().map((p) => p.name), failed: [], stopped: false });
  for (const [name, generation] of before) expect(runner.checkpoints.get(name, 'live')!.generation).toBeGreaterThan(generation);

  const verification = new ProjectionVerification(t.store, runner.checkpoints.db, runner.checkpoints, runner.generations);
  const verdicts = [];
  for (const projection of runner.registered()) verdicts.push(await verification.verify(projection));
  expect(verdicts.map(({ projection, outcome, drift }) => ({ projection, outcome, drift }))).toEqual(
    verdicts.map(({ projection }) => ({ projection, outcome: 'same', drift: [] })),
  );
});

it("the console's log integrity over EventStoreDB: the head from GET /log-head, and a check of the demo district against it verifies", async () => {
  const compliance = { Authorization: `Bearer ${t.tokens.compliance}` };
  const head = (await t.http.get('/log-head').set(compliance).expect(200)).body;
  expect(head).toMatchObject({ format: 'ledger-log-head/1', store: 'esdb', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  const started = (await t.http.post('/log-verifications').set(compliance).send({ head: { position: head.position, hash: head.hash } }).expect(202)).body;
  let check = started;
  for (let polls = 0; check.status === 'running' && polls < 600; polls++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    check = (await t.http.get(`/log-verifications/${started.id}`).set(compliance).expect(200)).body;
  }
  expect(check).toMatchObject({ status: 'verified', result: { problemCount: 0, head: { position: head.position, hash: head.hash } } });
  expect(check.result.events).toBeGreaterThan(500);
});
