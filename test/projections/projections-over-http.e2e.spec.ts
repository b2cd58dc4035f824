import { SettableClock } from '../../src/clock/clock';
import { ProjectionRunner } from '../../src/projections/projection-runner';
import { REPORT_PROJECTIONS } from '../../src/reports/report-catalogue';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * Read-your-writes over HTTP on the real app (embedded store, projections run by the app itself): a report asked
 * with the position a command answered reflects that command, /health shows every projection's lag, and a
 * malformed minPosition is refused.
 */

let t: TestApp;
const REPORT_PROJECTION_NAMES = Object.values(REPORT_PROJECTIONS).map((p) => p.name);

const as = (role: 'operations' | 'reporting') => ({ Authorization: `Bearer ${t.tokens[role]}` });

async function registerSchool(schoolId: string): Promise<string> {
  const answer = await t.http
    .post('/schools')
    .set(as('operations'))
    .send({ id: schoolId, lea: 'lausd', name: `School ${schoolId}`, level: 'elementary', grades: ['3', '4'], enrolment: 321, effectiveDate: '2026-08-01' })
    .expect(201);
  expect(answer.body.position).toMatch(/^\d+$/);
  return answer.body.position as string;
}

beforeAll(async () => {
  t = await startTestApp({ clock: new SettableClock(new Date('2026-11-15T12:00:00Z')) });
});

afterAll(async () => {
  await t?.close();
});

describe('?minPosition= on the report routes', () => {
  it('answers, right after each write, with the write reflected and X-Projection-Position at or past its position', async () => {
    for (let i = 0; i < 5; i++) {
      const schoolId = `rywe-${i}`;
      const position = await registerSchool(schoolId);
      const answer = await t.http.get('/reports/arts-access').query({ lea: 'lausd', minPosition: position }).set(as('reporting')).expect(200);
      expect(BigInt(answer.headers['x-projection-position'])).toBeGreaterThanOrEqual(BigInt(position));
      expect(JSON.stringify(answer.body)).toContain(`"schoolId":"${schoolId}"`);
    }
  });

  it('waits for a projection that is behind until it has applied the write', async () => {
    const runner = t.app.get(ProjectionRunner);
    await runner.stop();
    let answer;
    try {
      const position = await registerSchool('rywe-late');
      const started = Date.now();
      // Sent while nothing applies events; the runner comes back 300 ms later.
      const pending = t.http.get('/reports/arts-access').query({ lea: 'lausd', minPosition: position }).set(as('reporting')).then((r) => r);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await runner.start();
      answer = await pending;
      expect(answer.status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
      expect(BigInt(answer.headers['x-projection-position'])).toBeGreaterThanOrEqual(BigInt(position));
      expect(JSON.stringify(answer.body)).toContain('"schoolId":"rywe-late"');
    } finally {
      await runner.start();
    }
  });

  it('does the same for CSV', async () => {
    const position = await registerSchool('rywe-csv');
    const answer = await t.http.get('/reports/partner-services').query({ minPosition: position }).set({ ...as('reporting'), Accept: 'text/csv' }).expect(200);
    expect(answer.headers['content-type']).toMatch(/^text\/csv/);
    expect(BigInt(answer.headers['x-projection-position'])).toBeGreaterThanOrEqual(BigInt(position));
    expect(answer.text).toContain('rywe-csv');
  });

  it('answers anyway after a bounded wait for a position not written yet, with a header below it', async () => {
    const head = (await t.store.headPosition())!;
    const started = Date.now();
    const answer = await t.http.get('/reports/arts-access').query({ minPosition: (head + 1000n).toString() }).set(as('reporting')).expect(200);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(BigInt(answer.headers['x-projection-position'])).toBeLessThan(head + 1000n);
    expect(BigInt(answer.headers['x-projection-position'])).toBeGreaterThanOrEqual(head);
  });

  it.each(['abc', '-1', '1.5', '1e3', ''])('refuses minPosition=%j with 400 problem+json', async (minPosition) => {
    const answer = await t.http.get('/reports/arts-access').query({ minPosition }).set(as('reporting'));
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(answer.body)).toContain('minPosition');
  });
});

describe('/health', () => {
  it('lists every projection with its lag, caught up once the runner has applied the log', async () => {
    const head = (await t.store.headPosition())!;
    const reached = await t.app.get(ProjectionRunner).waitForPosition('all', head, 10_000);
    expect(reached.reached).toBe(true);
    const answer = await t.http.get('/health').expect(200);
    const projections = answer.body.details.projections;
    expect(projections.status).toBe('up');
    const statuses = projections.projections as { name: string; status: string; position: string; headPosition: string; positionsBehind: string; secondsBehind: number }[];
    expect(statuses.map((s) => s.name).sort()).toEqual(expect.arrayContaining([...REPORT_PROJECTION_NAMES].sort()));
    for (const status of statuses) {
      expect(status).toMatchObject({ status: 'running', positionsBehind: '0', secondsBehind: 0, position: head.toString() });
    }
  });

  it('shows a projection behind while it has not applied the newest events', async () => {
    const runner = t.app.get(ProjectionRunner);
    await runner.stop();
    try {
      await registerSchool('while-stopped');
      const answer = await t.http.get('/health').expect(200);
      const statuses = answer.body.details.projections.projections as { name: string; positionsBehind: string; secondsBehind: number }[];
      for (const name of REPORT_PROJECTION_NAMES) {
        const status = statuses.find((s) => s.name === name)!;
        expect(Number(status.positionsBehind)).toBeGreaterThanOrEqual(1);
        expect(status.secondsBehind).toBeGreaterThanOrEqual(0);
      }
    } finally {
      await runner.start();
    }
    const head = (await t.store.headPosition())!;
    expect((await runner.waitForPosition('all', head, 10_000)).reached).toBe(true);
    const after = await t.http.get('/health').expect(200);
    for (const status of after.body.details.projections.projections as { positionsBehind: string }[]) expect(status.positionsBehind).toBe('0');
  });
});
