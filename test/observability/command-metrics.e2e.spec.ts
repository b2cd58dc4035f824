import { startTestApp, TestApp } from '../support/test-app';

describe('/metrics counts commands and appends', () => {
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
});
