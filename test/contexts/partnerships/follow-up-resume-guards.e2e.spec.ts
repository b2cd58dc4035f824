import { RecordedEvent } from '../../../src/event-store';
import { AssignmentFollowUps, FOLLOW_UP_ACTOR } from '../../../src/partnerships/follow-ups/assignment-follow-ups';
import { seedApprovedPartner, seedClearedArtist as seedClearedArtistIn, seedSchool } from '../../support/seed-district';
import { startTestApp, TestApp } from '../../support/test-app';
import { roleRequests } from './role-requests';

/*
 * Rule 3 over HTTP, through the real app and follow-up reactor: an assignment resumes only when, after the event,
 * nothing stands in the way (every clearance the LEA requires valid, the partner in good standing), and any event
 * after which something does stand in the way suspends it. What is checked is what a user sees: the assignment's
 * status and causes on GET /partnerships/{id}, and whether a session can be logged.
 *
 * Every artist is cleared on 2026-01-10 (mandated-reporter training to 2026-06-30); every assignment runs
 * 2026-02-01 to 2026-06-15 at Roosevelt (LEA lausd).
 */

const LEA = 'lausd';
let t: TestApp;
const { as, post, expectCreated } = roleRequests(() => t);
const followUps = () => t.app.get(AssignmentFollowUps);

const seedClearedArtist = (artistId: string, partnerId = 'dance-co', tbExpiresOn?: string) =>
  seedClearedArtistIn(t, artistId, { lea: LEA, partnerId, clearedOn: '2026-01-10', tbExpiresOn });

/** An active partnership with one assignment of the artist, 2026-02-01 to 2026-06-15. */
async function assigned(partnershipId: string, artistId: string, partnerId = 'dance-co'): Promise<void> {
  await expectCreated('/partnerships', { id: partnershipId, name: 'Dance integration', partnerIds: [partnerId], lea: LEA, scope: 'school', model: 'co-teaching', artForms: ['dance'], effectiveDate: '2026-01-15', termEnd: '2026-06-30' });
  await expectCreated(`/partnerships/${partnershipId}/schools`, { schoolId: 'roosevelt', effectiveDate: '2026-01-20' });
  await expectCreated(`/partnerships/${partnershipId}/commitments`, { effectiveDate: '2026-01-20', releaseTimeHours: 12, replacesSequentialInstruction: false });
  await expectCreated(`/partnerships/${partnershipId}/activation`, { effectiveDate: '2026-01-25' });
  await expectCreated(`/partnerships/${partnershipId}/assignments`, {
    id: 'a1', artistId, schoolId: 'roosevelt', classroomTeacher: 'Ms. Alvarez', artForm: 'dance', grades: ['4'], startDate: '2026-02-01', endDate: '2026-06-15', plannedSessions: 12,
  });
  await followUps().caughtUp();
}

async function assignment(partnershipId: string): Promise<{ status: string; suspensionCauses: Record<string, unknown>[] }> {
  await followUps().caughtUp();
  const view = await t.http.get(`/partnerships/${partnershipId}`).set(as('operations'));
  expect(view.status).toBe(200);
  return view.body.state.assignments[0];
}

const session = (partnershipId: string, date: string) => post(`/partnerships/${partnershipId}/assignments/a1/sessions`, { date, minutes: 45, students: 24 });

async function expectSessionRefused(partnershipId: string, date: string, detail?: string): Promise<void> {
  const refused = await session(partnershipId, date);
  expect(refused.status).toBe(409);
  expect(refused.body.rule).toBe('session.assignment-running');
  if (detail) expect(refused.body.detail).toContain(detail);
}

async function followUpTypes(partnershipId: string): Promise<string[]> {
  const types: string[] = [];
  for await (const e of t.store.readStream(`partnership-${partnershipId}`)) if (e.metadata.actor === FOLLOW_UP_ACTOR) types.push(e.type);
  return types;
}

async function allFollowUps(): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const e of t.store.readAll({ filter: { streamPrefixes: ['partnership-'] } })) if (e.metadata.actor === FOLLOW_UP_ACTOR) events.push(e);
  return events;
}

beforeAll(async () => {
  t = await startTestApp();
  await seedApprovedPartner(t.store, LEA, 'dance-co');
  await seedApprovedPartner(t.store, LEA, 'music-co');
  await seedSchool(t.store, LEA);
});

afterAll(async () => {
  await t?.close();
});

describe('rule 3: an assignment resumes only when nothing stands in the way', () => {
  it('(a) keeps the assignment suspended when a background check suspended from 03-01 gets a new grant dated 02-15, and resumes it on reinstatement', async () => {
    await seedClearedArtist('ana');
    await assigned('pa', 'ana');
    await expectCreated('/artists/ana/clearances/background-check/suspension', { lea: LEA, effectiveDate: '2026-03-01', reason: 'pending review' }, 'compliance');
    expect((await assignment('pa')).status).toBe('suspended');

    // The decider accepts the grant: on 02-15 the clearance is not suspended yet.
    await expectCreated('/artists/ana/clearances', { requirement: 'background-check', lea: LEA, effectiveDate: '2026-02-15', evidenceReference: 'background-check-2' }, 'compliance');
    const after = await assignment('pa');
    expect(after.status).toBe('suspended');
    expect(after.suspensionCauses).toEqual([expect.objectContaining({ kind: 'clearance', requirement: 'background-check', problem: expect.stringContaining('suspended since 2026-03-01') })]);
    await expectSessionRefused('pa', '2026-04-01', 'suspended since 2026-03-01');
    expect(await followUpTypes('pa')).toEqual(['AssignmentSuspended']);

    await expectCreated('/artists/ana/clearances/background-check/reinstatement', { lea: LEA, effectiveDate: '2026-04-10', evidenceReference: 'review-cleared' }, 'compliance');
    expect(await assignment('pa')).toEqual(expect.objectContaining({ status: 'active', suspensionCauses: [] }));
    await expectCreated('/partnerships/pa/assignments/a1/sessions', { date: '2026-04-15', minutes: 45, students: 24 });
    expect(await followUpTypes('pa')).toEqual(['AssignmentSuspended', 'AssignmentResumed']);
  });

  it('(b) keeps the assignment suspended when a suspended TB screening expired (sweep) before its reinstatement, naming the expiry, until a renewal', async () => {
    await seedClearedArtist('ben', 'dance-co', '2026-04-30');
    await assigned('pb', 'ben');
    await expectCreated('/artists/ben/clearances/tb-screening/suspension', { lea: LEA, effectiveDate: '2026-03-10', reason: 'assessment questioned' }, 'compliance');
    expect((await assignment('pb')).status).toBe('suspended');
    const sweep = await post('/compliance/sweeps', { asOf: '2026-05-15' }, 'compliance');
    expect(sweep.status).toBe(200);
    expect(sweep.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ streamId: 'artist-ben', type: 'ClearanceExpired' })]));

    await expectCreated('/artists/ben/clearances/tb-screening/reinstatement', { lea: LEA, effectiveDate: '2026-05-20', evidenceReference: 'assessment confirmed' }, 'compliance');
    const after = await assignment('pb');
    expect(after.status).toBe('suspended');
    expect(after.suspensionCauses).toEqual([expect.objectContaining({
      kind: 'clearance', requirement: 'tb-screening', eventType: 'ClearanceExpired', problem: expect.stringContaining('expired on 2026-05-01'),
    })]);
    await expectSessionRefused('pb', '2026-05-25', 'expired on 2026-05-01');

    await expectCreated('/artists/ben/clearances', { requirement: 'tb-screening', lea: LEA, effectiveDate: '2026-05-22', evidenceReference: 'tb-screening-2' }, 'compliance');
    expect((await assignment('pb')).status).toBe('active');
    await expectCreated('/partnerships/pb/assignments/a1/sessions', { date: '2026-05-27', minutes: 45, students: 24 });
    // Suspended, the reason brought up to date (suspended → expired), resumed once.
    expect(await followUpTypes('pb')).toEqual(['AssignmentSuspended', 'AssignmentSuspended', 'AssignmentResumed']);
  });

  it('suspends on an expiry with no suspension before it, and resumes once on the renewal', async () => {
    await seedClearedArtist('cleo', 'dance-co', '2026-03-31');
    await assigned('pc', 'cleo');
    expect((await post('/compliance/sweeps', { asOf: '2026-04-05' }, 'compliance')).status).toBe(200);
    expect((await assignment('pc')).suspensionCauses).toEqual([expect.objectContaining({ requirement: 'tb-screening', eventType: 'ClearanceExpired' })]);
    await expectSessionRefused('pc', '2026-04-06');

    await expectCreated('/artists/cleo/clearances', { requirement: 'tb-screening', lea: LEA, effectiveDate: '2026-04-08', evidenceReference: 'tb-screening-2' }, 'compliance');
    expect((await assignment('pc')).status).toBe('active');
    // ClearanceGranted and ClearanceRenewed both answer the expiry: one resumption.
    expect(await followUpTypes('pc')).toEqual(['AssignmentSuspended', 'AssignmentResumed']);
  });

  it('suspends an assignment made before a suspension already recorded for a later date, and a grant dated before that suspension leaves it suspended', async () => {
    await seedClearedArtist('dara');
    await expectCreated('/artists/dara/clearances/background-check/suspension', { lea: LEA, effectiveDate: '2026-04-01', reason: 'arrest reported' }, 'compliance');
    // Rule 1 looks at the start date (02-01), when the clearance is still valid.
    await assigned('pd', 'dara');
    expect(await assignment('pd')).toEqual(expect.objectContaining({
      status: 'suspended',
      suspensionCauses: [expect.objectContaining({ requirement: 'background-check', eventType: 'ClearanceSuspended', problem: expect.stringContaining('suspended since 2026-04-01') })],
    }));

    await expectCreated('/artists/dara/clearances', { requirement: 'background-check', lea: LEA, effectiveDate: '2026-02-15', evidenceReference: 'background-check-2' }, 'compliance');
    expect((await assignment('pd')).status).toBe('suspended');
    await expectSessionRefused('pd', '2026-04-15', 'suspended since 2026-04-01');
    expect(await followUpTypes('pd')).toEqual(['AssignmentSuspended']);
  });

  it('suspends the assignment when the grant it relied on is withdrawn as recorded in error, and resumes it on a new grant', async () => {
    await seedClearedArtist('eli');
    await assigned('pe', 'eli');
    await expectCreated('/artists/eli/clearances/background-check/grant-withdrawals', { lea: LEA, grantNumber: 1, reason: 'recorded for the wrong artist' }, 'compliance');
    expect(await assignment('pe')).toEqual(expect.objectContaining({
      status: 'suspended',
      suspensionCauses: [expect.objectContaining({ requirement: 'background-check', eventType: 'ClearanceGrantWithdrawn', problem: 'no background check granted by LEA lausd' })],
    }));
    await expectSessionRefused('pe', '2026-03-02', 'no background check granted');

    await expectCreated('/artists/eli/clearances', { requirement: 'background-check', lea: LEA, effectiveDate: '2026-03-01', evidenceReference: 'background-check-2' }, 'compliance');
    expect((await assignment('pe')).status).toBe('active');
    await expectCreated('/partnerships/pe/assignments/a1/sessions', { date: '2026-03-02', minutes: 45, students: 24 });
    expect(await followUpTypes('pe')).toEqual(['AssignmentSuspended', 'AssignmentResumed']);
  });

  it("counts the partner's standing and every clearance: a reinstated partner does not resume an artist whose clearance is suspended", async () => {
    await seedClearedArtist('finn', 'music-co');
    await assigned('pf', 'finn', 'music-co');
    await expectCreated('/partners/music-co/suspension', { lea: LEA, reason: 'insurance under review', effectiveDate: '2026-03-01' }, 'compliance');
    await expectCreated('/artists/finn/clearances/background-check/suspension', { lea: LEA, effectiveDate: '2026-03-05', reason: 'pending review' }, 'compliance');
    expect((await assignment('pf')).suspensionCauses).toHaveLength(2);

    await expectCreated('/partners/music-co/reinstatement', { lea: LEA, effectiveDate: '2026-03-10' }, 'compliance');
    expect(await assignment('pf')).toEqual(expect.objectContaining({ status: 'suspended', suspensionCauses: [expect.objectContaining({ kind: 'clearance', requirement: 'background-check' })] }));
    await expectSessionRefused('pf', '2026-03-11');

    await expectCreated('/artists/finn/clearances/background-check/reinstatement', { lea: LEA, effectiveDate: '2026-03-12', evidenceReference: 'review-cleared' }, 'compliance');
    expect((await assignment('pf')).status).toBe('active');
    expect(await followUpTypes('pf')).toEqual(['AssignmentSuspended', 'AssignmentSuspended', 'AssignmentSuspensionCauseLifted', 'AssignmentResumed']);
  });

  it("suspends on a partner's insurance cancellation from its first day without cover, and resumes once compliance reinstates the newly insured partner", async () => {
    await seedApprovedPartner(t.store, LEA, 'theatre-co');
    await seedClearedArtist('gus', 'theatre-co');
    await assigned('pg', 'gus', 'theatre-co');
    await expectCreated('/partners/theatre-co/insurance/cancellation', { lea: LEA, policyNumber: 'GL-theatre-co', effectiveDate: '2026-03-01' }, 'compliance');
    expect(await assignment('pg')).toEqual(expect.objectContaining({ status: 'suspended', suspensionCauses: [expect.objectContaining({ kind: 'partner', requirement: 'insurance' })] }));
    await expectSessionRefused('pg', '2026-03-02');

    await expectCreated('/partners/theatre-co/insurance', { lea: LEA, carrier: 'Beta Mutual', policyNumber: 'GL-theatre-co-2', leaNamedAdditionalInsured: true, effectiveDate: '2026-03-03', expiresOn: '2027-03-03' }, 'compliance');
    // The cancellation (dated before today) made the system suspend the partner on the roster: a new certificate
    // makes reinstatement possible; the compliance reinstatement decides it.
    expect((await assignment('pg')).status).toBe('suspended');
    await expectCreated('/partners/theatre-co/reinstatement', { lea: LEA, effectiveDate: '2026-03-03' }, 'compliance');
    expect((await assignment('pg')).status).toBe('active');
    const types = await followUpTypes('pg');
    expect([types[0], types.at(-1)]).toEqual(['AssignmentSuspended', 'AssignmentResumed']);
  });

  it('never acts twice: a restart, or a replay of the whole log from the start, writes no follow-up again', async () => {
    const before = await allFollowUps();
    expect(before.length).toBeGreaterThan(0);

    await followUps().stop();
    followUps().start();
    await followUps().caughtUp();
    expect(await allFollowUps()).toHaveLength(before.length);

    await followUps().reset();
    followUps().start();
    await followUps().caughtUp();
    expect((await allFollowUps()).map((e) => e.id)).toEqual(before.map((e) => e.id));
    for (const partnershipId of ['pa', 'pb', 'pc', 'pe', 'pf']) expect((await assignment(partnershipId)).status).toBe('active');
    expect((await assignment('pd')).status).toBe('suspended');
  });
});
