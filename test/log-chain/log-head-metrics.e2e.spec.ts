import { readLogHead } from '../../src/log-chain/log-head';
import { startTestApp, TestApp } from '../support/test-app';

describe('/metrics shows the log chain head', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('as ledger_log_head_position{hash} — the same head ledger log-head and backups read', async () => {
    await t.http
      .post('/partners')
      .set({ Authorization: `Bearer ${t.tokens.operations}` })
      .send({ id: 'chain-arts', lea: 'lausd', name: 'Chain Arts', kind: 'arts-nonprofit', services: ['mentorship'], artForms: ['dance'], effectiveDate: '2026-01-05' })
      .expect(201);
    const head = await readLogHead(t.store);
    expect(Number(head.position)).toBeGreaterThan(0);
    const metrics = await t.http.get('/metrics').set({ Authorization: `Bearer ${t.tokens.reporting}` }).expect(200);
    expect(metrics.text).toContain(`ledger_log_head_position{hash="${head.hash}"} ${head.position}`);
  });
});
