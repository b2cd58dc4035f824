import { ReadModelDatabase } from '../../src/read-models/read-model-database';
import { ProjectionRunner } from '../../src/projections/projection-runner';
import { REPORT_PROJECTIONS } from '../../src/reports/report-catalogue';
import { TestApp } from '../support/test-app';

export type CallerRole = 'admin' | 'operations' | 'compliance' | 'reporting';
export const LEA = 'lausd';

/**
 * The projection runner, unless the app already runs one (the projections module provides it once wired):
 * reports are read from projections either way.
 */
export async function ensureReportProjectionsRun(t: TestApp): Promise<() => Promise<void>> {
  try {
    t.app.get(ProjectionRunner, { strict: false });
    return async () => undefined;
  } catch {
    const runner = new ProjectionRunner(t.store, t.app.get(ReadModelDatabase).db).register(...Object.values(REPORT_PROJECTIONS));
    await runner.start();
    await runner.waitForPosition('all', 0n, 0);
    return () => runner.stop();
  }
}

/** Writes over HTTP and remembers the global position of the last write, for `?minPosition=`. */
export class DistrictBuilder {
  lastPosition = '0';

  constructor(private readonly t: TestApp) {}

  async post(path: string, body: object, role: CallerRole = 'operations'): Promise<void> {
    const answer = await this.t.http.post(path).set({ Authorization: `Bearer ${this.t.tokens[role]}` }).send(body);
    expect([path, answer.status, answer.status === 201 ? null : answer.body]).toEqual([path, 201, null]);
    this.lastPosition = answer.body.position;
  }
}

/**
 * A small district: four schools in lausd and one in pusd; an approved partner whose insurance runs out on
 * 2026-11-30; a fully cleared artist whose TB screening lasts to 2026-11-30 and one with only a background check;
 * a residency at Evergreen with three sessions, PD, two check-ins and two evaluations; a complete music pathway
 * and an incomplete theatre one.
 */
export async function buildDistrict(d: DistrictBuilder): Promise<void> {
  const schools = [
    { id: 'evergreen-es', lea: LEA, name: 'Evergreen Elementary', level: 'elementary', grades: ['K', '1', '2', '3', '4', '5'], enrolment: 420 },
    { id: 'hollenbeck-ms', lea: LEA, name: 'Hollenbeck Middle', level: 'middle', grades: ['6', '7', '8'], enrolment: 840 },
    { id: 'roosevelt-hs', lea: LEA, name: 'Roosevelt High', level: 'high', grades: ['9', '10', '11', '12'], enrolment: 2100 },
    { id: 'garfield-hs', lea: LEA, name: 'Garfield High', level: 'high', grades: ['9', '10', '11', '12'], enrolment: 1900 },
    { id: 'pasadena-es', lea: 'pusd', name: 'Pasadena Elementary', level: 'elementary', grades: ['K', '1', '2'], enrolment: 300 },
  ];
  for (const school of schools) await d.post('/schools', { ...school, effectiveDate: '2026-08-01' });

  await d.post('/partners', {
    id: 'dance-co', lea: LEA, name: 'Dance Co', kind: 'arts-nonprofit', services: ['mentorship', 'small-ensembles'], artForms: ['dance'], effectiveDate: '2026-01-02',
  });
  await d.post('/partners/dance-co/insurance', {
    lea: LEA, carrier: 'Acme Mutual', policyNumber: 'GL-1', leaNamedAdditionalInsured: true, effectiveDate: '2026-01-01', expiresOn: '2026-12-01',
  }, 'compliance');
  await d.post('/partners/dance-co/contractor-certification', { lea: LEA, signedOn: '2026-01-03', evidenceReference: 'DMS-1' }, 'compliance');
  await d.post('/partners/dance-co/agreements', { lea: LEA, agreementId: 'MOU-1', kind: 'mou', startsOn: '2026-01-01', endsOn: '2027-06-30', effectiveDate: '2026-01-03' }, 'compliance');
  await d.post('/partners/dance-co/approval', { lea: LEA, effectiveDate: '2026-01-05' }, 'compliance');
  await d.post('/partners', { id: 'food-share', lea: LEA, name: 'Food Share', kind: 'food-service', services: ['wraparound-access'], artForms: [], effectiveDate: '2026-02-01' });

  await d.post('/artists', { id: 'maria', partnerId: 'dance-co', name: 'Maria Reyes', engagement: 'contractor', artForms: ['dance'], effectiveDate: '2026-01-01' }, 'admin');
  for (const requirement of ['background-check', 'tb-screening', 'sex-offender-registry-check', 'mandated-reporter-training']) {
    const expiry = requirement === 'tb-screening' ? { expiresOn: '2026-11-30' } : {};
    await d.post('/artists/maria/clearances', { requirement, lea: LEA, effectiveDate: '2026-08-01', evidenceReference: `${requirement}-1`, ...expiry }, 'compliance');
  }
  await d.post('/artists', { id: 'tom', partnerId: 'dance-co', name: 'Tom Lee', engagement: 'employee', artForms: ['dance'], effectiveDate: '2026-01-01' }, 'admin');
  await d.post('/artists/tom/clearances', { requirement: 'background-check', lea: LEA, effectiveDate: '2026-08-01', evidenceReference: 'bg-tom' }, 'compliance');

  // The name tests CSV quoting and formula neutralising.
  await d.post('/partnerships', {
    id: 'p1', name: '=Dance, "Move" & Read', partnerIds: ['dance-co'], lea: LEA, scope: 'school', model: 'residency', artForms: ['dance'], effectiveDate: '2026-08-01', termEnd: '2027-06-30',
  });
  await d.post('/partnerships/p1/schools', { schoolId: 'evergreen-es', effectiveDate: '2026-08-10' });
  await d.post('/partnerships/p1/commitments', { effectiveDate: '2026-08-10', stipends: { amount: 5000, currency: 'USD' }, releaseTimeHours: 24, replacesSequentialInstruction: false });
  await d.post('/partnerships/p1/activation', { effectiveDate: '2026-08-15' });
  await d.post('/partnerships/p1/assignments', {
    id: 'a1', artistId: 'maria', schoolId: 'evergreen-es', classroomTeacher: 'Ms. Alvarez', artForm: 'dance', grades: ['4'], startDate: '2026-09-01', endDate: '2026-12-18', plannedSessions: 12,
  });
  for (const [date, minutes, students] of [['2026-09-08', 50, 28], ['2026-09-15', 45, 26], ['2026-10-06', 50, 27]] as const) {
    await d.post('/partnerships/p1/assignments/a1/sessions', { date, minutes, students });
  }
  await d.post('/partnerships/p1/professional-development', { date: '2026-09-20', hours: 3, attendees: 14, topic: 'movement and literacy' });
  await d.post('/partnerships/p1/check-ins', { date: '2026-10-01', studentGrowthNotes: 'pairs choreograph', by: 'Arts Lead' });
  await d.post('/partnerships/p1/check-ins', { date: '2026-11-01', studentGrowthNotes: 'whole-class piece', by: 'Arts Lead' });
  await d.post('/partnerships/p1/evaluations', { date: '2026-10-20', scores: { meaningful: 4, collaborative: 3, additive: 5 } });
  await d.post('/partnerships/p1/evaluations', { date: '2026-11-10', scores: { meaningful: 5, collaborative: 4, additive: 5 } });

  const feederPattern = (high: string) => ({ elementarySchoolIds: ['evergreen-es'], middleSchoolIds: ['hollenbeck-ms'], highSchoolIds: [high] });
  await d.post('/pathways', { id: 'eastside-music', lea: LEA, name: 'Eastside music', artForm: 'music', effectiveDate: '2026-08-01', feederPattern: feederPattern('roosevelt-hs') });
  const course = (pathway: string, courseId: string, schoolId: string, level: string) =>
    d.post(`/pathways/${pathway}/courses`, { courseId, schoolId, level, title: `${level} ${pathway}`, deliveredBy: 'school-teacher', schoolYear: '2026-27', effectiveDate: '2026-08-15' });
  await course('eastside-music', 'hms-beg', 'hollenbeck-ms', 'beginning');
  await course('eastside-music', 'rhs-int', 'roosevelt-hs', 'intermediate');
  await course('eastside-music', 'rhs-adv', 'roosevelt-hs', 'advanced');
  await d.post('/pathways/eastside-music/whole-school-programmes', { schoolId: 'evergreen-es', title: 'Music for every class', deliveredBy: 'school-teacher', schoolYear: '2026-27' });
  await d.post('/pathways', { id: 'eastside-theatre', lea: LEA, name: 'Eastside theatre', artForm: 'theatre', effectiveDate: '2026-08-01', feederPattern: feederPattern('garfield-hs') });
  await course('eastside-theatre', 'hms-th-beg', 'hollenbeck-ms', 'beginning');
}
