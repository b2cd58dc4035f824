import { ARREST_NOTIFIED_ARTIST } from '../../src/demo/district-artists';
import { SILENT_PROGRESS } from '../../src/demo/demo-progress';
import { fillDemoDistrict } from '../../src/demo/fill-demo-district';
import { EsdbEventStore } from '../../src/event-store/esdb/esdb-event-store';
import { MeasuredEventStore } from '../../src/observability/measured-event-store';
import { EsdbTestServer, startEsdbTestServer } from '../support/esdb-test-server';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * The whole product on the EventStoreDB adapter: the app configured with EVENT_STORE_URL=esdb://… (the gRPC test
 * server), the demo district sent over HTTP, the follow-up reactor and the projections fed by $all subscriptions —
 * including one the server drops halfway.
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
  const health = await t.http.get('/health').expect(200);
  expect(health.body.info.eventStore).toEqual({ status: 'up', adapter: 'EsdbEventStore' });
});

it('fills the demo district through the real command path, with follow-ups and reports fed over gRPC subscriptions', async () => {
  const dropping = setTimeout(() => server.dropSubscriptions(), 1_500);
  const summary = await fillDemoDistrict(await t.app.getUrl(), t.tokens.admin, SILENT_PROGRESS);
  clearTimeout(dropping);
  expect(summary.recorded).toBeGreaterThan(900);

  // The arrest notice reached the reactor through the subscription, which suspended the artist's assignment.
  const suspended: unknown[] = [];
  for await (const event of t.store.readAll({ filter: { eventTypes: ['AssignmentSuspended'] } })) suspended.push(event.data);
  expect(suspended).toEqual(expect.arrayContaining([expect.objectContaining({ cause: expect.objectContaining({ kind: 'clearance' }) })]));
  expect(JSON.stringify(suspended)).toContain(ARREST_NOTIFIED_ARTIST);

  // Every session the demo sent is counted once in the arts-access report, read after the last write.
  const head = await t.store.headPosition();
  const access = await get(`/reports/arts-access?minPosition=${head}`).expect(200);
  expect(BigInt(access.headers['x-projection-position'])).toBeGreaterThanOrEqual(head!);
  const sessions = (access.body.leas as { sessions: number }[]).reduce((sum, lea) => sum + lea.sessions, 0);
  let logged = 0;
  for await (const _ of t.store.readAll({ filter: { eventTypes: ['SessionLogged'] } })) logged++;
  expect(sessions).toBe(logged);
});
