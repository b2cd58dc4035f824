import { SettableClock } from '../../../src/clock/clock';
import { PARTNER_STANDING_ACTOR } from '../../../src/partners/application/record-partner-lapses';
import { AssignmentFollowUps } from '../../../src/partnerships/follow-ups/assignment-follow-ups';
import { ensureReportProjectionsRun } from '../../reports/report-district';
import { seedApprovedPartner, seedClearedArtist, seedSchool } from '../../support/seed-district';
import { startTestApp, TestApp } from '../../support/test-app';
import { roleRequests } from './role-requests';

/*
 * Issue 10 §1 and §2 over HTTP, through the real app, SQLite store, follow-up reactor and report projections:
 * a partner's insurance cancellation effective 2026-02-04 becomes a roster fact by the sweep for that date
 * (PartnerSuspended by system:partner-standing, caused by the cancellation), and every session is judged on its
 * own date — 2026-01-20 (insured) accepted, 2026-02-06 (inside the lapse) refused even after the partner is
 * insured again and reinstated from 2026-02-10 and the assignment has resumed.
 *
 * The clock starts on 2026-01-15, so the cancellation notice is about a day still to come.
 */

const LEA = 'lausd';
const clock = new SettableClock(new Date('2026-01-15T12:00:00Z'));
let t: TestApp;
let stopProjections: () => Promise<void>;
const { as, post, expectCreated } = roleRequests(() => t);
const followUps = () => t.app.get(AssignmentFollowUps);

const session = async (date: string, sessionId?: string) => {
  await followUps().caughtUp();
  return post('/partnerships/pz/assignments/a1/sessions', { ...(sessionId ? { id: sessionId } : {}), date, minutes: 45, students: 24 });
};

const rosterOf = async (partnerId: string) => {
  const view = await t.http.get(`/partners/${partnerId}`).set(as('compliance')).expect(200);
  return (view.body.state.rosterChanges as { lea: string; status: string; effectiveDate: string }[]).filter((c) => c.lea === LEA);
};

beforeAll(async () => {
  t = await startTestApp({ clock });
  stopProjections = await ensureReportProjectionsRun(t);
  await seedApprovedPartner(t.store, LEA, 'zeta-co'); // insured 2026-01-01 to 2027-07-01 (policy GL-zeta-co), approved from 2026-01-05
  await seedApprovedPartner(t.store, LEA, 'omega-co');
  await seedSchool(t.store, LEA);
  await seedClearedArtist(t, 'zoe', { lea: LEA, partnerId: 'zeta-co', clearedOn: '2026-01-10' });
  await expectCreated('/partnerships', { id: 'pz', name: 'Dance integration', partnerIds: ['zeta-co'], lea: LEA, scope: 'school', model: 'co-teaching', artForms: ['dance'], effectiveDate: '2026-01-10', termEnd: '2026-06-30' });
  await expectCreated('/partnerships/pz/schools', { schoolId: 'roosevelt', effectiveDate: '2026-01-11' });
  await expectCreated('/partnerships/pz/commitments', { effectiveDate: '2026-01-11', releaseTimeHours: 12, replacesSequentialInstruction: false });
  await expectCreated('/partnerships/pz/activation', { effectiveDate: '2026-01-12' });
  await expectCreated('/partnerships/pz/assignments', {
    id: 'a1', artistId: 'zoe', schoolId: 'roosevelt', classroomTeacher: 'Ms. Alvarez', artForm: 'dance', grades: ['4'], startDate: '2026-01-15', endDate: '2026-06-15', plannedSessions: 12,
  });
  await followUps().caughtUp();
}, 60_000);

afterAll(async () => {
  await stopProjections?.();
  await t?.close();
});

describe('issue 10: partner standing as recorded, effective-dated facts; every session judged on its own date', () => {
  let cancellationId: string;

  it('a cancellation effective 2026-02-04, noted on 2026-01-15, leaves the roster as it is until that day; a session dated 2026-01-20 is accepted', async () => {
    await expectCreated('/partners/zeta-co/insurance/cancellation', { lea: LEA, policyNumber: 'GL-zeta-co', effectiveDate: '2026-02-04' }, 'compliance');
    for await (const e of t.store.readStream('partner-zeta-co')) if (e.type === 'InsuranceCancellationNoted') cancellationId = e.id;
    expect((await rosterOf('zeta-co')).at(-1)).toMatchObject({ status: 'approved' });
    const accepted = await session('2026-01-20');
    expect([accepted.status, accepted.body.detail]).toEqual([201, undefined]);
  });

  it('the sweep as of 2026-02-04 records the suspension from that day, by the system, caused by the cancellation; a second sweep records nothing', async () => {
    clock.set('2026-02-04T12:00:00Z');
    const sweep = await post('/compliance/sweeps', { asOf: '2026-02-04' }, 'compliance').expect(200);
    expect(sweep.body.recorded.total).toBeGreaterThan(0);
    expect(sweep.body.recorded.byType).toMatchObject({ PartnerSuspended: 1 });
    const item = sweep.body.items.find((i: { type: string }) => i.type === 'PartnerSuspended');
    expect(item).toMatchObject({
      streamId: 'partner-zeta-co',
      data: { lea: LEA, effectiveDate: '2026-02-04', lapse: { item: 'insurance', eventType: 'InsuranceCancellationNoted', eventId: cancellationId, policyNumber: 'GL-zeta-co' } },
    });
    const recorded = [];
    for await (const e of t.store.readStream('partner-zeta-co')) if (e.type === 'PartnerSuspended') recorded.push(e);
    expect(recorded.map((e) => [e.metadata.actor, e.metadata.causationId])).toEqual([[PARTNER_STANDING_ACTOR, cancellationId]]);
    expect((await rosterOf('zeta-co')).at(-1)).toMatchObject({ status: 'suspended', effectiveDate: '2026-02-04' });

    const again = await post('/compliance/sweeps', { asOf: '2026-02-04' }, 'compliance').expect(200);
    expect(again.body.recorded.total).toBe(0);
  });

  it('the clearance-roster report does not count the partner approved while it may not work', async () => {
    const report = await t.http.get(`/reports/clearance-roster?lea=${LEA}&asOf=2026-02-05`).query({ minPosition: '0' }).set(as('reporting'));
    expect(report.status).toBe(200);
    // Read models catch up asynchronously: wait until the suspension is in.
    let body = report.body;
    for (let i = 0; i < 100 && body.partners.find((p: { partnerId: string }) => p.partnerId === 'zeta-co')?.status !== 'suspended'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      body = (await t.http.get(`/reports/clearance-roster?lea=${LEA}&asOf=2026-02-05`).set(as('reporting'))).body;
    }
    const row = body.partners.find((p: { partnerId: string }) => p.partnerId === 'zeta-co');
    expect(row).toMatchObject({ status: 'suspended', mayWork: false });
    const approvedRows = body.partners.filter((p: { status: string }) => p.status === 'approved');
    expect(body.partnersByStatus.approved ?? 0).toBe(approvedRows.filter((p: { mayWork: boolean }) => p.mayWork).length);
    expect(approvedRows.every((p: { mayWork: boolean }) => p.mayWork)).toBe(true);
  });

  it('a new certificate makes the compliance reinstatement possible; the assignment resumes, showing the suspension as a period', async () => {
    const early = await post('/partners/zeta-co/reinstatement', { lea: LEA, effectiveDate: '2026-02-10' }, 'compliance');
    expect([early.status, early.body.rule]).toEqual([409, 'partner.reinstatement-prerequisites']);
    await expectCreated('/partners/zeta-co/insurance', { lea: LEA, carrier: 'Beta Mutual', policyNumber: 'GL-zeta-co-2', leaNamedAdditionalInsured: true, effectiveDate: '2026-02-10', expiresOn: '2027-02-10' }, 'compliance');
    await expectCreated('/partners/zeta-co/reinstatement', { lea: LEA, effectiveDate: '2026-02-10' }, 'compliance');
    expect((await rosterOf('zeta-co')).at(-1)).toMatchObject({ status: 'approved', effectiveDate: '2026-02-10' });

    await followUps().caughtUp();
    const view = await t.http.get('/partnerships/pz').set(as('operations')).expect(200);
    expect(view.body.state.assignments[0]).toMatchObject({ status: 'active', suspensions: [{ from: '2026-02-04', until: '2026-02-10' }] });
    // The timeline shows the state after each event: the period opens with the suspension and closes with the resumption.
    const steps: { type: string; stateAfter: { assignments: { suspensions: unknown[] }[] } }[] = [];
    for (let from: string | null = '0'; from !== null;) {
      const page: { body: { steps: typeof steps; nextFrom: string | null } } = await t.http.get('/partnerships/pz/timeline').query({ from }).set(as('operations')).expect(200);
      steps.push(...page.body.steps);
      from = page.body.nextFrom;
    }
    const after = (type: string) => steps.filter((s) => s.type === type).at(-1)!.stateAfter.assignments[0].suspensions;
    expect(after('AssignmentSuspended')).toEqual([expect.objectContaining({ from: '2026-02-04', until: null })]);
    expect(after('AssignmentResumed')).toEqual([expect.objectContaining({ from: '2026-02-04', until: '2026-02-10' })]);
  });

  it('after the resumption, a session dated 2026-02-06 (inside the lapse) is refused naming the gap and its dates; 2026-02-12 is accepted', async () => {
    const refused = await session('2026-02-06');
    expect(refused.status).toBe(409);
    expect(refused.body.rule).toBe('session.assignment-running');
    expect(refused.body.detail).toContain('the assignment was suspended from 2026-02-04 until 2026-02-10');
    const accepted = await session('2026-02-12');
    expect([accepted.status, accepted.body.detail]).toEqual([201, undefined]);
  });

  it('a cancellation whose date has already passed when it is noted suspends the partner at once', async () => {
    await expectCreated('/partners/omega-co/insurance/cancellation', { lea: LEA, policyNumber: 'GL-omega-co', effectiveDate: '2026-02-01' }, 'compliance');
    expect((await rosterOf('omega-co')).at(-1)).toMatchObject({ status: 'suspended', effectiveDate: '2026-02-01' });
    const events = [];
    for await (const e of t.store.readStream('partner-omega-co')) events.push(e);
    const [cancellation, suspension] = events.slice(-2);
    expect([cancellation.type, suspension.type, suspension.metadata.actor, suspension.metadata.causationId]).toEqual(['InsuranceCancellationNoted', 'PartnerSuspended', PARTNER_STANDING_ACTOR, cancellation.id]);
    const sweep = await post('/compliance/sweeps', { asOf: '2026-02-04' }, 'compliance').expect(200);
    expect(sweep.body.recorded.total).toBe(0);
  });
});
