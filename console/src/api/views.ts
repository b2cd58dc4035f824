/** Shapes of the API's answers the screens read (the parts they show). */
export type Role = 'admin' | 'compliance' | 'operations' | 'reporting';

export interface SessionView {
  readonly role: Role;
  readonly actor: string;
  readonly expiresAt?: string;
  readonly idleExpiresAt?: string;
}

export interface AggregateView<S> {
  readonly id: string;
  readonly streamId: string;
  readonly revision: string;
  readonly state: S;
}

/** GET /partnerships/{id}: the partnership as recorded, and its status on the server's day (what the partnerships list shows). */
export interface PartnershipView extends AggregateView<PartnershipState> {
  readonly today: { readonly date: string; readonly status: string; readonly assignments: readonly { readonly assignmentId: string; readonly status: string }[] };
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

export interface RequirementStanding {
  readonly requirement: string;
  readonly status: string;
  readonly since?: string;
  readonly until?: string;
  readonly evidence?: string;
  readonly grantedBy?: string;
  readonly grantNumber?: number;
  readonly reason?: string;
  readonly noticeReference?: string;
  readonly recordedBy?: string;
  readonly recordedAt?: string;
}

export interface ClearanceStanding {
  readonly artistId: string;
  readonly lea: string;
  readonly asOf: string;
  readonly knownAt: string | null;
  readonly mayWork: boolean;
  readonly problems: readonly string[];
  readonly requirements: readonly RequirementStanding[];
  readonly policyVersion?: string;
  readonly knownRevision?: string;
}

export interface ArtistState {
  readonly artistId: string;
  readonly partnerId: string;
  readonly name: string;
  readonly engagement: string;
  readonly artForms: readonly string[];
  readonly registeredOn: string;
  readonly clearances: readonly { lea: string; requirement: string }[];
}

export interface ClearanceHistoryEntry {
  readonly revision: string;
  readonly position: string;
  readonly type: string;
  readonly recordedAt: string;
  readonly actor: string;
  readonly causationId: string | null;
  readonly lea?: string;
  readonly requirement?: string;
  readonly effectiveDate?: string;
  readonly expiresOn?: string | null;
  readonly evidenceReference?: string | null;
  readonly noticeReference?: string | null;
  readonly reason?: string | null;
  readonly statusAfter?: { status?: string; since?: string; until?: string } | null;
}

export interface ClearanceHistory {
  readonly artistId: string;
  readonly entries: readonly ClearanceHistoryEntry[];
}

export interface Assignment {
  readonly assignmentId: string;
  readonly artistId: string;
  readonly partnerId: string;
  readonly schoolId: string;
  readonly lea: string;
  readonly classroomTeacher: string;
  readonly artForm: string;
  readonly grades: readonly string[];
  readonly startDate: string;
  readonly endDate: string;
  readonly plannedSessions: number;
  readonly status: string;
  readonly suspensionCauses: readonly { kind: string; problem?: string; eventType?: string }[];
  /** Periods the assignment was suspended (until null: still suspended); absent from states older than the periods. */
  readonly suspensions?: readonly { from: string; until: string | null }[];
  readonly endedOn: string | null;
  readonly sessionsLogged: number;
}

export interface PartnershipState {
  readonly partnershipId: string;
  readonly name: string;
  readonly partnerIds: readonly string[];
  readonly lea: string;
  readonly scope: string;
  readonly model: string;
  readonly artForms: readonly string[];
  readonly status: string;
  readonly proposedOn: string;
  readonly activatedOn: string | null;
  readonly termEnd: string | null;
  readonly concludedOn: string | null;
  readonly schools: readonly { schoolId: string; lea: string; enrolledOn: string }[];
  readonly commitment: null | {
    stipends: { amount: number; currency: string } | null;
    releaseTimeHours: number | null;
    funds: { amount: number; currency: string } | null;
    recordedFor: string;
    notes: string | null;
  };
  readonly assignments: readonly Assignment[];
  readonly sessions: { count: number; newest: readonly { sessionId: string; assignmentId: string; date: string; minutes: number; students: number; notes: string | null; corrected: boolean }[] };
  readonly professionalDevelopmentHours: number;
  readonly professionalDevelopmentSessions: number;
  readonly lastCheckIn: unknown;
  readonly checkIns: number;
  readonly evaluations: readonly unknown[];
  readonly renewals: number;
}

export interface TimelineStep {
  readonly revision: string;
  readonly position: string;
  readonly type: string;
  readonly effectiveDate?: string | null;
  readonly recordedAt: string;
  readonly actor: string;
  readonly causationId: string | null;
  readonly data: Record<string, unknown>;
  readonly stateAfter: Record<string, unknown>;
}

export interface Timeline {
  readonly partnershipId: string;
  readonly total: number;
  readonly steps: readonly TimelineStep[];
  readonly nextFrom: string | null;
}

export interface StreamEvent {
  readonly revision: string;
  readonly position: string;
  readonly type: string;
  readonly recordedAt: string;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
}
