import { startTestApp, TestApp } from '../support/test-app';
import { bearer, instantBetweenWrites, postAccepted, seedPartnerAndSchool } from './history-setup';

/*
 * GET /artists/{id}/clearances answered from the clearance_facts projection, on the corners where effective time and
 * recorded time pull apart: a revocation followed on the same day by a new grant on new evidence, a grant whose date
 * is corrected, a grant withdrawn as recorded in error. Each is asked as known before and after the later fact.
 */

const LEA = 'lausd';
let t: TestApp;
const knew = { afterRevocation: '', beforeCorrection: '', beforeWithdrawal: '' };
let lastPosition = '';

const clearances = (query: string) => t.http.get(`/artists/nia/clearances?lea=${LEA}&${query}`).set(bearer(t, 'operations'));
const standing = (body: { requirements: { requirement: string }[] }, requirement: string) => body.requirements.find((r) => r.requirement === requirement);
const grant = (requirement: string, effectiveDate: string, evidenceReference: string) =>
  postAccepted(t, '/artists/nia/clearances', { requirement, lea: LEA, effectiveDate, evidenceReference }, 'compliance');

beforeAll(async () => {
  t = await startTestApp();
  await seedPartnerAndSchool(t, LEA, 'dance-co', 'roosevelt');
  await postAccepted(t, '/artists', { id: 'nia', partnerId: 'dance-co', name: 'Nia Okafor', engagement: 'contractor', artForms: ['dance'], effectiveDate: '2026-01-01' }, 'operations');
  await grant('background-check', '2026-08-01', 'bg-1');
  await postAccepted(t, '/artists/nia/clearances/background-check/revocation', { lea: LEA, effectiveDate: '2026-10-01', reason: 'conviction' }, 'compliance');
  knew.afterRevocation = await instantBetweenWrites();
  await grant('background-check', '2026-10-01', 'bg-2');
  await grant('tb-screening', '2026-08-01', 'tb-1');
  knew.beforeCorrection = await instantBetweenWrites();
  await postAccepted(t, '/artists/nia/clearances/tb-screening/grant-corrections', { lea: LEA, grantNumber: 1, effectiveDate: '2026-09-01', reason: 'assessment was on 1 September' }, 'compliance');
  await grant('sex-offender-registry-check', '2026-08-01', 'sor-1');
  knew.beforeWithdrawal = await instantBetweenWrites();
  const withdrawal = await t.http.post('/artists/nia/clearances/sex-offender-registry-check/grant-withdrawals').set(bearer(t, 'compliance'))
    .send({ lea: LEA, grantNumber: 1, reason: 'recorded for the wrong artist' });
  expect(withdrawal.status).toBe(201);
  lastPosition = withdrawal.body.position;
});

afterAll(async () => {
  await t?.close();
});

describe('clearance status as known at an instant, across revocations, corrections and withdrawals', () => {
  it('a new grant on new evidence on the day of a revocation clears the artist from that day; before it was recorded, revoked', async () => {
    const known = await clearances(`asOf=2026-10-01&knownAt=${knew.afterRevocation}`);
    expect(standing(known.body, 'background-check')).toEqual(expect.objectContaining({ status: 'revoked', since: '2026-10-01', reason: 'conviction', grantNumber: 1 }));
    const now = await clearances('asOf=2026-10-01');
    expect(standing(now.body, 'background-check')).toEqual(expect.objectContaining({ status: 'valid', since: '2026-10-01', evidence: 'bg-2', grantNumber: 2 }));
    const dayBefore = await clearances('asOf=2026-09-30');
    expect(standing(dayBefore.body, 'background-check')).toEqual(expect.objectContaining({ status: 'valid', evidence: 'bg-1', grantNumber: 1 }));
  });

  it('a corrected grant date counts from when the correction was recorded, not before', async () => {
    const before = await clearances(`asOf=2026-08-15&knownAt=${knew.beforeCorrection}`);
    expect(standing(before.body, 'tb-screening')).toEqual(expect.objectContaining({ status: 'valid', since: '2026-08-01', until: '2030-07-31' }));
    const now = await clearances('asOf=2026-08-15');
    expect(standing(now.body, 'tb-screening')).toEqual(expect.objectContaining({ status: 'not-yet-valid', validFrom: '2026-09-01', evidence: 'tb-1' }));
  });

  it('a withdrawn grant no longer counts at any date, but did until the withdrawal was recorded', async () => {
    const before = await clearances(`asOf=2026-09-15&knownAt=${knew.beforeWithdrawal}`);
    expect(standing(before.body, 'sex-offender-registry-check')).toEqual(expect.objectContaining({ status: 'valid', evidence: 'sor-1', recordedBy: 'key:compliance' }));
    const now = await clearances('asOf=2026-09-15');
    expect(standing(now.body, 'sex-offender-registry-check')).toEqual(expect.objectContaining({ status: 'missing', recordedBy: null }));
    expect(now.body.problems).toContain('no sex offender registry check granted by LEA lausd');
  });

  it('reads its own writes: X-Projection-Position reaches the last write, minPosition is honoured, and a bad one is refused', async () => {
    const answer = await clearances(`asOf=2026-09-15&minPosition=${lastPosition}`);
    expect(answer.status).toBe(200);
    expect(BigInt(answer.headers['x-projection-position'])).toBeGreaterThanOrEqual(BigInt(lastPosition));
    expect(answer.body.knownRevision).toBe('8'); // registration, 2 grants + revocation + renewal, grant + correction, grant + withdrawal
    expect((await clearances('minPosition=abc')).status).toBe(400);
  });
});
