import { PartnershipEvent } from './partnership-events';
import { AssignmentState, PartnershipState, runsOn, SuspensionPeriod } from './partnership-state';
import { causeKey, SuspensionCause } from './suspension-cause';

/** A suspension opens a period from its effective date, or joins the open one (moving its start earlier if it is). */
function suspendedFrom(periods: readonly SuspensionPeriod[], from: string, cause: SuspensionCause): SuspensionPeriod[] {
  const open = periods.at(-1);
  if (open === undefined || open.until !== null) return [...periods, { from, until: null, causes: [cause] }];
  const key = causeKey(cause);
  return [...periods.slice(0, -1), { from: from < open.from ? from : open.from, until: null, causes: [...open.causes.filter((c) => causeKey(c) !== key || c.eventId !== cause.eventId), cause] }];
}

/** Resuming closes the open period on the resumption's effective date. */
function resumedOn(periods: readonly SuspensionPeriod[], until: string): SuspensionPeriod[] {
  const open = periods.at(-1);
  return open === undefined || open.until !== null ? [...periods] : [...periods.slice(0, -1), { ...open, until }];
}

function updateAssignment(state: PartnershipState, assignmentId: string, change: (a: AssignmentState) => AssignmentState): PartnershipState {
  return { ...state, assignments: state.assignments.map((a) => (a.assignmentId === assignmentId ? change(a) : a)) };
}

/** Folds one partnership event into the state; pure. */
export function evolvePartnership(state: PartnershipState, event: PartnershipEvent): PartnershipState {
  switch (event.type) {
    case 'PartnershipProposed': {
      const d = event.data;
      return {
        ...state, exists: true, partnershipId: d.partnershipId, name: d.name, partnerIds: d.partnerIds, lea: d.lea, scope: d.scope,
        model: d.model, artForms: d.artForms, status: 'proposed', proposedOn: d.effectiveDate, termEnd: d.termEnd,
      };
    }
    case 'SchoolEnrolled':
      return { ...state, schools: [...state.schools, { schoolId: event.data.schoolId, lea: event.data.lea, enrolledOn: event.data.effectiveDate }] };
    case 'CommitmentRecorded': {
      const d = event.data;
      return { ...state, commitment: { stipends: d.stipends, releaseTimeHours: d.releaseTimeHours, funds: d.funds, recordedFor: d.effectiveDate, notes: d.notes } };
    }
    case 'PartnershipActivated':
      return { ...state, status: 'active', activatedOn: event.data.effectiveDate };
    case 'ArtistAssigned': {
      const d = event.data;
      const assignment: AssignmentState = {
        assignmentId: d.assignmentId, artistId: d.artistId, partnerId: d.partnerId, schoolId: d.schoolId, lea: d.lea,
        classroomTeacher: d.classroomTeacher, artForm: d.artForm, grades: d.grades, startDate: d.startDate, endDate: d.endDate,
        plannedSessions: d.plannedSessions, status: 'active', suspensionCauses: [], suspensions: [], endedOn: null, sessionsLogged: 0,
      };
      return { ...state, assignments: [...state.assignments, assignment] };
    }
    case 'AssignmentSuspended': {
      // A cause with the key of one already held replaces it: the reason why it stays suspended, brought up to date.
      const key = causeKey(event.data.cause);
      return updateAssignment(state, event.data.assignmentId, (a) => ({
        ...a, status: a.status === 'ended' ? 'ended' : 'suspended',
        suspensionCauses: [...a.suspensionCauses.filter((c) => causeKey(c) !== key), event.data.cause],
        // An assignment whose end is recorded for a later day is suspended within its life like any other.
        suspensions: runsOn(a, event.data.effectiveDate) ? suspendedFrom(a.suspensions, event.data.effectiveDate, event.data.cause) : a.suspensions,
      }));
    }
    case 'AssignmentSuspensionCauseLifted':
    case 'AssignmentResumed': {
      const lifted = causeKey(event.data.cause);
      return updateAssignment(state, event.data.assignmentId, (a) => {
        const remaining = a.suspensionCauses.filter((c) => causeKey(c) !== lifted);
        const resumed = event.type === 'AssignmentResumed' && runsOn(a, event.data.effectiveDate);
        return {
          ...a, suspensionCauses: remaining, status: a.status === 'ended' ? 'ended' : remaining.length > 0 ? 'suspended' : 'active',
          suspensions: resumed ? resumedOn(a.suspensions, event.data.effectiveDate) : a.suspensions,
        };
      });
    }
    case 'AssignmentEnded':
      return updateAssignment(state, event.data.assignmentId, (a) => ({ ...a, status: 'ended', endedOn: event.data.effectiveDate }));
    case 'SessionLogged': {
      const d = event.data;
      const withSession = {
        ...state,
        sessions: state.sessions.add({ sessionId: d.sessionId, assignmentId: d.assignmentId, date: d.date, minutes: d.minutes, students: d.students, notes: d.notes, corrected: false }),
      };
      return updateAssignment(withSession, d.assignmentId, (a) => ({ ...a, sessionsLogged: a.sessionsLogged + 1 }));
    }
    case 'SessionLogCorrected': {
      const d = event.data;
      return {
        ...state,
        sessions: state.sessions.replace(d.sessionId, (s) => ({ ...s, minutes: d.minutes, students: d.students, notes: d.notes, corrected: true })),
      };
    }
    case 'ProfessionalDevelopmentDelivered':
      return {
        ...state,
        professionalDevelopmentHours: state.professionalDevelopmentHours + event.data.hours,
        professionalDevelopmentSessions: state.professionalDevelopmentSessions + 1,
      };
    case 'CheckInRecorded':
      return {
        ...state,
        checkIns: state.checkIns + 1,
        lastCheckIn: state.lastCheckIn === null || event.data.date > state.lastCheckIn ? event.data.date : state.lastCheckIn,
      };
    case 'EvaluationRecorded':
      return { ...state, evaluations: [...state.evaluations, { date: event.data.date, scores: event.data.scores }] };
    case 'PartnershipRenewed':
      return { ...state, termEnd: event.data.termEnd, renewals: state.renewals + 1 };
    case 'PartnershipConcluded':
      return { ...state, status: 'concluded', concludedOn: event.data.effectiveDate, conclusionReason: event.data.reason };
    default:
      return state;
  }
}
