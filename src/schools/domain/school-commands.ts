import { ArtForm } from '../../artists/domain/art-form';
import { SchoolLevel } from './school-level';

export interface RegisterSchool {
  readonly type: 'RegisterSchool';
  readonly schoolId: string;
  readonly lea: string;
  readonly name: string;
  readonly level: SchoolLevel;
  readonly grades: readonly string[];
  readonly enrolment: number;
  readonly effectiveDate: string;
}

export interface DesignateArtsLead {
  readonly type: 'DesignateArtsLead';
  readonly schoolYear: string;
  readonly name: string;
  readonly email?: string;
  readonly effectiveDate: string;
}

export interface AdoptArtsPlan {
  readonly type: 'AdoptArtsPlan';
  readonly schoolYear: string;
  readonly priorities: string;
  readonly artForms: readonly ArtForm[];
  readonly effectiveDate: string;
}

export interface CorrectSchoolDetails {
  readonly type: 'CorrectSchoolDetails';
  readonly name: string;
  readonly level: SchoolLevel;
  readonly grades: readonly string[];
  readonly enrolment: number;
  readonly reason: string;
  readonly effectiveDate: string;
}

export type SchoolCommand = RegisterSchool | DesignateArtsLead | AdoptArtsPlan | CorrectSchoolDetails;
