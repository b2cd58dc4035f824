import { ArtForm } from '../../artists/domain/art-form';
import { CourseLevel } from './course-level';
import { CourseDelivery, FeederPattern, PathwayEvent } from './pathway-events';

export type PathwayCourse = {
  readonly courseId: string;
  readonly schoolId: string;
  readonly schoolLevel: 'middle' | 'high';
  readonly level: CourseLevel;
  readonly title: string;
  readonly schoolYear: string;
  readonly addedOn: string;
} & CourseDelivery;

export type WholeSchoolProgramme = {
  readonly programmeId: string;
  readonly schoolId: string;
  readonly title: string;
  readonly schoolYear: string;
  readonly recordedOn: string;
} & CourseDelivery;

export type PathwayState = {
  readonly exists: boolean;
  readonly pathwayId: string;
  readonly lea: string;
  readonly name: string;
  readonly artForm: ArtForm;
  readonly feederPattern: FeederPattern;
  readonly definedOn: string;
  readonly courses: readonly PathwayCourse[];
  readonly wholeSchoolProgrammes: readonly WholeSchoolProgramme[];
};

export const initialPathwayState: PathwayState = {
  exists: false,
  pathwayId: '',
  lea: '',
  name: '',
  artForm: 'music',
  feederPattern: { elementarySchoolIds: [], middleSchoolIds: [], highSchoolIds: [] },
  definedOn: '',
  courses: [],
  wholeSchoolProgrammes: [],
};

function deliveryOf(data: CourseDelivery): CourseDelivery {
  return data.deliveredBy === 'partner' ? { deliveredBy: 'partner', partnerId: data.partnerId } : { deliveredBy: 'school-teacher' };
}

export function evolvePathway(state: PathwayState, event: PathwayEvent): PathwayState {
  switch (event.type) {
    case 'PathwayDefined': {
      const { pathwayId, lea, name, artForm, feederPattern, effectiveDate } = event.data;
      return { ...state, exists: true, pathwayId, lea, name, artForm, feederPattern, definedOn: effectiveDate };
    }
    case 'PathwayCourseAdded': {
      const { courseId, schoolId, schoolLevel, level, title, schoolYear, effectiveDate } = event.data;
      const course: PathwayCourse = { courseId, schoolId, schoolLevel, level, title, schoolYear, addedOn: effectiveDate, ...deliveryOf(event.data) };
      return { ...state, courses: [...state.courses, course] };
    }
    case 'WholeSchoolProgrammeRecorded': {
      const { programmeId, schoolId, title, schoolYear, effectiveDate } = event.data;
      const programme: WholeSchoolProgramme = { programmeId, schoolId, title, schoolYear, recordedOn: effectiveDate, ...deliveryOf(event.data) };
      return { ...state, wholeSchoolProgrammes: [...state.wholeSchoolProgrammes, programme] };
    }
    default:
      return state;
  }
}
