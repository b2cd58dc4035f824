import { Role } from '../../src/http/roles.decorator';

/*
 * Every command route with a body it accepts (the base the malformed bodies are made from), against the small
 * world that fuzz-world.ts records first: so a body that happens to be valid reaches the rules, not a 404.
 */

export const LEA = 'fz-lea';

export interface CommandRoute {
  readonly route: string;
  readonly path: string;
  /** A role the route allows besides admin. */
  readonly role: Role;
  readonly body: Record<string, unknown>;
  /** Fields the route may go without (null counts as absent for them). */
  readonly optional?: readonly string[];
  /** Fields holding calendar dates. */
  readonly dates?: readonly string[];
}

const c = (route: string, path: string, role: Role, body: Record<string, unknown>, optional: string[] = [], dates: string[] = []): CommandRoute => ({ route, path, role, body, optional, dates });

const OPS: Role = 'operations';
const COMP: Role = 'compliance';

export const COMMAND_ROUTES: CommandRoute[] = [
  c('POST /schools', '/schools', OPS, { id: 'fz-new-school', lea: LEA, name: 'New School', level: 'elementary', grades: ['K', '1'], enrolment: 300, effectiveDate: '2026-08-01' }, ['id', 'effectiveDate'], ['effectiveDate']),
  c('POST /schools/{id}/arts-lead', '/schools/fz-school/arts-lead', OPS, { schoolYear: '2026-27', name: 'Ana Ruiz', email: 'ana@fz.example', effectiveDate: '2026-08-01' }, ['email', 'effectiveDate'], ['effectiveDate']),
  c('POST /schools/{id}/arts-plan', '/schools/fz-school/arts-plan', OPS, { schoolYear: '2026-27', priorities: 'literacy', artForms: ['music'], effectiveDate: '2026-08-01' }, ['effectiveDate'], ['effectiveDate']),
  c('POST /schools/{id}/corrections', '/schools/fz-school/corrections', OPS, { name: 'FZ Elementary', level: 'elementary', grades: ['K', '1', '2'], enrolment: 410, reason: 'recount', effectiveDate: '2026-08-02' }, ['effectiveDate'], ['effectiveDate']),
  c('POST /partners', '/partners', OPS, { id: 'fz-new-partner', lea: LEA, name: 'New Partner', kind: 'arts-nonprofit', services: ['mentorship'], artForms: ['dance'], effectiveDate: '2026-01-05' }, ['id', 'effectiveDate'], ['effectiveDate']),
  c('POST /partners/{id}/corrections', '/partners/fz-partner/corrections', OPS, { name: 'FZ Dance', kind: 'arts-nonprofit', services: ['mentorship'], artForms: ['dance'], reason: 'typo', effectiveDate: '2026-01-06' }, ['effectiveDate'], ['effectiveDate']),
  c('POST /partners/{id}/insurance', '/partners/fz-partner/insurance', COMP, { lea: LEA, carrier: 'Acme', policyNumber: 'GL-FZ-2', leaNamedAdditionalInsured: true, effectiveDate: '2026-01-01', expiresOn: '2027-01-01' }, [], ['effectiveDate', 'expiresOn']),
  c('POST /partners/{id}/insurance/cancellation', '/partners/fz-partner/insurance/cancellation', COMP, { lea: LEA, policyNumber: 'GL-FZ', effectiveDate: '2027-06-01' }, [], ['effectiveDate']),
  c('POST /partners/{id}/contractor-certification', '/partners/fz-partner/contractor-certification', COMP, { lea: LEA, signedOn: '2026-01-02', evidenceReference: 'CERT-2' }, [], ['signedOn']),
  c('POST /partners/{id}/agreements', '/partners/fz-partner/agreements', COMP, { lea: LEA, agreementId: 'MOU-FZ-2', kind: 'mou', startsOn: '2026-01-01', endsOn: '2027-06-30', effectiveDate: '2026-01-01' }, ['agreementId', 'effectiveDate'], ['startsOn', 'endsOn', 'effectiveDate']),
  c('POST /partners/{id}/approval', '/partners/fz-partner/approval', COMP, { lea: LEA, effectiveDate: '2026-02-01' }, ['effectiveDate'], ['effectiveDate']),
  c('POST /partners/{id}/suspension', '/partners/fz-partner/suspension', COMP, { lea: LEA, reason: 'insurance lapse', effectiveDate: '2027-05-01' }, ['effectiveDate'], ['effectiveDate']),
  c('POST /partners/{id}/reinstatement', '/partners/fz-partner/reinstatement', COMP, { lea: LEA, effectiveDate: '2027-05-02' }, ['effectiveDate'], ['effectiveDate']),
  c('POST /partners/{id}/removal', '/partners/fz-partner/removal', COMP, { lea: LEA, reason: 'ended', effectiveDate: '2027-06-30' }, ['effectiveDate'], ['effectiveDate']),
  c('POST /artists', '/artists', OPS, { id: 'fz-new-artist', partnerId: 'fz-partner', name: 'New Artist', engagement: 'contractor', artForms: ['dance'], effectiveDate: '2026-01-01' }, ['id', 'effectiveDate'], ['effectiveDate']),
  c('POST /artists/{id}/clearances', '/artists/fz-artist/clearances', COMP, { requirement: 'tb-screening', lea: LEA, effectiveDate: '2026-09-01', evidenceReference: 'TB-2', resultIds: ['R-1'] }, ['expiresOn', 'resultIds'], ['effectiveDate', 'expiresOn']),
  c('POST /artists/{id}/arrest-notifications', '/artists/fz-artist/arrest-notifications', COMP, { lea: LEA, effectiveDate: '2027-03-01', noticeReference: 'N-1' }, [], ['effectiveDate']),
  c('POST /artists/{id}/clearances/{requirement}/suspension', '/artists/fz-artist/clearances/tb-screening/suspension', COMP, { lea: LEA, effectiveDate: '2027-02-01', reason: 'review' }, [], ['effectiveDate']),
  c('POST /artists/{id}/clearances/{requirement}/revocation', '/artists/fz-artist/clearances/sex-offender-registry-check/revocation', COMP, { lea: LEA, effectiveDate: '2027-04-01', reason: 'conviction' }, [], ['effectiveDate']),
  c('POST /artists/{id}/clearances/{requirement}/reinstatement', '/artists/fz-artist/clearances/tb-screening/reinstatement', COMP, { lea: LEA, effectiveDate: '2027-02-10', evidenceReference: 'cleared' }, [], ['effectiveDate']),
  c('POST /artists/{id}/clearances/{requirement}/grant-corrections', '/artists/fz-artist/clearances/mandated-reporter-training/grant-corrections', COMP, { lea: LEA, grantNumber: 1, reason: 'typo', effectiveDate: '2026-08-02', evidenceReference: 'MRT-2' }, ['effectiveDate', 'expiresOn', 'evidenceReference'], ['effectiveDate', 'expiresOn']),
  c('POST /artists/{id}/clearances/{requirement}/grant-withdrawals', '/artists/fz-artist/clearances/mandated-reporter-training/grant-withdrawals', COMP, { lea: LEA, grantNumber: 7, reason: 'error' }),
  c('POST /partnerships', '/partnerships', OPS, { id: 'fz-new-partnership', name: 'New', partnerIds: ['fz-partner'], lea: LEA, scope: 'network', model: 'residency', artForms: ['dance'], effectiveDate: '2026-08-01', termEnd: '2027-06-30' }, ['id', 'termEnd'], ['effectiveDate', 'termEnd']),
  c('POST /partnerships/{id}/schools', '/partnerships/fz-partnership/schools', OPS, { schoolId: 'fz-ms', effectiveDate: '2026-08-10' }, [], ['effectiveDate']),
  c('POST /partnerships/{id}/commitments', '/partnerships/fz-partnership/commitments', OPS, { effectiveDate: '2026-08-10', stipends: { amount: 100, currency: 'USD' }, releaseTimeHours: 4, funds: { amount: 2000.5, currency: 'USD' }, replacesSequentialInstruction: false, notes: 'n' }, ['stipends', 'funds', 'notes'], ['effectiveDate']),
  c('POST /partnerships/{id}/activation', '/partnerships/fz-partnership/activation', OPS, { effectiveDate: '2026-08-20' }, [], ['effectiveDate']),
  c('POST /partnerships/{id}/assignments', '/partnerships/fz-partnership/assignments', OPS, { id: 'fz-new-assignment', artistId: 'fz-artist', schoolId: 'fz-school', classroomTeacher: 'Ms. A', artForm: 'dance', grades: ['1'], startDate: '2026-09-01', endDate: '2026-12-18', plannedSessions: 12 }, ['id'], ['startDate', 'endDate']),
  c('POST /partnerships/{id}/assignments/{assignmentId}/sessions', '/partnerships/fz-partnership/assignments/fz-assignment/sessions', OPS, { id: 'fz-new-session', date: '2026-09-15', minutes: 50, students: 25, notes: 'n' }, ['id', 'notes'], ['date']),
  c('POST /partnerships/{id}/sessions/{sessionId}/correction', '/partnerships/fz-partnership/sessions/fz-session/correction', OPS, { minutes: 45, students: 24, reason: 'recount', notes: 'n' }, ['notes']),
  c('POST /partnerships/{id}/professional-development', '/partnerships/fz-partnership/professional-development', OPS, { date: '2026-10-05', hours: 2.5, attendees: 10, topic: 'movement' }, [], ['date']),
  c('POST /partnerships/{id}/check-ins', '/partnerships/fz-partnership/check-ins', OPS, { date: '2026-10-15', studentGrowthNotes: 'growing', by: 'Arts Lead' }, [], ['date']),
  c('POST /partnerships/{id}/evaluations', '/partnerships/fz-partnership/evaluations', OPS, { date: '2027-01-20', scores: { meaningful: 5, collaborative: 4, additive: 5 }, notes: 'n' }, ['notes'], ['date']),
  c('POST /partnerships/{id}/renewal', '/partnerships/fz-partnership/renewal', OPS, { termEnd: '2028-06-30', effectiveDate: '2027-05-01' }, [], ['termEnd', 'effectiveDate']),
  c('POST /pathways', '/pathways', OPS, { id: 'fz-new-pathway', lea: LEA, name: 'New pathway', artForm: 'dance', feederPattern: { elementarySchoolIds: ['fz-school'], middleSchoolIds: ['fz-ms'], highSchoolIds: ['fz-hs'] }, effectiveDate: '2026-08-01' }, ['id', 'effectiveDate'], ['effectiveDate']),
  c('POST /pathways/{id}/courses', '/pathways/fz-pathway/courses', OPS, { courseId: 'fz-course', schoolId: 'fz-ms', level: 'beginning', title: 'Dance 1', schoolYear: '2026-27', deliveredBy: 'school-teacher', effectiveDate: '2026-08-15' }, ['courseId', 'effectiveDate'], ['effectiveDate']),
  c('POST /pathways/{id}/whole-school-programmes', '/pathways/fz-pathway/whole-school-programmes', OPS, { programmeId: 'fz-programme', schoolId: 'fz-school', title: 'Dance for all', schoolYear: '2026-27', deliveredBy: 'partner', partnerId: 'fz-partner', effectiveDate: '2026-08-15' }, ['programmeId', 'effectiveDate'], ['effectiveDate']),
  c('POST /compliance/sweeps', '/compliance/sweeps', COMP, { asOf: '2026-09-01' }, ['asOf'], ['asOf']),
  c('POST /log-verifications', '/log-verifications', COMP, { head: { position: '3', hash: 'ab'.repeat(32) } }, ['head']),
  // The console's sign-in: public (the bearer header is ignored), writes no event; a key no configuration has, so no body signs in.
  c('POST /session', '/session', 'reporting', { apiKey: 'not-a-configured-key-but-long-enough-0123456789' }),
  // Last: a body that happens to be valid ends the assignment or the partnership the routes above work on.
  c('POST /partnerships/{id}/assignments/{assignmentId}/end', '/partnerships/fz-partnership/assignments/fz-assignment/end', OPS, { effectiveDate: '2026-12-18', reason: 'done' }, [], ['effectiveDate']),
  c('POST /partnerships/{id}/conclusion', '/partnerships/fz-partnership/conclusion', OPS, { effectiveDate: '2027-06-30', reason: 'term completed' }, [], ['effectiveDate']),
];
