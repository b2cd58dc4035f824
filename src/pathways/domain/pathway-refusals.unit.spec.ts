import { spec } from '../../testing/decider-specification';
import { initialSchoolState, SchoolState } from '../../schools/domain/school-state';
import { AddPathwayCourse, DefinePathway, RecordWholeSchoolProgramme } from './pathway-commands';
import { pathwayDecider } from './pathway-decider';
import { PathwayEvent } from './pathway-events';

/* Refusals no other test named: the good input is accepted, the bad one refused with the rule and a detail naming the item, no event written. */
function school(schoolId: string, level: SchoolState['level']): SchoolState {
  return { ...initialSchoolState, exists: true, schoolId, lea: 'lausd', level, name: schoolId, grades: level === 'high' ? ['9'] : level === 'middle' ? ['6'] : ['K'] };
}

const schools = [school('e1', 'elementary'), school('m1', 'middle'), school('h1', 'high')];
const feederPattern = { elementarySchoolIds: ['e1'], middleSchoolIds: ['m1'], highSchoolIds: ['h1'] };
const define: DefinePathway = {
  type: 'DefinePathway', pathwayId: 'pw1', lea: 'lausd', name: 'Eastside music', artForm: 'music', feederPattern, effectiveDate: '2026-08-01', schools,
};
const defined: PathwayEvent = {
  type: 'PathwayDefined', data: { pathwayId: 'pw1', lea: 'lausd', name: 'Eastside music', artForm: 'music', feederPattern, effectiveDate: '2026-08-01' },
};
const programme = (overrides: Partial<RecordWholeSchoolProgramme> = {}): RecordWholeSchoolProgramme => ({
  type: 'RecordWholeSchoolProgramme', programmeId: 'w1', schoolId: 'e1', title: 'Music for every class', schoolYear: '2026-27', effectiveDate: '2026-08-15',
  delivery: { deliveredBy: 'school-teacher' }, school: schools[0], ...overrides,
});
const programmeRecorded: PathwayEvent = {
  type: 'WholeSchoolProgrammeRecorded',
  data: { pathwayId: 'pw1', lea: 'lausd', programmeId: 'w1', schoolId: 'e1', title: 'Music for every class', schoolYear: '2026-27', effectiveDate: '2026-08-15', deliveredBy: 'school-teacher' },
};
const course = (overrides: Partial<AddPathwayCourse> = {}): AddPathwayCourse => ({
  type: 'AddPathwayCourse', courseId: 'c1', schoolId: 'm1', level: 'beginning', title: 'Beginning band', schoolYear: '2026-27', effectiveDate: '2026-08-15',
  delivery: { deliveredBy: 'school-teacher' }, school: schools[1], ...overrides,
});

const pathway = spec(pathwayDecider);

describe('pathway refusals', () => {
  describe('pathway.unique', () => {
    it('defines a pathway once, and refuses defining the same pathway id again, naming it', () => {
      pathway.given([]).when(define).then([defined]);
      pathway.given([defined]).when({ ...define, name: 'Eastside strings' }).thenRefused('pathway.unique', 'pathway pw1 (Eastside music) is already defined', 409);
    });
  });

  describe('pathway.programme-unique', () => {
    it('records a second programme under a new id, and refuses reusing an id, naming it', () => {
      pathway.given([defined]).when(programme()).then([programmeRecorded]);
      pathway.given([defined, programmeRecorded]).when(programme({ programmeId: 'w2', schoolYear: '2027-28' }))
        .thenEvents(([event]) => expect(event.data).toMatchObject({ programmeId: 'w2', schoolYear: '2027-28' }));
      pathway.given([defined, programmeRecorded]).when(programme({ schoolYear: '2027-28' }))
        .thenRefused('pathway.programme-unique', 'programme w1 is already recorded', 409);
    });
  });

  describe('pathway.school-year', () => {
    it.each(['2026-28', '2026', '26-27'])('refuses a course or a programme for school year "%s" (422), naming it', (schoolYear) => {
      pathway.given([defined]).when(course({ schoolYear })).thenRefused('pathway.school-year', `"${schoolYear}" is not a school year such as 2026-27`, 422);
      pathway.given([defined]).when(programme({ schoolYear })).thenRefused('pathway.school-year', `"${schoolYear}" is not a school year such as 2026-27`, 422);
    });

    it('accepts a course and a programme for a school year such as 2026-27', () => {
      pathway.given([defined]).when(course()).thenEvents(([event]) => expect(event).toMatchObject({ type: 'PathwayCourseAdded', data: { courseId: 'c1', schoolYear: '2026-27' } }));
      pathway.given([defined]).when(programme()).then([programmeRecorded]);
    });
  });
});
