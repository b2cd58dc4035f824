import { RecordedEvent } from '../../../src/event-store';
import { AssignmentFollowUps, FOLLOW_UP_ACTOR } from '../../../src/partnerships/follow-ups/assignment-follow-ups';
import { seedApprovedPartner, seedClearedArtist as seedClearedArtistIn, seedSchool } from '../../support/seed-district';
import { startTestApp, TestApp } from '../../support/test-app';

/*
 * The life of a partnership over HTTP, through the real app, embedded store and follow-up reactor.
 * Partners and the school are seeded through their deciders' command path (their HTTP routes have their own suites).
 */

const LEA = 'lausd';
let t: TestApp;
const as = (role: 'admin' | 'operations' | 'compliance' | 'reporting') => ({ Authorization: `Bearer ${t.tokens[role]}` });

function post(path: string, body: object, role: 'admin' | 'operations' | 'compliance' = 'operations', headers: Record<string, string> = {}) {
  return t.http.post(path).set(as(role)).set(headers).send(body);
}

const seedClearedArtist = (artistId: string, partnerId: string, tbExpiresOn?: string) =>
  seedClearedArtistIn(t, artistId, { lea: LEA, partnerId, clearedOn: '2026-08-01', name: 'Maria Reyes', tbExpiresOn });

async function activePartnership(partnershipId: string, partnerId: string, schoolId: string): Promise<void> {
  const steps: [string, object][] = [
    ['/partnerships', { id: partnershipId, name: 'Dance integration', partnerIds: [partnerId], lea: LEA, scope: 'network', model: 'residency', artForms: ['dance'], effectiveDate: '2026-08-01', termEnd: '2027-06-30' }],
    [`/partnerships/${partnershipId}/schools`, { schoolId, effectiveDate: '2026-08-10' }],
    [`/partnerships/${partnershipId}/commitments`, { effectiveDate: '2026-08-10', stipends: { amount: 5000, currency: 'USD' }, releaseTimeHours: 24, replacesSequentialInstruction: false }],
    [`/partnerships/${partnershipId}/activation`, { effectiveDate: '2026-08-15' }],
  ];
  for (const [path, body] of steps) {
    const answer = await post(path, body);
    expect([path, answer.status, answer.status === 201 ? {} : answer.body]).toEqual([path, 201, {}]);
  }
}

const assignmentBody = (id: string, artistId: string, schoolId: string) => ({
  id, artistId, schoolId, classroomTeacher: 'Ms. Alvarez', artForm: 'dance', grades: ['4'], startDate: '2026-09-01', endDate: '2026-12-18', plannedSessions: 12,
});

async function streamEvents(streamId: string): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const e of t.store.readStream(streamId)) events.push(e);
  return events;
}

const followUpsCaughtUp = () => t.app.get(AssignmentFollowUps).caughtUp();

beforeAll(async () => {
  t = await startTestApp();
  await seedApprovedPartner(t.store, LEA, 'dance-co', 'Dance Co');
  await seedSchool(t.store, LEA);
});

afterAll(async () => {
  await t?.close();
});

describe('a partnership over HTTP, from proposal to conclusion', () => {
  it('runs its whole life, with a clearance suspension suspending and its reinstatement resuming the assignment automatically', async () => {
    await seedClearedArtist('maria', 'dance-co');
    await activePartnership('p1', 'dance-co', 'roosevelt');

    const residencyTooShort = await post('/partnerships/p1/assignments', { ...assignmentBody('a0', 'maria', 'roosevelt'), plannedSessions: 6 });
    expect(residencyTooShort.status).toBe(422);
    expect(residencyTooShort.body.rule).toBe('assignment.residency-length');

    const assigned = await post('/partnerships/p1/assignments', assignmentBody('a1', 'maria', 'roosevelt'));
    expect(assigned.status).toBe(201);
    expect(assigned.body).toEqual(expect.objectContaining({ id: 'a1', streamId: 'partnership-p1' }));
    expect((await post('/partnerships/p1/assignments/a1/sessions', { date: '2026-09-08', minutes: 50, students: 28 })).status).toBe(201);

    const suspension = await post('/artists/maria/clearances/background-check/suspension', { lea: LEA, effectiveDate: '2026-10-01', reason: 'pending review' }, 'compliance');
    expect(suspension.status).toBe(201);
    await followUpsCaughtUp();

    let view = await t.http.get('/partnerships/p1').set(as('operations'));
    expect(view.body.state.assignments[0]).toEqual(expect.objectContaining({ assignmentId: 'a1', status: 'suspended' }));
    const refused = await post('/partnerships/p1/assignments/a1/sessions', { date: '2026-10-06', minutes: 50, students: 28 });
    expect(refused.status).toBe(409);
    expect(refused.body.rule).toBe('session.assignment-running');

    expect((await post('/artists/maria/clearances/background-check/reinstatement', { lea: LEA, effectiveDate: '2026-10-15', evidenceReference: 'review-cleared' }, 'compliance')).status).toBe(201);
    await followUpsCaughtUp();
    view = await t.http.get('/partnerships/p1').set(as('reporting'));
    expect(view.body.state.assignments[0].status).toBe('active');
    const followUps = (await streamEvents('partnership-p1')).filter((e) => e.metadata.actor === FOLLOW_UP_ACTOR);
    expect(followUps.map((e) => e.type)).toEqual(['AssignmentSuspended', 'AssignmentResumed']);

    const rest: [string, object][] = [
      ['/partnerships/p1/assignments/a1/sessions', { date: '2026-10-20', minutes: 50, students: 27 }],
      ['/partnerships/p1/professional-development', { date: '2026-10-05', hours: 3, attendees: 14, topic: 'movement and literacy' }],
      ['/partnerships/p1/check-ins', { date: '2026-11-01', studentGrowthNotes: 'students choreograph in pairs', by: 'Arts Lead' }],
      ['/partnerships/p1/evaluations', { date: '2027-01-20', scores: { meaningful: 5, collaborative: 4, additive: 5 } }],
      ['/partnerships/p1/renewal', { termEnd: '2028-06-30', effectiveDate: '2027-05-01' }],
      ['/partnerships/p1/conclusion', { effectiveDate: '2028-06-30', reason: 'term completed' }],
    ];
    for (const [path, body] of rest) expect([path, (await post(path, body)).status]).toEqual([path, 201]);

    view = await t.http.get('/partnerships/p1').set(as('operations'));
    expect(view.status).toBe(200);
    expect(view.headers.etag).toBe(`"${view.body.revision}"`);
    expect(view.body.state).toEqual(expect.objectContaining({
      status: 'concluded', termEnd: '2028-06-30', professionalDevelopmentHours: 3, checkIns: 1, lastCheckIn: '2026-11-01',
    }));
    expect(view.body.state.assignments[0]).toEqual(expect.objectContaining({ status: 'ended', sessionsLogged: 2 }));
  });

  it('with its conclusion recorded for the end of the school year, still takes what happens before it: a school, an artist, sessions', async () => {
    await seedSchool(t.store, LEA, 'lincoln');
    await seedClearedArtist('ana', 'dance-co');
    await activePartnership('p-ahead', 'dance-co', 'roosevelt');
    expect((await post('/partnerships/p-ahead/conclusion', { effectiveDate: '2027-06-11', reason: 'school year completed' })).status).toBe(201);

    expect((await post('/partnerships/p-ahead/schools', { schoolId: 'lincoln', effectiveDate: '2026-11-02' })).status).toBe(201);
    const assigned = await post('/partnerships/p-ahead/assignments', { ...assignmentBody('late-a', 'ana', 'lincoln'), startDate: '2026-11-09', endDate: '2026-12-18' });
    expect(assigned.status).toBe(201);
    expect((await post('/partnerships/p-ahead/assignments/late-a/sessions', { date: '2026-11-16', minutes: 50, students: 25 })).status).toBe(201);

    // What would take effect on or after the conclusion is refused, and writes nothing.
    const before = (await streamEvents('partnership-p-ahead')).length;
    const late = await post('/partnerships/p-ahead/assignments', { ...assignmentBody('too-late', 'ana', 'lincoln'), startDate: '2027-06-14', endDate: '2027-06-25' });
    expect([late.status, late.body.rule]).toEqual([409, 'assignment.partnership-active']);
    expect(late.body.detail).toMatch(/concluded from 2027-06-11/);
    expect((await post('/partnerships/p-ahead/renewal', { termEnd: '2028-06-30', effectiveDate: '2027-05-01' })).body.rule).toBe('partnership.open');
    expect(await streamEvents('partnership-p-ahead')).toHaveLength(before);

    let view = (await t.http.get('/partnerships/p-ahead').set(as('operations'))).body;
    expect(view.state.schools.map((s: { schoolId: string }) => s.schoolId)).toEqual(['roosevelt', 'lincoln']);
    // Ended with the partnership, on the conclusion's day, as the assignments running when it was recorded were.
    expect(view.state.assignments).toEqual([expect.objectContaining({ assignmentId: 'late-a', status: 'ended', endedOn: '2027-06-11', sessionsLogged: 1 })]);

    // Rule 3 still holds until that day: a suspension of her background check suspends the assignment, and a
    // reinstatement resumes it, automatically.
    expect((await post('/artists/ana/clearances/background-check/suspension', { lea: LEA, effectiveDate: '2026-11-20', reason: 'pending review' }, 'compliance')).status).toBe(201);
    await followUpsCaughtUp();
    view = (await t.http.get('/partnerships/p-ahead').set(as('operations'))).body;
    expect(view.state.assignments[0]).toMatchObject({ suspensions: [{ from: '2026-11-20', until: null }], suspensionCauses: [expect.objectContaining({ kind: 'clearance', requirement: 'background-check' })] });
    // What the page shows beside the recorded "ended": its status on each day.
    const realNow = t.clock.now();
    const statusOn = async (day: string) => {
      t.clock.set(`${day}T12:00:00Z`);
      return (await t.http.get('/partnerships/p-ahead').set(as('operations'))).body.today.assignments;
    };
    expect(await statusOn('2026-11-10')).toEqual([{ assignmentId: 'late-a', status: 'active' }]);
    expect(await statusOn('2026-11-25')).toEqual([{ assignmentId: 'late-a', status: 'suspended' }]);
    expect(await statusOn('2027-06-11')).toEqual([{ assignmentId: 'late-a', status: 'ended' }]);
    t.clock.set(realNow);
    const inTheGap = await post('/partnerships/p-ahead/assignments/late-a/sessions', { date: '2026-11-23', minutes: 50, students: 25 });
    expect([inTheGap.status, inTheGap.body.rule]).toEqual([409, 'session.assignment-running']);
    expect((await post('/artists/ana/clearances/background-check/reinstatement', { lea: LEA, effectiveDate: '2026-11-30', evidenceReference: 'review-cleared' }, 'compliance')).status).toBe(201);
    await followUpsCaughtUp();
    view = (await t.http.get('/partnerships/p-ahead').set(as('operations'))).body;
    expect(view.state.assignments[0]).toMatchObject({ status: 'ended', suspensions: [{ from: '2026-11-20', until: '2026-11-30' }], suspensionCauses: [] });
    const followUps = (await streamEvents('partnership-p-ahead')).filter((e) => e.metadata.actor === FOLLOW_UP_ACTOR);
    expect(followUps.map((e) => e.type)).toEqual(['AssignmentSuspended', 'AssignmentResumed']);
  });

  it('refuses a commitment that would replace the school\'s own arts instruction, and writes nothing', async () => {
    expect((await post('/partnerships', { id: 'p-additive', name: 'x', partnerIds: ['dance-co'], lea: LEA, scope: 'school', model: 'co-teaching', artForms: ['music'], effectiveDate: '2026-08-01' })).status).toBe(201);
    const refused = await post('/partnerships/p-additive/commitments', { effectiveDate: '2026-08-10', releaseTimeHours: 0, replacesSequentialInstruction: true });
    expect(refused.status).toBe(422);
    expect(refused.body.rule).toBe('partnership.additive');
    expect(await streamEvents('partnership-p-additive')).toHaveLength(1);
  });

  it('lets exactly one of 50 simultaneous assignments with the same If-Match through', async () => {
    await seedClearedArtist('tom', 'dance-co');
    await activePartnership('p-race', 'dance-co', 'roosevelt');
    const etag = (await t.http.get('/partnerships/p-race').set(as('operations'))).headers.etag as string;
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => post('/partnerships/p-race/assignments', assignmentBody(`race-${i}`, 'tom', 'roosevelt'), 'operations', { 'If-Match': etag })),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s >= 200 && s < 300)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(49);
    expect((await streamEvents('partnership-p-race')).filter((e) => e.type === 'ArtistAssigned')).toHaveLength(1);
  });

  it('sweeps expiries as of a date once: the second sweep records nothing, and the expiry suspends the assignment', async () => {
    await seedClearedArtist('lena', 'dance-co', '2026-10-31');
    await activePartnership('p-sweep', 'dance-co', 'roosevelt');
    expect((await post('/partnerships/p-sweep/assignments', assignmentBody('s1', 'lena', 'roosevelt'))).status).toBe(201);

    const first = await post('/compliance/sweeps', { asOf: '2026-11-15' }, 'compliance');
    expect(first.status).toBe(200);
    expect(first.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ streamId: 'artist-lena', type: 'ClearanceExpired' })]));
    expect(first.body.recorded.total).toBe(first.body.items.length);

    const second = await post('/compliance/sweeps', { asOf: '2026-11-15' }, 'compliance');
    expect(second.status).toBe(200);
    expect(second.body.recorded.total).toBe(0);
    expect(second.body.items).toEqual([]);

    await followUpsCaughtUp();
    const view = await t.http.get('/partnerships/p-sweep').set(as('operations'));
    expect(view.body.state.assignments[0].suspensionCauses).toEqual([expect.objectContaining({ kind: 'clearance', requirement: 'tb-screening', eventType: 'ClearanceExpired' })]);
    expect((await post('/compliance/sweeps', { asOf: '2026-11-15' }, 'operations')).status).toBe(403);
  });
});
