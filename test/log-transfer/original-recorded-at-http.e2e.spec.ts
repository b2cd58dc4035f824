import { schoolCommands } from '../../src/demo/district-schools';
import { RecordedEvent } from '../../src/event-store';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * Only `ledger import-log` sets metadata.originalRecordedAt (and so an event's recordedAt). Over HTTP a client can
 * never set metadata: a body naming it is refused (unknown property) with nothing written, and a header is ignored.
 */

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(async () => {
  await t?.close();
});

async function events(): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for await (const e of t.store.readAll()) all.push(e);
  return all;
}

it('refuses a command body carrying metadata or originalRecordedAt, writing nothing', async () => {
  const [register] = schoolCommands();
  for (const extra of [{ metadata: { originalRecordedAt: '2001-01-01T00:00:00.000Z' } }, { originalRecordedAt: '2001-01-01T00:00:00.000Z' }]) {
    const answer = await t.http.post(register.path).set('Authorization', `Bearer ${t.tokens.admin}`).send({ ...register.body, ...extra });
    expect({ status: answer.status, body: JSON.stringify(answer.body) }).toEqual({ status: 400, body: expect.stringMatching(/metadata|originalRecordedAt/) });
  }
  expect(await events()).toEqual([]);
});

it('ignores a header naming it: the event is recorded now, its metadata built from the request context only', async () => {
  const [register] = schoolCommands();
  const started = Date.now();
  const answer = await t.http
    .post(register.path)
    .set({ Authorization: `Bearer ${t.tokens.admin}`, 'X-Original-Recorded-At': '2001-01-01T00:00:00.000Z', 'Original-Recorded-At': '2001-01-01T00:00:00.000Z' })
    .send(register.body);
  expect(answer.status).toBe(201);
  const [recorded] = await events();
  expect(recorded.recordedAt.getTime()).toBeGreaterThanOrEqual(started - 1_000);
  expect(recorded.metadata.originalRecordedAt).toBeUndefined();
});
