import { startTestApp, TestApp } from '../support/test-app';
import { bearer, CallerRole, instantBetweenWrites, postAccepted, seedPartnerAndSchool, streamEvents } from './history-setup';

/*
 * A partnership's timeline over HTTP, folded from the embedded store: proposed, school enrolled, commitment recorded,
 * activated, a check-in. Instants captured between the writes cut it on the recorded-time axis.
 */

const LEA = 'lausd';
let t: TestApp;
const knew: Record<'beforeProposal' | 'afterEnrolment' | 'beforeActivation', string> = { beforeProposal: '', afterEnrolment: '', beforeActivation: '' };

type Step = { revision: string; position: string; type: string; actor: string; effectiveDate: string | null; recordedAt: string; correlationId: string; stateAfter: Record<string, unknown> };
const timeline = (query = '', role: CallerRole = 'operations') => t.http.get(`/partnerships/p1/timeline${query}`).set(bearer(t, role));
const summary = (steps: Step[]) => steps.map((s) => [s.revision, s.type, s.stateAfter.status]);

beforeAll(async () => {
  t = await startTestApp();
  await seedPartnerAndSchool(t, LEA, 'dance-co', 'roosevelt');
  knew.beforeProposal = await instantBetweenWrites();
  await postAccepted(t, '/partnerships', { id: 'p1', name: 'Dance integration', partnerIds: ['dance-co'], lea: LEA, scope: 'network', model: 'residency', artForms: ['dance'], effectiveDate: '2026-08-01', termEnd: '2027-06-30' }, 'operations');
  await postAccepted(t, '/partnerships/p1/schools', { schoolId: 'roosevelt', effectiveDate: '2026-08-10' }, 'operations');
  knew.afterEnrolment = await instantBetweenWrites();
  await postAccepted(t, '/partnerships/p1/commitments', { effectiveDate: '2026-08-10', stipends: { amount: 5000, currency: 'USD' }, releaseTimeHours: 24, replacesSequentialInstruction: false }, 'operations');
  knew.beforeActivation = await instantBetweenWrites();
  await postAccepted(t, '/partnerships/p1/activation', { effectiveDate: '2026-08-15' }, 'admin');
  await postAccepted(t, '/partnerships/p1/check-ins', { date: '2026-09-30', studentGrowthNotes: 'Grade 4 can sequence eight counts', by: 'Ms. Alvarez' }, 'operations');
});

afterAll(async () => {
  await t?.close();
});

describe('GET /partnerships/{id}/timeline', () => {
  it('lists each event in order with its actor, times, ids and the state after it', async () => {
    const answer = await timeline();
    expect(answer.status).toBe(200);
    expect(answer.body.total).toBe(5);
    const steps = answer.body.steps as Step[];
    expect(summary(steps)).toEqual([
      ['0', 'PartnershipProposed', 'proposed'],
      ['1', 'SchoolEnrolled', 'proposed'],
      ['2', 'CommitmentRecorded', 'proposed'],
      ['3', 'PartnershipActivated', 'active'],
      ['4', 'CheckInRecorded', 'active'],
    ]);
    expect(steps.map((s) => s.actor)).toEqual(['key:operations', 'key:operations', 'key:operations', 'key:admin', 'key:operations']);
    expect(steps.map((s) => s.effectiveDate)).toEqual(['2026-08-01', '2026-08-10', '2026-08-10', '2026-08-15', '2026-09-30']);
    const stored = await streamEvents(t, 'partnership-p1');
    expect(steps.map((s) => [s.position, s.recordedAt, s.correlationId])).toEqual(
      stored.map((e) => [e.position.toString(), e.recordedAt.toISOString(), e.metadata.correlationId]),
    );
    expect(steps[0].stateAfter).toEqual(expect.objectContaining({ schools: [], commitment: null }));
    expect(steps[1].stateAfter.schools).toEqual([expect.objectContaining({ schoolId: 'roosevelt' })]);
    expect(steps[4].stateAfter).toEqual(expect.objectContaining({ checkIns: 1, lastCheckIn: '2026-09-30', activatedOn: '2026-08-15' }));
  });

  it('cuts the timeline at a revision or at an instant', async () => {
    const atRevision = await timeline('?until=1');
    expect(summary(atRevision.body.steps)).toEqual([['0', 'PartnershipProposed', 'proposed'], ['1', 'SchoolEnrolled', 'proposed']]);
    expect(atRevision.body.steps[1].stateAfter.commitment).toBeNull();

    const atInstant = await timeline(`?until=${knew.afterEnrolment}`);
    expect(summary(atInstant.body.steps)).toEqual(summary(atRevision.body.steps));
  });

  it('shows the partnership as it was known at an instant', async () => {
    const beforeActivation = await timeline(`?knownAt=${knew.beforeActivation}`);
    expect(beforeActivation.body.total).toBe(3);
    expect(beforeActivation.body.steps.at(-1).stateAfter).toEqual(expect.objectContaining({ status: 'proposed', commitment: expect.objectContaining({ releaseTimeHours: 24 }) }));

    const beforeProposal = await timeline(`?knownAt=${knew.beforeProposal}`);
    expect([beforeProposal.status, beforeProposal.body.total, beforeProposal.body.steps]).toEqual([200, 0, []]);

    const both = await timeline(`?until=1&knownAt=${knew.beforeActivation}`);
    expect(both.body.total).toBe(2);
  });

  it('pages, each page keeping the state folded from the start', async () => {
    const first = await timeline('?limit=2', 'reporting');
    expect([first.body.steps.length, first.body.nextFrom]).toEqual([2, '2']);
    const rest = await timeline(`?from=${first.body.nextFrom}&limit=10`, 'compliance');
    expect(summary(rest.body.steps)).toEqual([['2', 'CommitmentRecorded', 'proposed'], ['3', 'PartnershipActivated', 'active'], ['4', 'CheckInRecorded', 'active']]);
    expect(rest.body.steps[0].stateAfter.schools).toHaveLength(1);
    expect(rest.body.nextFrom).toBeNull();
  });

  it('answers 404 for a missing partnership and 400 problem+json for a bad until, knownAt or page', async () => {
    expect((await t.http.get('/partnerships/nope/timeline').set(bearer(t, 'operations'))).status).toBe(404);
    for (const query of ['?until=yesterday', '?until=-1', '?until=2026-08-01', '?knownAt=2026-08-01', '?knownAt=2026-13-01T00:00:00Z', '?limit=0', '?sort=desc']) {
      const answer = await timeline(query);
      expect([query, answer.status, answer.headers['content-type']]).toEqual([query, 400, expect.stringContaining('application/problem+json')]);
    }
  });
});
