import { randomUUID } from 'node:crypto';
import { currentSchemaVersion, NewEvent, upcast } from '../../../src/event-store';
import '../../../src/partnerships/domain/partnership-event-versions';
import { startTestApp, TestApp } from '../../support/test-app';

/*
 * Event versioning, shown on one real change: ProfessionalDevelopmentDelivered v2 added `effectiveDate`.
 * A log written by an earlier build holds v1 events; every reader (decider fold, timeline, feed, report
 * projection) sees them in the v2 shape, and new events are written as v2.
 */

const STREAM = 'partnership-legacy';
const old = (type: string, data: object, schemaVersion = 1): NewEvent => ({
  id: randomUUID(), type, schemaVersion, data, metadata: { actor: 'key:operations', correlationId: randomUUID() },
});

let t: TestApp;
let head: bigint;
const as = (role: 'operations' | 'reporting') => ({ Authorization: `Bearer ${t.tokens[role]}` });

beforeAll(async () => {
  t = await startTestApp();
  const base = { partnershipId: 'legacy', lea: 'lausd' };
  const appended = await t.store.append(STREAM, [
    old('PartnershipProposed', { ...base, partnerIds: ['dance-co'], scope: 'network', model: 'teacher-pd', artForms: ['dance'], name: 'Legacy PD', effectiveDate: '2025-08-01', termEnd: null }),
    old('SchoolEnrolled', { ...base, schoolId: 'roosevelt', effectiveDate: '2025-08-05' }),
    old('CommitmentRecorded', { ...base, effectiveDate: '2025-08-05', stipends: null, releaseTimeHours: 10, funds: null, additive: true, notes: null }),
    old('PartnershipActivated', { ...base, effectiveDate: '2025-08-10' }),
    // The v1 shape: no effectiveDate.
    old('ProfessionalDevelopmentDelivered', { ...base, date: '2025-09-12', hours: 3, attendees: 11, topic: 'dance and literacy' }),
  ], 'no_stream');
  head = appended.position;
});

afterAll(async () => {
  await t?.close();
});

it('upcasts a v1 event to the current shape, and knows v2 is current', async () => {
  expect(currentSchemaVersion('ProfessionalDevelopmentDelivered')).toBe(2);
  const [, , , , recorded] = await collect(t.store.readStream(STREAM));
  expect(recorded.schemaVersion).toBe(1);
  expect(upcast(recorded)).toMatchObject({ schemaVersion: 2, data: { date: '2025-09-12', effectiveDate: '2025-09-12', hours: 3 } });
});

it('shows the v1 event in the current shape to the timeline, the feed and the health report, and folds it into state', async () => {
  const timeline = await t.http.get('/partnerships/legacy/timeline').set(as('operations')).expect(200);
  const step = (timeline.body.steps as { type: string }[]).find((s) => s.type === 'ProfessionalDevelopmentDelivered');
  expect(step).toMatchObject({ schemaVersion: 2, effectiveDate: '2025-09-12', data: { effectiveDate: '2025-09-12' } });

  const feed = await t.http.get('/feeds/events').set(as('reporting')).expect(200);
  const line = feed.text.trim().split('\n').map((l) => JSON.parse(l)).find((e) => e.type === 'ProfessionalDevelopmentDelivered');
  expect(line).toMatchObject({ schemaVersion: 2, data: { effectiveDate: '2025-09-12' } });

  const health = await t.http.get(`/reports/partnership-health?minPosition=${head}`).set(as('reporting')).expect(200);
  expect(health.body.partnerships[0].professionalDevelopment).toMatchObject({ hours: 3, attendees: 11 });

  const state = await t.http.get('/partnerships/legacy').set(as('operations')).expect(200);
  expect(state.body.state.professionalDevelopmentHours).toBe(3);
});

it('writes new events in the current shape', async () => {
  await t.http
    .post('/partnerships/legacy/professional-development')
    .set(as('operations'))
    .send({ date: '2025-10-03', hours: 2, attendees: 9, topic: 'assessment in dance' })
    .expect(201);
  const events = await collect(t.store.readStream(STREAM));
  expect(events[events.length - 1]).toMatchObject({ schemaVersion: 2, data: { effectiveDate: '2025-10-03' } });
});

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of iterable) all.push(item);
  return all;
}
