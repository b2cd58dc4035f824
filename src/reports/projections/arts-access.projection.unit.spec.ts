import { readArtsAccess } from '../reports/arts-access.report';
import { ArtsAccessProjection } from './arts-access.projection';
import { inMemoryTarget, recorded } from './recorded-events.fixture';

const TODAY = '2026-12-05';
const school = (schoolId: string, lea: string, level = 'elementary') => ({
  type: 'SchoolRegistered', stream: `school-${schoolId}`, data: { schoolId, lea, name: `${schoolId} school`, level, grades: ['K'], enrolment: 300, effectiveDate: '2026-08-01' },
});
const session = (sessionId: string, schoolId: string, assignmentId: string, artForm: string, minutes: number, students: number, date = '2026-09-08') => ({
  type: 'SessionLogged', stream: 'partnership-p1',
  data: { partnershipId: 'p1', assignmentId, sessionId, schoolId, lea: 'lausd', artForm, date, effectiveDate: date, minutes, students, notes: null, clearancePolicyVersion: 'default-1' },
});

describe('arts access projection', () => {
  const projection = new ArtsAccessProjection();

  it('sums sessions, minutes and students per school and LEA, counting a class once per assignment as students served', () => {
    const target = inMemoryTarget(projection);
    projection.apply(recorded([
      school('evergreen', 'lausd'), school('hollenbeck', 'lausd', 'middle'), school('far', 'pusd'),
      session('s1', 'evergreen', 'a1', 'dance', 50, 28), session('s2', 'evergreen', 'a1', 'dance', 45, 26),
      session('s3', 'evergreen', 'a2', 'music', 60, 20),
    ]), target);

    const report = readArtsAccess(target, 'lausd', TODAY);
    expect(report.schools.map((s) => s.schoolId)).toEqual(['evergreen', 'hollenbeck']);
    expect(report.schools[0]).toMatchObject({ artForms: ['dance', 'music'], sessions: 3, minutes: 155, studentsServed: 48, studentAttendances: 74, level: 'elementary' });
    expect(report.schools[1]).toMatchObject({ artForms: [], sessions: 0, minutes: 0, studentsServed: 0 });
    expect(report.leas).toEqual([expect.objectContaining({ lea: 'lausd', schools: 2, schoolsReached: 1, sessions: 3, minutes: 155 })]);
  });

  it('counts a session from its own date: one recorded ahead of the day is not delivered yet', () => {
    const target = inMemoryTarget(projection);
    projection.apply(recorded([
      school('evergreen', 'lausd'),
      session('s1', 'evergreen', 'a1', 'dance', 50, 28, '2026-12-04'), session('s2', 'evergreen', 'a1', 'dance', 45, 26, TODAY),
      session('s3', 'evergreen', 'a2', 'music', 60, 30, '2026-12-06'),
    ]), target);
    const report = readArtsAccess(target, 'lausd', TODAY);
    expect(report).toMatchObject({ today: TODAY, schools: [expect.objectContaining({ artForms: ['dance'], sessions: 2, minutes: 95, studentsServed: 28 })] });
    expect(report.leas).toEqual([expect.objectContaining({ schoolsReached: 1, sessions: 2, minutes: 95 })]);
    expect(readArtsAccess(target, 'lausd', '2026-12-06').schools[0]).toMatchObject({ artForms: ['dance', 'music'], sessions: 3, minutes: 155, studentsServed: 58 });
  });

  it('keeps a session whose school it has not seen yet, and fills the school in when its registration arrives', () => {
    const target = inMemoryTarget(projection);
    projection.apply(recorded([session('s1', 'late', 'a1', 'theatre', 40, 10)]), target);
    expect(readArtsAccess(target, 'lausd', TODAY).schools).toEqual([expect.objectContaining({ schoolId: 'late', name: null, sessions: 1 })]);
    projection.apply(recorded([school('late', 'lausd', 'high')], 2), target);
    expect(readArtsAccess(target, null, TODAY).schools).toEqual([expect.objectContaining({ schoolId: 'late', level: 'high', sessions: 1, minutes: 40 })]);
  });

  it('replaces a session\'s figures on correction, and stops on a correction of a session never logged', () => {
    const target = inMemoryTarget(projection);
    const correction = (sessionId: string) => ({
      type: 'SessionLogCorrected', stream: 'partnership-p1',
      data: { partnershipId: 'p1', assignmentId: 'a1', sessionId, schoolId: 'evergreen', lea: 'lausd', effectiveDate: '2026-09-08', minutes: 30, students: 12, notes: null, reason: 'typo' },
    });
    projection.apply(recorded([school('evergreen', 'lausd'), session('s1', 'evergreen', 'a1', 'dance', 50, 28), correction('s1')]), target);
    expect(readArtsAccess(target, 'lausd', TODAY).schools[0]).toMatchObject({ sessions: 1, minutes: 30, studentsServed: 12 });
    expect(() => projection.apply(recorded([correction('nope')], 9), target)).toThrow(/SessionLogCorrected at position 9 .*session nope was never logged/);
  });
});
