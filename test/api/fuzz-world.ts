import { TestApp } from '../support/test-app';
import { LEA } from './command-route-catalogue';

/** The aggregates the command routes address, recorded over HTTP as admin before any malformed body is sent. */
export async function recordFuzzWorld(t: TestApp): Promise<void> {
  const steps: [string, Record<string, unknown>][] = [
    ['/schools', { id: 'fz-school', lea: LEA, name: 'FZ Elementary', level: 'elementary', grades: ['K', '1', '2'], enrolment: 400, effectiveDate: '2026-07-01' }],
    ['/schools', { id: 'fz-ms', lea: LEA, name: 'FZ Middle', level: 'middle', grades: ['6', '7', '8'], enrolment: 700, effectiveDate: '2026-07-01' }],
    ['/schools', { id: 'fz-hs', lea: LEA, name: 'FZ High', level: 'high', grades: ['9', '10', '11', '12'], enrolment: 1500, effectiveDate: '2026-07-01' }],
    ['/partners', { id: 'fz-partner', lea: LEA, name: 'FZ Dance', kind: 'arts-nonprofit', services: ['mentorship'], artForms: ['dance'], effectiveDate: '2026-01-01' }],
    ['/partners/fz-partner/insurance', { lea: LEA, carrier: 'Acme', policyNumber: 'GL-FZ', leaNamedAdditionalInsured: true, effectiveDate: '2026-01-01', expiresOn: '2027-07-01' }],
    ['/partners/fz-partner/contractor-certification', { lea: LEA, signedOn: '2026-01-02', evidenceReference: 'CERT-1' }],
    ['/partners/fz-partner/agreements', { lea: LEA, agreementId: 'MOU-FZ', kind: 'mou', startsOn: '2026-01-01', endsOn: '2027-06-30', effectiveDate: '2026-01-01' }],
    ['/partners/fz-partner/approval', { lea: LEA, effectiveDate: '2026-01-05' }],
    ['/artists', { id: 'fz-artist', partnerId: 'fz-partner', name: 'FZ Artist', engagement: 'contractor', artForms: ['dance'], effectiveDate: '2026-01-01' }],
    ...['background-check', 'tb-screening', 'sex-offender-registry-check', 'mandated-reporter-training'].map(
      (requirement): [string, Record<string, unknown>] => ['/artists/fz-artist/clearances', { requirement, lea: LEA, effectiveDate: '2026-08-01', evidenceReference: `${requirement}-1` }],
    ),
    ['/partnerships', { id: 'fz-partnership', name: 'FZ residency', partnerIds: ['fz-partner'], lea: LEA, scope: 'network', model: 'residency', artForms: ['dance'], effectiveDate: '2026-08-01', termEnd: '2027-06-30' }],
    ['/partnerships/fz-partnership/schools', { schoolId: 'fz-school', effectiveDate: '2026-08-10' }],
    ['/partnerships/fz-partnership/commitments', { effectiveDate: '2026-08-10', releaseTimeHours: 10, replacesSequentialInstruction: false }],
    ['/partnerships/fz-partnership/activation', { effectiveDate: '2026-08-15' }],
    ['/partnerships/fz-partnership/assignments', { id: 'fz-assignment', artistId: 'fz-artist', schoolId: 'fz-school', classroomTeacher: 'Ms. A', artForm: 'dance', grades: ['1'], startDate: '2026-09-01', endDate: '2027-06-01', plannedSessions: 20 }],
    ['/partnerships/fz-partnership/assignments/fz-assignment/sessions', { id: 'fz-session', date: '2026-09-08', minutes: 50, students: 25 }],
    ['/pathways', { id: 'fz-pathway', lea: LEA, name: 'FZ dance pathway', artForm: 'dance', feederPattern: { elementarySchoolIds: ['fz-school'], middleSchoolIds: ['fz-ms'], highSchoolIds: ['fz-hs'] }, effectiveDate: '2026-08-01' }],
  ];
  for (const [path, body] of steps) {
    const answer = await t.http.post(path).set('Authorization', `Bearer ${t.tokens.admin}`).send(body);
    if (answer.status !== 201) throw new Error(`setting up the fuzz world: POST ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
}
