import { DomainEvent } from '../../command-handling';
import { ArtForm } from '../../artists/domain/art-form';
import { CourseLevel } from './course-level';

/** The schools a pathway runs through, in the order students move: elementary → middle → high. */
export type FeederPattern = {
  readonly elementarySchoolIds: readonly string[];
  readonly middleSchoolIds: readonly string[];
  readonly highSchoolIds: readonly string[];
};

export type PathwayDefinedData = {
  readonly pathwayId: string;
  readonly lea: string;
  readonly name: string;
  readonly artForm: ArtForm;
  readonly feederPattern: FeederPattern;
  readonly effectiveDate: string;
};

export type CourseDelivery =
  | { readonly deliveredBy: 'school-teacher' }
  | { readonly deliveredBy: 'partner'; readonly partnerId: string };

export type PathwayCourseAddedData = {
  readonly pathwayId: string;
  readonly lea: string;
  readonly courseId: string;
  readonly schoolId: string;
  readonly schoolLevel: 'middle' | 'high';
  readonly level: CourseLevel;
  readonly title: string;
  readonly schoolYear: string;
  readonly effectiveDate: string;
} & CourseDelivery;

/** Elementary schools take part in a pathway through a programme for the whole school, not a course sequence. */
export type WholeSchoolProgrammeRecordedData = {
  readonly pathwayId: string;
  readonly lea: string;
  readonly programmeId: string;
  readonly schoolId: string;
  readonly title: string;
  readonly schoolYear: string;
  readonly effectiveDate: string;
} & CourseDelivery;

export type PathwayEvent =
  | DomainEvent<'PathwayDefined', PathwayDefinedData>
  | DomainEvent<'PathwayCourseAdded', PathwayCourseAddedData>
  | DomainEvent<'WholeSchoolProgrammeRecorded', WholeSchoolProgrammeRecordedData>;
