import { ProjectionRunner } from '../../src/projections/projection-runner';
import { startTestApp, TestApp } from '../support/test-app';

describe('/metrics counts commands and appends, and shows projection lag', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('shows accepted and refused commands by type, and append latency', async () => {
    const ops = { Authorization: `Bearer ${t.tokens.operations}` };
    const compliance = { Authorization: `Bearer ${t.tokens.compliance}` };
    await t.http
      .post('/partners')
      .set(ops)
      .send({ id: 'metrics-arts', lea: 'lausd', name: 'Metrics Arts', kind: 'arts-nonprofit', services: ['mentorship'], artForms: ['dance'], effectiveDate: '2026-01-05' })
      .expect(201);
    await t.http.post('/partners/metrics-arts/approval').set(compliance).send({ lea: 'lausd', effectiveDate: '2026-02-01' }).expect(409);

    const metrics = await t.http.get('/metrics').set({ Authorization: `Bearer ${t.tokens.reporting}` }).expect(200);
    expect(metrics.text).toMatch(/ledger_commands_total\{type="Partners\.\w+",outcome="accepted"\} 1/);
    expect(metrics.text).toMatch(/ledger_commands_total\{type="Partners\.\w+",outcome="refused"\} 1/);
    expect(metrics.text).toMatch(/ledger_event_store_append_seconds_count\{outcome="ok"\} [1-9]/);
    expect(metrics.text).toMatch(/ledger_events_written_total [1-9]/);
  });

  it('counts a retry with the same Idempotency-Key as repeated, not accepted', async () => {
    const ops = { Authorization: `Bearer ${t.tokens.operations}`, 'Idempotency-Key': 'metrics-retry-1' };
    const body = { id: 'retried-arts', lea: 'lausd', name: 'Retried Arts', kind: 'arts-nonprofit', services: ['mentorship'], artForms: ['music'], effectiveDate: '2026-01-05' };
    const scrape = async () => (await t.http.get('/metrics').set({ Authorization: `Bearer ${t.tokens.reporting}` }).expect(200)).text;
    const count = (text: string, outcome: string) =>
      Number(new RegExp(`ledger_commands_total\\{type="Partners\\.\\w+",outcome="${outcome}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
    const before = await scrape();
    await t.http.post('/partners').set(ops).send(body).expect(201);
    await t.http.post('/partners').set(ops).send(body).expect(200);
    const after = await scrape();
    expect(count(after, 'accepted') - count(before, 'accepted')).toBe(1);
    expect(count(after, 'repeated') - count(before, 'repeated')).toBe(1);
  });

  it('counts every command route of the API (each POST in the OpenAPI document), once per request', async () => {
    const docs = await t.http.get('/docs-json').expect(200);
    // POST /session (tag `session`) is the browser console's sign-in, not a command: it writes no event.
    const commandPaths = Object.entries(docs.body.paths as Record<string, Record<string, { tags?: string[] }>>)
      .filter(([, operations]) => 'post' in operations && !operations.post.tags?.includes('session'))
      .map(([path]) => path.replace(/\{\w+\}/g, 'no-such-id'));
    expect(commandPaths.length).toBeGreaterThan(30);
    const total = async () => {
      const text = (await t.http.get('/metrics').set({ Authorization: `Bearer ${t.tokens.reporting}` }).expect(200)).text;
      return [...text.matchAll(/^ledger_commands_total\{[^}]*\} (\d+)$/gm)].reduce((sum, [, n]) => sum + Number(n), 0);
    };
    const uncounted: string[] = [];
    for (const path of commandPaths) {
      const before = await total();
      // An empty body as admin: refused by validation or not found (or, for the sweep, an empty run), and counted.
      const res = await t.http.post(path).set({ Authorization: `Bearer ${t.tokens.admin}` }).send({});
      expect(res.status).toBeLessThan(500);
      if ((await total()) !== before + 1) uncounted.push(`${path} (${res.status})`);
    }
    expect(uncounted).toEqual([]);
  });

  it('shows each projection caught up at the head of the log: lag 0 events, position = head, not failed', async () => {
    const head = (await t.store.headPosition())!;
    expect(head).toBeGreaterThan(0n);
    expect(await t.app.get(ProjectionRunner).waitForPosition('all', head, 10_000)).toEqual({ reached: true, position: head });

    const metrics = await t.http.get('/metrics').set({ Authorization: `Bearer ${t.tokens.reporting}` }).expect(200);
    for (const projection of ['arts_access', 'clearance_roster', 'partner_services', 'partnership_health', 'pathway_sequences', 'clearance_facts']) {
      expect(metrics.text).toContain(`ledger_projection_lag_events{projection="${projection}"} 0`);
      expect(metrics.text).toContain(`ledger_projection_lag_seconds{projection="${projection}"} 0`);
      expect(metrics.text).toContain(`ledger_projection_position{projection="${projection}"} ${head}`);
      expect(metrics.text).toContain(`ledger_projection_failed{projection="${projection}"} 0`);
    }
  });

  it('shows the lag in events while the projections are stopped, and none once they catch up', async () => {
    const runner = t.app.get(ProjectionRunner);
    await runner.stop();
    try {
      await t.http
        .post('/partners')
        .set({ Authorization: `Bearer ${t.tokens.operations}` })
        .send({ id: 'lagging-arts', lea: 'lausd', name: 'Lagging Arts', kind: 'arts-nonprofit', services: ['mentorship'], artForms: ['dance'], effectiveDate: '2026-01-05' })
        .expect(201);
      const metrics = await t.http.get('/metrics').set({ Authorization: `Bearer ${t.tokens.reporting}` }).expect(200);
      expect(metrics.text).toContain('ledger_projection_lag_events{projection="partner_services"} 1');
      expect(metrics.text).toMatch(/ledger_projection_lag_seconds\{projection="partner_services"\} (?!0\n)\d/);
    } finally {
      await runner.start();
    }
    const head = (await t.store.headPosition())!;
    expect(await runner.waitForPosition('all', head, 10_000)).toEqual({ reached: true, position: head });
    const metrics = await t.http.get('/metrics').set({ Authorization: `Bearer ${t.tokens.reporting}` }).expect(200);
    expect(metrics.text).toContain('ledger_projection_lag_events{projection="partner_services"} 0');
  });
});
