import { ArtForm } from '../../artists/domain/art-form';
import { DomainEvent } from '../../command-handling';
import { SuspensionCause } from './suspension-cause';

export const PARTNERSHIP_SCOPES = ['school', 'network', 'district'] as const;
export type PartnershipScope = (typeof PARTNERSHIP_SCOPES)[number];

export const PARTNERSHIP_MODELS = ['co-teaching', 'residency', 'out-of-school', 'teacher-pd'] as const;
export type PartnershipModel = (typeof PARTNERSHIP_MODELS)[number];


/** DOMAIN.md: a residency is a series of at least ~10 sequential sessions in one class. */
export const MINIMUM_RESIDENCY_SESSIONS = 10;

export interface Funds {
  readonly amount: number;
  readonly currency: string;
}

export interface EvaluationScores {
  /** 1 (not at all) to 5 (fully). */
  readonly meaningful: number;
  readonly collaborative: number;
  readonly additive: number;
}

/** What an assignment decision relied on, so the audit trail shows the facts as they were read. */
export interface AssignmentBasis {
  readonly clearancePolicyVersion: string;
  readonly artistRevision: string;
  readonly partnerRevision: string;
  readonly schoolRevision: string;
}

export type PartnershipProposed = DomainEvent<'PartnershipProposed', {
  partnershipId: string; partnerIds: string[]; lea: string; scope: PartnershipScope; model: PartnershipModel;
  artForms: ArtForm[]; name: string; effectiveDate: string; termEnd: string | null;
}>;
export type SchoolEnrolled = DomainEvent<'SchoolEnrolled', { partnershipId: string; schoolId: string; lea: string; effectiveDate: string }>;
export type CommitmentRecorded = DomainEvent<'CommitmentRecorded', {
  partnershipId: string; lea: string; effectiveDate: string;
  stipends: Funds | null; releaseTimeHours: number; funds: Funds | null;
  /** Always true: a commitment that would replace the school's own arts instruction is refused. */
  additive: true;
  notes: string | null;
}>;
export type PartnershipActivated = DomainEvent<'PartnershipActivated', { partnershipId: string; lea: string; effectiveDate: string }>;
export type ArtistAssigned = DomainEvent<'ArtistAssigned', {
  partnershipId: string; assignmentId: string; artistId: string; partnerId: string; schoolId: string; lea: string;
  classroomTeacher: string; artForm: ArtForm; grades: string[]; startDate: string; endDate: string; plannedSessions: number;
  effectiveDate: string; basis: AssignmentBasis;
}>;
export type AssignmentSuspended = DomainEvent<'AssignmentSuspended', {
  partnershipId: string; assignmentId: string; artistId: string; lea: string; cause: SuspensionCause; effectiveDate: string;
}>;
/** One of several suspension causes was lifted; the assignment stays suspended for the others. */
export type AssignmentSuspensionCauseLifted = DomainEvent<'AssignmentSuspensionCauseLifted', {
  partnershipId: string; assignmentId: string; artistId: string; lea: string; cause: SuspensionCause; liftedBy: SuspensionCause;
  remainingCauses: SuspensionCause[]; effectiveDate: string;
}>;
export type AssignmentResumed = DomainEvent<'AssignmentResumed', {
  partnershipId: string; assignmentId: string; artistId: string; lea: string; cause: SuspensionCause; liftedBy: SuspensionCause; effectiveDate: string;
}>;
export type AssignmentEnded = DomainEvent<'AssignmentEnded', {
  partnershipId: string; assignmentId: string; artistId: string; lea: string; effectiveDate: string; reason: string;
}>;
export type SessionLogged = DomainEvent<'SessionLogged', {
  partnershipId: string; assignmentId: string; sessionId: string; schoolId: string; lea: string; artForm: ArtForm;
  date: string; effectiveDate: string; minutes: number; students: number; notes: string | null; clearancePolicyVersion: string;
}>;
/** A compensating event: the session's figures as they should have been, replacing the earlier ones in every read model. */
export type SessionLogCorrected = DomainEvent<'SessionLogCorrected', {
  partnershipId: string; assignmentId: string; sessionId: string; schoolId: string; lea: string;
  effectiveDate: string; minutes: number; students: number; notes: string | null; reason: string;
}>;
export type ProfessionalDevelopmentDelivered = DomainEvent<'ProfessionalDevelopmentDelivered', {
  partnershipId: string; lea: string; date: string; effectiveDate: string; hours: number; attendees: number; topic: string;
}>;
export type CheckInRecorded = DomainEvent<'CheckInRecorded', {
  partnershipId: string; lea: string; date: string; effectiveDate: string; studentGrowthNotes: string; by: string;
}>;
export type EvaluationRecorded = DomainEvent<'EvaluationRecorded', {
  partnershipId: string; lea: string; date: string; effectiveDate: string; scores: EvaluationScores; notes: string | null;
}>;
export type PartnershipRenewed = DomainEvent<'PartnershipRenewed', { partnershipId: string; lea: string; termEnd: string; effectiveDate: string }>;
export type PartnershipConcluded = DomainEvent<'PartnershipConcluded', { partnershipId: string; lea: string; effectiveDate: string; reason: string }>;

export type PartnershipEvent =
  | PartnershipProposed | SchoolEnrolled | CommitmentRecorded | PartnershipActivated
  | ArtistAssigned | AssignmentSuspended | AssignmentSuspensionCauseLifted | AssignmentResumed | AssignmentEnded
  | SessionLogged | SessionLogCorrected
  | ProfessionalDevelopmentDelivered | CheckInRecorded | EvaluationRecorded
  | PartnershipRenewed | PartnershipConcluded;
