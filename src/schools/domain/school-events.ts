import { DomainEvent } from '../../command-handling';
import { ArtForm } from '../../artists/domain/art-form';
import { SchoolLevel } from './school-level';

export type SchoolRegisteredData = {
  readonly schoolId: string;
  readonly lea: string;
  readonly name: string;
  readonly level: SchoolLevel;
  readonly grades: readonly string[];
  readonly enrolment: number;
  readonly effectiveDate: string;
};

export type ArtsLeadDesignatedData = {
  readonly schoolId: string;
  readonly lea: string;
  readonly schoolYear: string;
  readonly name: string;
  readonly email?: string;
  readonly effectiveDate: string;
};

export type ArtsPlanAdoptedData = {
  readonly schoolId: string;
  readonly lea: string;
  readonly schoolYear: string;
  /** How the arts plan aligns with the school's other instructional priorities. */
  readonly priorities: string;
  readonly artForms: readonly ArtForm[];
  readonly effectiveDate: string;
};

/**
 * A registration recorded with a wrong name, level, grades or enrolment: the corrected values apply from now on,
 * the original stays in the log. The LEA is not correctable: approvals and clearances were granted against it,
 * so a school registered under the wrong LEA is registered again under the right one.
 */
export type SchoolDetailsCorrectedData = {
  readonly schoolId: string;
  readonly lea: string;
  readonly name: string;
  readonly level: SchoolLevel;
  readonly grades: readonly string[];
  readonly enrolment: number;
  readonly reason: string;
  readonly effectiveDate: string;
};

export type SchoolEvent =
  | DomainEvent<'SchoolRegistered', SchoolRegisteredData>
  | DomainEvent<'ArtsLeadDesignated', ArtsLeadDesignatedData>
  | DomainEvent<'ArtsPlanAdopted', ArtsPlanAdoptedData>
  | DomainEvent<'SchoolDetailsCorrected', SchoolDetailsCorrectedData>;
