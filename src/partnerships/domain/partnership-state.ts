import { ArtForm } from '../../artists/domain/art-form';
import { EvaluationScores, Funds, PartnershipModel, PartnershipScope } from './partnership-events';
import { SessionLog } from './session-log';
import { SuspensionCause } from './suspension-cause';

export type AssignmentStatus = 'active' | 'suspended' | 'ended';

/**
 * One stretch of days the assignment was suspended: from `from` (included) until `until` (the effective date of
 * the resumption, excluded; null while it lasts), with every cause held during it. Sessions are judged against
 * these periods by their own date, so a session inside one stays refused after the assignment resumes.
 */
export interface SuspensionPeriod {
  readonly from: string;
  readonly until: string | null;
  readonly causes: readonly SuspensionCause[];
}

export interface AssignmentState {
  readonly assignmentId: string;
  readonly artistId: string;
  readonly partnerId: string;
  readonly schoolId: string;
  readonly lea: string;
  readonly classroomTeacher: string;
  readonly artForm: ArtForm;
  readonly grades: readonly string[];
  readonly startDate: string;
  readonly endDate: string;
  readonly plannedSessions: number;
  readonly status: AssignmentStatus;
  /** Every reason it is suspended for; it resumes only when the last one is lifted. */
  readonly suspensionCauses: readonly SuspensionCause[];
  /** Every suspension as a period of days, oldest first. */
  readonly suspensions: readonly SuspensionPeriod[];
  readonly endedOn: string | null;
  readonly sessionsLogged: number;
}

export interface SessionState {
  readonly sessionId: string;
  readonly assignmentId: string;
  readonly date: string;
  readonly minutes: number;
  readonly students: number;
  readonly notes: string | null;
  readonly corrected: boolean;
}

export interface EnrolmentState {
  readonly schoolId: string;
  readonly lea: string;
  readonly enrolledOn: string;
}

export interface CommitmentState {
  readonly stipends: Funds | null;
  readonly releaseTimeHours: number;
  readonly funds: Funds | null;
  readonly recordedFor: string;
  readonly notes: string | null;
}

export interface PartnershipState {
  readonly exists: boolean;
  readonly partnershipId: string;
  readonly name: string;
  readonly partnerIds: readonly string[];
  readonly lea: string;
  readonly scope: PartnershipScope | null;
  readonly model: PartnershipModel | null;
  readonly artForms: readonly ArtForm[];
  readonly status: 'none' | 'proposed' | 'active' | 'concluded';
  readonly proposedOn: string | null;
  readonly activatedOn: string | null;
  readonly termEnd: string | null;
  readonly concludedOn: string | null;
  readonly conclusionReason: string | null;
  readonly schools: readonly EnrolmentState[];
  readonly commitment: CommitmentState | null;
  // Arrays, not maps keyed by client-chosen ids: an id such as "__proto__" must never reach an object's prototype.
  readonly assignments: readonly AssignmentState[];
  readonly sessions: SessionLog;
  readonly professionalDevelopmentHours: number;
  readonly professionalDevelopmentSessions: number;
  readonly lastCheckIn: string | null;
  readonly checkIns: number;
  readonly evaluations: readonly { readonly date: string; readonly scores: EvaluationScores }[];
  readonly renewals: number;
}

export const initialPartnershipState: PartnershipState = {
  exists: false,
  partnershipId: '',
  name: '',
  partnerIds: [],
  lea: '',
  scope: null,
  model: null,
  artForms: [],
  status: 'none',
  proposedOn: null,
  activatedOn: null,
  termEnd: null,
  concludedOn: null,
  conclusionReason: null,
  schools: [],
  commitment: null,
  assignments: [],
  sessions: SessionLog.empty,
  professionalDevelopmentHours: 0,
  professionalDevelopmentSessions: 0,
  lastCheckIn: null,
  checkIns: 0,
  evaluations: [],
  renewals: 0,
};

export function findAssignment(state: PartnershipState, assignmentId: string): AssignmentState | undefined {
  return state.assignments.find((a) => a.assignmentId === assignmentId);
}

/**
 * Whether the assignment still runs on `date` as far as its ending goes: not ended, or ended from a later day (an
 * `AssignmentEnded` recorded ahead, as a conclusion recorded for next June writes for every assignment). Its ending's
 * own day is its first day ended, as a session on it is refused.
 */
export function runsOn(assignment: Pick<AssignmentState, 'status' | 'endedOn'>, date: string): boolean {
  return assignment.status !== 'ended' || (assignment.endedOn !== null && date < assignment.endedOn);
}

/**
 * The assignment's status on `date`, judged from the dates its end and suspensions take effect: ended from its end's
 * day, suspended inside a suspension period, else active. (A state folded before periods were kept falls back to its
 * causes.) What the partnership page shows beside the recorded `status`.
 */
export function assignmentStatusOn(assignment: Pick<AssignmentState, 'status' | 'endedOn' | 'suspensions' | 'suspensionCauses'>, date: string): AssignmentStatus {
  if (!runsOn(assignment, date)) return 'ended';
  if (assignment.suspensions === undefined) return assignment.suspensionCauses.length > 0 ? 'suspended' : 'active';
  return suspensionOn(assignment, date) ? 'suspended' : 'active';
}

/** The suspension period the date falls in, if any (periods recorded with until <= from cover no day). */
export function suspensionOn(assignment: Pick<AssignmentState, 'suspensions'>, date: string): SuspensionPeriod | undefined {
  return (assignment.suspensions ?? []).find((p) => p.from <= date && (p.until === null || date < p.until));
}

export function findSession(state: PartnershipState, sessionId: string): SessionState | undefined {
  return state.sessions.find(sessionId);
}
