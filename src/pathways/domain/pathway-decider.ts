import { Decider, Decision, refuse, Refusal } from '../../command-handling';
import { isSchoolYear, SchoolLevel } from '../../schools/domain/school-level';
import { levelBelow } from './course-level';
import { AddPathwayCourse, DefinePathway, PathwayCommand, RecordWholeSchoolProgramme, RequestedDelivery } from './pathway-commands';
import { CourseDelivery, FeederPattern, PathwayEvent } from './pathway-events';
import { evolvePathway, initialPathwayState, PathwayState } from './pathway-state';

const STAGES: readonly { level: SchoolLevel; ids: (pattern: FeederPattern) => readonly string[] }[] = [
  { level: 'elementary', ids: (p) => p.elementarySchoolIds },
  { level: 'middle', ids: (p) => p.middleSchoolIds },
  { level: 'high', ids: (p) => p.highSchoolIds },
];

/** The level at which the feeder pattern lists a school, or null when it is not in the pattern. */
function stageOf(pattern: FeederPattern, schoolId: string): SchoolLevel | null {
  return STAGES.find((stage) => stage.ids(pattern).includes(schoolId))?.level ?? null;
}

function invalidFeederPattern(command: DefinePathway): Refusal | null {
  const { feederPattern, schools, lea } = command;
  const empty = STAGES.filter((stage) => stage.ids(feederPattern).length === 0).map((stage) => stage.level);
  if (empty.length > 0) return refuse('pathway.feeder-pattern', `a feeder pattern runs elementary → middle → high; it has no ${empty.join(', ')} school`, 422);
  const all = STAGES.flatMap((stage) => stage.ids(feederPattern));
  const repeated = all.filter((id, index) => all.indexOf(id) !== index);
  if (repeated.length > 0) return refuse('pathway.feeder-pattern', `school ${repeated[0]} is listed twice in the feeder pattern`, 422);
  for (const stage of STAGES) {
    for (const schoolId of stage.ids(feederPattern)) {
      const school = schools.find((s) => s.exists && s.schoolId === schoolId);
      if (!school) return refuse('pathway.school-known', `school ${schoolId} is not registered`);
      if (school.lea !== lea) return refuse('pathway.school-lea', `school ${schoolId} belongs to LEA ${school.lea}, not to LEA ${lea}`, 422);
      if (school.level !== stage.level) {
        return refuse('pathway.feeder-pattern', `school ${schoolId} is a ${school.level} school, listed among the ${stage.level} schools`, 422);
      }
    }
  }
  return null;
}

function define(command: DefinePathway, state: PathwayState): Decision<PathwayEvent> {
  if (state.exists) return refuse('pathway.unique', `pathway ${state.pathwayId} (${state.name}) is already defined`);
  const invalid = invalidFeederPattern(command);
  if (invalid) return invalid;
  const { pathwayId, lea, name, artForm, effectiveDate } = command;
  const { elementarySchoolIds, middleSchoolIds, highSchoolIds } = command.feederPattern;
  return [{
    type: 'PathwayDefined',
    data: {
      pathwayId, lea, name, artForm, effectiveDate,
      feederPattern: { elementarySchoolIds: [...elementarySchoolIds], middleSchoolIds: [...middleSchoolIds], highSchoolIds: [...highSchoolIds] },
    },
  }];
}

/** Checks shared by courses and whole-school programmes: the pathway, the school's place in it, year and deliverer. */
function placeInPathway(
  command: AddPathwayCourse | RecordWholeSchoolProgramme,
  state: PathwayState,
): { stage: SchoolLevel; delivery: CourseDelivery } | Refusal {
  if (!state.exists) return refuse('pathway.exists', 'the pathway has not been defined');
  const { schoolId, school, schoolYear, delivery } = command;
  const stage = stageOf(state.feederPattern, schoolId);
  if (stage === null) return refuse('pathway.feeder-pattern', `school ${schoolId} is not in the feeder pattern of pathway ${state.pathwayId}`);
  if (school.exists && school.level !== stage) {
    return refuse('pathway.feeder-pattern', `school ${schoolId} is now a ${school.level} school but the pathway lists it among its ${stage} schools`);
  }
  if (!isSchoolYear(schoolYear)) return refuse('pathway.school-year', `"${schoolYear}" is not a school year such as 2026-27`, 422);
  const deliveryRefusal = unknownPartner(delivery);
  if (deliveryRefusal) return deliveryRefusal;
  return { stage, delivery: delivery.deliveredBy === 'partner' ? { deliveredBy: 'partner', partnerId: delivery.partnerId } : { deliveredBy: 'school-teacher' } };
}

function unknownPartner(delivery: RequestedDelivery): Refusal | null {
  return delivery.deliveredBy === 'partner' && !delivery.partnerKnown ? refuse('pathway.partner-known', `partner ${delivery.partnerId} has not been proposed`) : null;
}

/**
 * Rule 5. "The level below exists in that pathway" is read along the students' path: the level below must be
 * offered at the same school or at a school feeding it (for a high school, any middle school of the pathway).
 * A middle school's sequence therefore stands on its own, and a high school may build on what its feeders teach.
 */
function addCourse(command: AddPathwayCourse, state: PathwayState): Decision<PathwayEvent> {
  const place = placeInPathway(command, state);
  if ('refused' in place) return place;
  const { courseId, schoolId, level, title, schoolYear, effectiveDate } = command;
  if (place.stage === 'elementary') {
    return refuse('pathway.course-school-level',
      `school ${schoolId} is an elementary school: elementary arts programmes involve the whole school, not a course sequence; record a whole-school programme instead`, 422);
  }
  if (state.courses.some((c) => c.courseId === courseId)) return refuse('pathway.course-unique', `course ${courseId} is already in the pathway`);
  const below = levelBelow(level);
  if (below !== null) {
    const feeders = place.stage === 'high' ? state.feederPattern.middleSchoolIds : [];
    const found = state.courses.some((c) => c.level === below && (c.schoolId === schoolId || feeders.includes(c.schoolId)));
    if (!found) {
      const where = place.stage === 'high' ? `at school ${schoolId} or at a middle school feeding it` : `at school ${schoolId}`;
      const article = below === 'intermediate' ? 'an' : 'a';
      return refuse('pathway.level-order', `an ${level} course needs ${article} ${below} course ${where} in this pathway first; there is none`);
    }
  }
  return [{
    type: 'PathwayCourseAdded',
    data: {
      pathwayId: state.pathwayId, lea: state.lea, courseId, schoolId, schoolLevel: place.stage, level, title, schoolYear, effectiveDate, ...place.delivery,
    },
  }];
}

function recordWholeSchoolProgramme(command: RecordWholeSchoolProgramme, state: PathwayState): Decision<PathwayEvent> {
  const place = placeInPathway(command, state);
  if ('refused' in place) return place;
  const { programmeId, schoolId, title, schoolYear, effectiveDate } = command;
  if (place.stage !== 'elementary') {
    return refuse('pathway.programme-school-level', `school ${schoolId} is a ${place.stage} school: it offers a course sequence, not a whole-school programme`, 422);
  }
  if (state.wholeSchoolProgrammes.some((p) => p.programmeId === programmeId)) return refuse('pathway.programme-unique', `programme ${programmeId} is already recorded`);
  return [{
    type: 'WholeSchoolProgrammeRecorded',
    data: { pathwayId: state.pathwayId, lea: state.lea, programmeId, schoolId, title, schoolYear, effectiveDate, ...place.delivery },
  }];
}

function decide(command: PathwayCommand, state: PathwayState): Decision<PathwayEvent> {
  switch (command.type) {
    case 'DefinePathway': return define(command, state);
    case 'AddPathwayCourse': return addCourse(command, state);
    case 'RecordWholeSchoolProgramme': return recordWholeSchoolProgramme(command, state);
  }
}

export const pathwayDecider: Decider<PathwayCommand, PathwayEvent, PathwayState> = {
  initialState: initialPathwayState,
  decide,
  evolve: evolvePathway,
};
