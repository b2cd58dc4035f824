import { ArtistState } from '../../artists/domain/artist-state';
import { ClearancePolicy } from '../../artists/domain/clearance-policy';
import { PartnerState } from '../../partners/domain/partner-state';
import { SchoolState } from '../../schools/domain/school-state';
import { ArtForm } from '../../artists/domain/art-form';
import { EvaluationScores, Funds, PartnershipModel, PartnershipScope } from './partnership-events';
import { StandingFacts } from './assignment-standing';
import { SuspensionCause } from './suspension-cause';

/*
 * Commands carry every fact the decision needs from other streams (read by the command handler from
 * their current folds), so the decider stays a pure function.
 */

export interface ProposePartnership {
  readonly type: 'ProposePartnership';
  readonly partnershipId: string;
  readonly name: string;
  readonly partnerIds: readonly string[];
  readonly lea: string;
  readonly scope: PartnershipScope;
  readonly model: PartnershipModel;
  readonly artForms: readonly ArtForm[];
  readonly effectiveDate: string;
  readonly termEnd?: string;
  /** Of `partnerIds`, those whose partner stream exists. */
  readonly knownPartnerIds: readonly string[];
}

export interface EnrolSchool {
  readonly type: 'EnrolSchool';
  readonly schoolId: string;
  readonly effectiveDate: string;
  readonly school: SchoolState;
}

export interface RecordCommitment {
  readonly type: 'RecordCommitment';
  readonly effectiveDate: string;
  readonly stipends?: Funds;
  readonly releaseTimeHours: number;
  readonly funds?: Funds;
  /** The LEA's declaration: does this partnership take the place of the school's own sequential arts instruction? */
  readonly replacesSequentialInstruction: boolean;
  readonly notes?: string;
}

export interface ActivatePartnership {
  readonly type: 'ActivatePartnership';
  readonly effectiveDate: string;
}

export interface AssignArtist {
  readonly type: 'AssignArtist';
  readonly assignmentId: string;
  readonly artistId: string;
  readonly schoolId: string;
  readonly classroomTeacher: string;
  readonly artForm: ArtForm;
  readonly grades: readonly string[];
  readonly startDate: string;
  readonly endDate: string;
  readonly plannedSessions: number;
  readonly facts: {
    readonly artist: ArtistState;
    /** The artist's own partner (from `artist.partnerId`), or null when it has no stream. */
    readonly partner: PartnerState | null;
    readonly school: SchoolState;
    readonly policy: ClearancePolicy;
    readonly revisions: { readonly artist: bigint; readonly partner: bigint; readonly school: bigint };
  };
}

/**
 * Rule 3, as the follow-up reactor sends it after an event about the assignment's artist or partner (or its own
 * ArtistAssigned): make the assignment's status match what stands in the way now, with the causes recorded.
 */
export interface ReviewAssignmentStanding {
  readonly type: 'ReviewAssignmentStanding';
  readonly assignmentId: string;
  readonly trigger: StandingTrigger;
  readonly facts: StandingFacts;
  /** Suspension causes still open for the artist and the partner in the LEA, newest causing event per cause key. */
  readonly openCauses: readonly SuspensionCause[];
}

/** The event that prompted a review; `item` is the clearance requirement or partner standing item it speaks about. */
export interface StandingTrigger {
  readonly eventId: string;
  readonly eventType: string;
  readonly effectiveDate: string;
  readonly effect: 'suspend' | 'lift' | 'review';
  readonly item?: Pick<SuspensionCause, 'kind' | 'requirement'>;
}

export interface EndAssignment {
  readonly type: 'EndAssignment';
  readonly assignmentId: string;
  readonly effectiveDate: string;
  readonly reason: string;
}

export interface LogSession {
  readonly type: 'LogSession';
  readonly assignmentId: string;
  readonly sessionId: string;
  readonly date: string;
  readonly minutes: number;
  readonly students: number;
  readonly notes?: string;
  readonly facts: {
    readonly artist: ArtistState;
    readonly policy: ClearancePolicy;
    /**
     * The assignment's partner as recorded (null: no stream). The session's date is judged against its standing
     * with the LEA on that date; left out, the partner is not looked at (callers predating the check).
     */
    readonly partner?: PartnerState | null;
  };
}

export interface CorrectSessionLog {
  readonly type: 'CorrectSessionLog';
  readonly sessionId: string;
  readonly minutes: number;
  readonly students: number;
  readonly notes?: string;
  readonly reason: string;
}

export interface DeliverProfessionalDevelopment {
  readonly type: 'DeliverProfessionalDevelopment';
  readonly date: string;
  readonly hours: number;
  readonly attendees: number;
  readonly topic: string;
}

export interface RecordCheckIn {
  readonly type: 'RecordCheckIn';
  readonly date: string;
  readonly studentGrowthNotes: string;
  readonly by: string;
}

export interface RecordEvaluation {
  readonly type: 'RecordEvaluation';
  readonly date: string;
  readonly scores: EvaluationScores;
  readonly notes?: string;
}

export interface RenewPartnership {
  readonly type: 'RenewPartnership';
  readonly termEnd: string;
  readonly effectiveDate: string;
}

export interface ConcludePartnership {
  readonly type: 'ConcludePartnership';
  readonly effectiveDate: string;
  readonly reason: string;
}

export type PartnershipCommand =
  | ProposePartnership | EnrolSchool | RecordCommitment | ActivatePartnership
  | AssignArtist | ReviewAssignmentStanding | EndAssignment
  | LogSession | CorrectSessionLog
  | DeliverProfessionalDevelopment | RecordCheckIn | RecordEvaluation
  | RenewPartnership | ConcludePartnership;
