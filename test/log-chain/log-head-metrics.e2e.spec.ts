import { readLogHead } from '../../src/log-chain/log-head';
import { logChainOf } from '../../src/log-chain/log-chain';
import { verifyLog } from '../../src/log-chain/verify-log';
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

describe('GET /log-head: the chain head for a person (the console\'s "Event log integrity")', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const headOverHttp = async () => (await t.http.get('/log-head').set({ Authorization: `Bearer ${t.tokens.compliance}` }).expect(200)).body;
  const propose = (id: string) =>
    t.http
      .post('/partners')
      .set({ Authorization: `Bearer ${t.tokens.operations}` })
      .send({ id, lea: 'lausd', name: `${id} arts`, kind: 'arts-nonprofit', services: ['mentorship'], artForms: ['dance'], effectiveDate: '2026-01-05' })
      .expect(201);

  it('is what ledger log-head prints, and what verify --log --head later accepts; a head kept before more appends still verifies', async () => {
    await propose('head-arts');
    const kept = await headOverHttp();
    const read = await readLogHead(t.store);
    expect({ ...kept, readAt: undefined }).toEqual({ ...read, readAt: undefined });
    expect(kept).toMatchObject({ format: 'ledger-log-head/1', store: 'sqlite', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });

    await propose('later-arts');
    const later = await headOverHttp();
    expect(BigInt(later.position)).toBeGreaterThan(BigInt(kept.position));
    const verification = await verifyLog(logChainOf(t.store), { expectedHead: { position: kept.position, hash: kept.hash } });
    expect(verification.problems).toEqual([]);
    // A head that was never the log's is named.
    const forged = await verifyLog(logChainOf(t.store), { expectedHead: { position: kept.position, hash: '0'.repeat(64) } });
    expect(forged.problems.map((problem) => problem.kind)).toEqual(['head']);
  });
});
