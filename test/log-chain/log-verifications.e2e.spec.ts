import Database from 'better-sqlite3';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * `ledger verify --log [--head]` for a person, over real HTTP on the real app and embedded store: a check started with
 * POST /log-verifications, read back with GET until it ends. The SQLite file is then edited behind the server's back,
 * as an intruder with file access would, and the check names the edited event.
 */

let t: TestApp;
const as = (role: 'compliance' | 'operations') => ({ Authorization: `Bearer ${t.tokens[role]}` });

beforeAll(async () => {
  t = await startTestApp();
  for (let i = 0; i < 30; i++) {
    await t.http
      .post('/partners')
      .set(as('operations'))
      .send({ id: `verify-arts-${i}`, lea: 'lausd', name: `Verify Arts ${i}`, kind: 'arts-nonprofit', services: ['mentorship'], artForms: ['dance'], effectiveDate: '2026-01-05' })
      .expect(201);
  }
});

afterAll(async () => {
  await t?.close();
});

/** Starts a check and reads it back until it has ended; returns every answer read, the last one finished. */
async function check(body: object): Promise<{ started: Record<string, unknown>; finished: Record<string, any> }> {
  const started = await t.http.post('/log-verifications').set(as('compliance')).send(body).expect(202);
  expect(started.body).toMatchObject({ status: 'running', startedBy: 'key:compliance', result: null });
  for (let polls = 0; polls < 200; polls++) {
    const answer = await t.http.get(`/log-verifications/${started.body.id}`).set(as('compliance')).expect(200);
    if (answer.body.status !== 'running') return { started: started.body, finished: answer.body };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the check did not end');
}

describe('POST /log-verifications: checking the log from the console or a program', () => {
  it('verifies an untouched log against a head kept earlier, and reads every event up to it', async () => {
    const kept = (await t.http.get('/log-head').set(as('compliance')).expect(200)).body;
    const { finished } = await check({ head: { position: kept.position, hash: kept.hash } });
    expect(finished).toMatchObject({
      status: 'verified',
      keptHead: { position: kept.position, hash: kept.hash },
      untilPosition: kept.position,
      eventsChecked: Number(kept.position),
      result: { events: Number(kept.position), problemCount: 0, problems: [], head: { position: kept.position, hash: kept.hash } },
      error: null,
    });
    expect(Date.parse(finished.finishedAt)).toBeGreaterThanOrEqual(Date.parse(finished.startedAt));
  });

  it('says a head that was never this log\'s does not match, and writes nothing', async () => {
    const head = (await t.http.get('/log-head').set(as('compliance')).expect(200)).body;
    const { finished } = await check({ head: { position: head.position, hash: 'f'.repeat(64) } });
    expect(finished.status).toBe('problems');
    expect(finished.result.problems.map((problem: { kind: string }) => problem.kind)).toEqual(['head']);
    expect(await t.store.headPosition()).toBe(BigInt(head.position));
  });

  it('names the event an intruder edited in the file, by stream, revision and position', async () => {
    const db = new Database(join(t.dataDir, 'events.sqlite'));
    try {
      db.prepare(`UPDATE events SET data = replace(data, 'Verify Arts 7', 'Verify Arts 8') WHERE stream_id = 'partner-verify-arts-7' AND revision = 0`).run();
    } finally {
      db.close();
    }
    const position = String((await t.store.findEvent('partner-verify-arts-7', (await first('partner-verify-arts-7')).id))!.position);
    const { finished } = await check({});
    expect(finished.status).toBe('problems');
    expect(finished.result.problems[0]).toMatchObject({ kind: 'content', streamId: 'partner-verify-arts-7', revision: '0', position });
  });

  it('refuses a malformed head with 400 naming the field, and an unknown check with 404', async () => {
    const refused = await t.http.post('/log-verifications').set(as('compliance')).send({ head: { position: '12', hash: 'not-a-hash' } }).expect(400);
    expect(JSON.stringify(refused.body)).toMatch(/head\.hash|hash/);
    await t.http.get('/log-verifications/7d9f3c1e-2b8a-4e4f-9c0d-1a2b3c4d5e6f').set(as('compliance')).expect(404);
    await t.http.post('/log-verifications').set(as('operations')).send({}).expect(403);
  });
});

async function first(streamId: string) {
  for await (const event of t.store.readStream(streamId)) return event;
  throw new Error(`${streamId} is empty`);
}
