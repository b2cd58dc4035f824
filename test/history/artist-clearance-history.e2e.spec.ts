import { startTestApp, TestApp } from '../support/test-app';
import { bearer, CallerRole, instantBetweenWrites, postAccepted, seedPartnerAndSchool, streamEvents } from './history-setup';

/*
 * Clearance status on both time axes (effective date asOf, recorded instant knownAt), the audit trail, and raw streams,
 * over HTTP through the real app and embedded store. History: registered; four clearances granted by lausd effective
 * 2026-08-01; background check suspended 2026-10-01, reinstated 2026-10-15; an arrest notice 2026-11-01 suspends it again.
 */

const LEA = 'lausd';
let t: TestApp;
const knew: Record<'beforeGrants' | 'afterSuspension' | 'afterReinstatement', string> = { beforeGrants: '', afterSuspension: '', afterReinstatement: '' };

const get = (path: string, role: CallerRole = 'compliance') => t.http.get(path).set(bearer(t, role));
const clearances = (query: string, role: CallerRole = 'operations') => get(`/artists/maria/clearances?${query}`, role);
const statusOf = (body: { requirements: { requirement: string; status: string }[] }, requirement: string) =>
  body.requirements.find((r) => r.requirement === requirement)?.status;

beforeAll(async () => {
  t = await startTestApp();
  await seedPartnerAndSchool(t, LEA, 'dance-co', 'roosevelt');
  await postAccepted(t, '/artists', { id: 'maria', partnerId: 'dance-co', name: 'Maria Reyes', engagement: 'contractor', artForms: ['dance'], effectiveDate: '2026-01-01' }, 'operations');
  knew.beforeGrants = await instantBetweenWrites();
  for (const requirement of ['background-check', 'tb-screening', 'sex-offender-registry-check', 'mandated-reporter-training']) {
    await postAccepted(t, '/artists/maria/clearances', { requirement, lea: LEA, effectiveDate: '2026-08-01', evidenceReference: `${requirement}-ev`, resultIds: ['DOJ-1'] }, 'compliance');
  }
  await postAccepted(t, '/artists/maria/clearances/background-check/suspension', { lea: LEA, effectiveDate: '2026-10-01', reason: 'pending review' }, 'compliance');
  knew.afterSuspension = await instantBetweenWrites();
  await postAccepted(t, '/artists/maria/clearances/background-check/reinstatement', { lea: LEA, effectiveDate: '2026-10-15', evidenceReference: 'review-cleared' }, 'admin');
  knew.afterReinstatement = await instantBetweenWrites();
  await postAccepted(t, '/artists/maria/arrest-notifications', { lea: LEA, effectiveDate: '2026-11-01', noticeReference: 'N-77' }, 'compliance');
});

afterAll(async () => {
  await t?.close();
});

describe('GET /artists/{id}/clearances: was the artist cleared on a date, as known at an instant', () => {
  it('says the artist may work before the suspension, not during it, and again after the reinstatement', async () => {
    const before = await clearances(`lea=${LEA}&asOf=2026-09-15`);
    expect(before.status).toBe(200);
    expect(before.body).toEqual(expect.objectContaining({ artistId: 'maria', lea: LEA, asOf: '2026-09-15', mayWork: true, problems: [] }));
    expect(before.body.requirements).toHaveLength(4);
    expect(before.body.requirements[0]).toEqual(expect.objectContaining({
      requirement: 'background-check', status: 'valid', since: '2026-08-01', evidence: 'background-check-ev', recordedBy: 'key:compliance',
    }));

    const during = await clearances(`lea=${LEA}&asOf=2026-10-05`);
    expect(during.body.mayWork).toBe(false);
    expect(during.body.problems).toEqual(['background check for LEA lausd suspended since 2026-10-01 (pending review)']);
    expect(during.body.requirements[0]).toEqual(expect.objectContaining({ status: 'suspended', since: '2026-10-01', recordedBy: 'key:compliance' }));
    expect(statusOf(during.body, 'tb-screening')).toBe('valid');

    const after = await clearances(`lea=${LEA}&asOf=2026-10-20`);
    expect(after.body.mayWork).toBe(true);
    expect(after.body.requirements[0].status).toBe('valid');

    const arrested = await clearances(`lea=${LEA}&asOf=2026-11-02`);
    expect(arrested.body.requirements[0]).toEqual(expect.objectContaining({ status: 'suspended', noticeReference: 'N-77' }));
  });

  it('answers what was known at an instant: nothing granted before the grants were recorded, still suspended before the reinstatement was', async () => {
    const beforeGrants = await clearances(`lea=${LEA}&asOf=2026-09-15&knownAt=${knew.beforeGrants}`);
    expect(beforeGrants.status).toBe(200);
    expect(beforeGrants.body.mayWork).toBe(false);
    expect(beforeGrants.body.requirements.map((r: { status: string }) => r.status)).toEqual(['missing', 'missing', 'missing', 'missing']);
    expect(beforeGrants.body.knownRevision).toBe('0');

    const suspensionKnown = await clearances(`lea=${LEA}&asOf=2026-10-20&knownAt=${knew.afterSuspension}`);
    expect(suspensionKnown.body.mayWork).toBe(false);
    expect(suspensionKnown.body.requirements[0].status).toBe('suspended');

    const reinstatementKnown = await clearances(`lea=${LEA}&asOf=2026-10-20&knownAt=${knew.afterReinstatement}`);
    expect(reinstatementKnown.body.mayWork).toBe(true);
  });

  it('does not count clearances from another LEA', async () => {
    const elsewhere = await clearances('lea=sfusd&asOf=2026-09-15');
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body.mayWork).toBe(false);
    expect(elsewhere.body.problems).toContain('no background check granted by LEA sfusd (a clearance from LEA lausd does not transfer)');
  });

  it('defaults asOf to the injected clock\'s today', async () => {
    t.clock.set('2026-10-05T12:00:00Z');
    const today = await clearances(`lea=${LEA}`);
    expect(today.body.asOf).toBe('2026-10-05');
    expect(today.body.requirements[0].status).toBe('suspended');
  });

  it('refuses a missing LEA or malformed dates with 400 problem+json, and an unknown artist with 404', async () => {
    for (const query of ['asOf=2026-09-15', `lea=${LEA}&asOf=2026-02-30`, `lea=${LEA}&knownAt=2026-10-01`, `lea=${LEA}&knownAt=yesterday`, `lea=${LEA}&lea=sfusd`, `lea=${LEA}&colour=red`]) {
      const answer = await clearances(query);
      expect([query, answer.status, answer.headers['content-type']]).toEqual([query, 400, expect.stringContaining('application/problem+json')]);
    }
    expect((await get(`/artists/nobody/clearances?lea=${LEA}`)).status).toBe(404);
  });
});

describe('GET /artists/{id}/clearance-history: the audit trail', () => {
  it('lists every clearance event with actor, evidence, policy version and the status after it', async () => {
    const answer = await get('/artists/maria/clearance-history');
    expect(answer.status).toBe(200);
    const entries = answer.body.entries as Record<string, unknown>[];
    expect(entries.map((e) => [e.type, e.requirement, (e.statusAfter as { status: string }).status, e.actor])).toEqual([
      ['ClearanceGranted', 'background-check', 'valid', 'key:compliance'],
      ['ClearanceGranted', 'tb-screening', 'valid', 'key:compliance'],
      ['ClearanceGranted', 'sex-offender-registry-check', 'valid', 'key:compliance'],
      ['ClearanceGranted', 'mandated-reporter-training', 'valid', 'key:compliance'],
      ['ClearanceSuspended', 'background-check', 'suspended', 'key:compliance'],
      ['ClearanceReinstated', 'background-check', 'valid', 'key:admin'],
      // The notice itself changes nothing; the suspension recorded with it does.
      ['ArrestNotificationReceived', 'background-check', 'valid', 'key:compliance'],
      ['ClearanceSuspended', 'background-check', 'suspended', 'key:compliance'],
    ]);
    const stored = await streamEvents(t, 'artist-maria');
    expect(entries[1]).toEqual(expect.objectContaining({
      lea: LEA, effectiveDate: '2026-08-01', expiresOn: '2030-07-31', evidenceReference: 'tb-screening-ev', resultIds: ['DOJ-1'], policyVersion: 'default-1',
      revision: '2', recordedAt: stored[2].recordedAt.toISOString(),
    }));
    expect(entries[5]).toEqual(expect.objectContaining({ effectiveDate: '2026-10-15', evidenceReference: 'review-cleared' }));
    expect(entries[6]).toEqual(expect.objectContaining({ noticeReference: 'N-77', effectiveDate: '2026-11-01' }));
  });

  it('is for compliance staff: operations and reporting are refused', async () => {
    expect((await get('/artists/maria/clearance-history', 'operations')).status).toBe(403);
    expect((await get('/artists/maria/clearance-history', 'reporting')).status).toBe(403);
    expect((await get('/artists/maria/clearance-history', 'admin')).status).toBe(200);
    expect((await get('/artists/nobody/clearance-history')).status).toBe(404);
  });
});

describe('GET /streams/{streamId}/events: raw events', () => {
  it('pages through a stream as stored, with metadata', async () => {
    const first = await get('/streams/artist-maria/events?limit=3');
    expect(first.status).toBe(200);
    expect(first.body.events.map((e: { type: string; revision: string }) => [e.revision, e.type])).toEqual([
      ['0', 'ArtistRegistered'], ['1', 'ClearanceGranted'], ['2', 'ClearanceGranted'],
    ]);
    expect(first.body.events[0].metadata.actor).toBe('key:operations');
    expect(first.body.nextFrom).toBe('3');
    const last = await get('/streams/artist-maria/events?from=7&limit=5');
    expect(last.body.events.map((e: { type: string }) => e.type)).toEqual(['ArrestNotificationReceived', 'ClearanceSuspended']);
    expect(last.body.nextFrom).toBeNull();
    const past = await get('/streams/artist-maria/events?from=50');
    expect([past.status, past.body.events]).toEqual([200, []]);
  });

  it('is for admin and compliance, 404 for an unknown stream, 400 for bad paging', async () => {
    expect((await get('/streams/artist-maria/events', 'operations')).status).toBe(403);
    expect((await get('/streams/artist-maria/events', 'reporting')).status).toBe(403);
    expect((await get('/streams/artist-maria/events', 'admin')).status).toBe(200);
    expect((await get('/streams/artist-nobody/events')).status).toBe(404);
    expect((await get('/streams/$all/events')).status).toBe(404);
    for (const query of ['limit=0', 'limit=1001', 'from=-1', 'from=abc']) {
      expect([query, (await get(`/streams/artist-maria/events?${query}`)).status]).toEqual([query, 400]);
    }
  });
});
