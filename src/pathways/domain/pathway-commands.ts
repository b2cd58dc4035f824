import { ArtForm } from '../../artists/domain/art-form';
import { SchoolState } from '../../schools/domain/school-state';
import { CourseLevel } from './course-level';
import { FeederPattern } from './pathway-events';

/** Who teaches a course or programme, as asked for: a partner is named by id and must be known. */
export type RequestedDelivery =
  | { readonly deliveredBy: 'school-teacher' }
  | { readonly deliveredBy: 'partner'; readonly partnerId: string; /** Read from the partner's stream. */ readonly partnerKnown: boolean };

export type DefinePathway = {
  readonly type: 'DefinePathway';
  readonly pathwayId: string;
  readonly lea: string;
  readonly name: string;
  readonly artForm: ArtForm;
  readonly feederPattern: FeederPattern;
  readonly effectiveDate: string;
  /** The current fold of every school named in the feeder pattern (not-existing schools have `exists: false`). */
  readonly schools: readonly SchoolState[];
};

export type AddPathwayCourse = {
  readonly type: 'AddPathwayCourse';
  readonly courseId: string;
  readonly schoolId: string;
  readonly level: CourseLevel;
  readonly title: string;
  readonly schoolYear: string;
  readonly effectiveDate: string;
  readonly delivery: RequestedDelivery;
  /** The current fold of the course's school. */
  readonly school: SchoolState;
};

export type RecordWholeSchoolProgramme = {
  readonly type: 'RecordWholeSchoolProgramme';
  readonly programmeId: string;
  readonly schoolId: string;
  readonly title: string;
  readonly schoolYear: string;
  readonly effectiveDate: string;
  readonly delivery: RequestedDelivery;
  readonly school: SchoolState;
};

export type PathwayCommand = DefinePathway | AddPathwayCourse | RecordWholeSchoolProgramme;
