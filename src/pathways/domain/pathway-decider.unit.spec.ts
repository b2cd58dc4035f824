import { spec } from '../../testing/decider-specification';
import { initialSchoolState, SchoolState } from '../../schools/domain/school-state';
import { AddPathwayCourse, DefinePathway } from './pathway-commands';
import { pathwayDecider } from './pathway-decider';
import { PathwayEvent } from './pathway-events';

function school(schoolId: string, level: SchoolState['level'], lea = 'lausd'): SchoolState {
  return { ...initialSchoolState, exists: true, schoolId, lea, level, name: schoolId, grades: level === 'high' ? ['9'] : level === 'middle' ? ['6'] : ['K'] };
}

// Two elementary schools feed middle schools m1 and m2, which feed high school h1.
const schools = [school('e1', 'elementary'), school('e2', 'elementary'), school('m1', 'middle'), school('m2', 'middle'), school('h1', 'high')];
const feederPattern = { elementarySchoolIds: ['e1', 'e2'], middleSchoolIds: ['m1', 'm2'], highSchoolIds: ['h1'] };
const define: DefinePathway = {
  type: 'DefinePathway', pathwayId: 'pw1', lea: 'lausd', name: 'Eastside music', artForm: 'music', feederPattern, effectiveDate: '2026-08-01', schools,
};
const defined: PathwayEvent = {
  type: 'PathwayDefined', data: { pathwayId: 'pw1', lea: 'lausd', name: 'Eastside music', artForm: 'music', feederPattern, effectiveDate: '2026-08-01' },
};

function addCourse(courseId: string, schoolId: string, level: AddPathwayCourse['level']): AddPathwayCourse {
  const at = schools.find((s) => s.schoolId === schoolId) ?? { ...initialSchoolState, schoolId };
  return {
    type: 'AddPathwayCourse', courseId, schoolId, level, title: `${level} band`, schoolYear: '2026-27', effectiveDate: '2026-08-15',
    delivery: { deliveredBy: 'school-teacher' }, school: at,
  };
}

function courseAdded(courseId: string, schoolId: string, schoolLevel: 'middle' | 'high', level: AddPathwayCourse['level']): PathwayEvent {
  return {
    type: 'PathwayCourseAdded',
    data: { pathwayId: 'pw1', lea: 'lausd', courseId, schoolId, schoolLevel, level, title: `${level} band`, schoolYear: '2026-27', effectiveDate: '2026-08-15', deliveredBy: 'school-teacher' },
  };
}

const pathway = spec(pathwayDecider);

describe('pathway decider', () => {
  describe('defining a pathway along a feeder pattern', () => {
    it('records the art form and the feeder pattern elementary → middle → high', () => {
      pathway.given([]).when(define).then([defined]);
    });

    it('refuses a school missing, of another LEA, or at the wrong level of the pattern', () => {
      pathway.given([]).when({ ...define, schools: schools.filter((s) => s.schoolId !== 'm2') }).thenRefused('pathway.school-known', 'school m2 is not registered', 409);
      pathway.given([]).when({ ...define, schools: [...schools.filter((s) => s.schoolId !== 'h1'), school('h1', 'high', 'pusd')] })
        .thenRefused('pathway.school-lea', 'school h1 belongs to LEA pusd, not to LEA lausd', 422);
      pathway.given([]).when({ ...define, feederPattern: { ...feederPattern, highSchoolIds: ['m1'] } })
        .thenRefused('pathway.feeder-pattern', /school m1 is listed twice/, 422);
      pathway.given([]).when({ ...define, feederPattern: { ...feederPattern, middleSchoolIds: ['h1'], highSchoolIds: ['m1'] } })
        .thenRefused('pathway.feeder-pattern', 'school h1 is a high school, listed among the middle schools', 422);
      pathway.given([]).when({ ...define, feederPattern: { ...feederPattern, highSchoolIds: [] } })
        .thenRefused('pathway.feeder-pattern', /has no high school/, 422);
    });
  });

  describe('adding courses (rule 5)', () => {
    it('adds a beginning course at a middle school of the pattern, delivered by a partner', () => {
      pathway.given([defined]).when({ ...addCourse('c1', 'm1', 'beginning'), delivery: { deliveredBy: 'partner', partnerId: 'p1', partnerKnown: true } })
        .then([{ ...courseAdded('c1', 'm1', 'middle', 'beginning'), data: { ...courseAdded('c1', 'm1', 'middle', 'beginning').data, deliveredBy: 'partner', partnerId: 'p1' } } as PathwayEvent]);
    });

    it('refuses a course at a school outside the feeder pattern', () => {
      pathway.given([defined]).when(addCourse('c1', 'm9', 'beginning')).thenRefused('pathway.feeder-pattern', 'school m9 is not in the feeder pattern of pathway pw1', 409);
    });

    it('refuses a course at an elementary school: elementary programmes are whole-school', () => {
      pathway.given([defined]).when(addCourse('c1', 'e1', 'beginning')).thenRefused('pathway.course-school-level', /e1 is an elementary school.*whole school/, 422);
    });

    it('adds intermediate only after beginning, and advanced only after intermediate, at the same middle school', () => {
      pathway.given([defined]).when(addCourse('c2', 'm1', 'intermediate'))
        .thenRefused('pathway.level-order', 'an intermediate course needs a beginning course at school m1 in this pathway first; there is none', 409);
      pathway.given([defined, courseAdded('c1', 'm1', 'middle', 'beginning')]).when(addCourse('c2', 'm1', 'intermediate'))
        .then([courseAdded('c2', 'm1', 'middle', 'intermediate')]);
      pathway.given([defined, courseAdded('c1', 'm1', 'middle', 'beginning')]).when(addCourse('c3', 'm1', 'advanced'))
        .thenRefused('pathway.level-order', 'an advanced course needs an intermediate course at school m1 in this pathway first; there is none');
    });

    it('does not let one middle school build on another middle school\'s courses', () => {
      pathway.given([defined, courseAdded('c1', 'm1', 'middle', 'beginning')]).when(addCourse('c2', 'm2', 'intermediate'))
        .thenRefused('pathway.level-order', /at school m2 in this pathway/);
    });

    it('lets a high school build on the level below offered at a middle school feeding it', () => {
      pathway.given([defined, courseAdded('c1', 'm2', 'middle', 'beginning')]).when(addCourse('c2', 'h1', 'intermediate'))
        .then([courseAdded('c2', 'h1', 'high', 'intermediate')]);
      pathway.given([defined]).when(addCourse('c2', 'h1', 'intermediate'))
        .thenRefused('pathway.level-order', /at school h1 or at a middle school feeding it/);
    });

    it('refuses a course id used twice, an unknown partner, and a pathway not defined', () => {
      pathway.given([defined, courseAdded('c1', 'm1', 'middle', 'beginning')]).when(addCourse('c1', 'h1', 'beginning')).thenRefused('pathway.course-unique');
      pathway.given([defined]).when({ ...addCourse('c1', 'm1', 'beginning'), delivery: { deliveredBy: 'partner', partnerId: 'p9', partnerKnown: false } })
        .thenRefused('pathway.partner-known', 'partner p9 has not been proposed');
      pathway.given([]).when(addCourse('c1', 'm1', 'beginning')).thenRefused('pathway.exists');
    });
  });

  describe('whole-school programmes at elementary schools', () => {
    const record = {
      type: 'RecordWholeSchoolProgramme', programmeId: 'w1', schoolId: 'e1', title: 'Music for every class', schoolYear: '2026-27', effectiveDate: '2026-08-15',
      delivery: { deliveredBy: 'school-teacher' }, school: schools[0],
    } as const;

    it('records one at an elementary school of the pattern, and refuses one at a middle school', () => {
      pathway.given([defined]).when(record).then([{
        type: 'WholeSchoolProgrammeRecorded',
        data: { pathwayId: 'pw1', lea: 'lausd', programmeId: 'w1', schoolId: 'e1', title: 'Music for every class', schoolYear: '2026-27', effectiveDate: '2026-08-15', deliveredBy: 'school-teacher' },
      }]);
      pathway.given([defined]).when({ ...record, schoolId: 'm1', school: schools[2] }).thenRefused('pathway.programme-school-level', /m1 is a middle school/, 422);
    });
  });
});
