import { clearanceProblems } from '../../artists/domain/artist-clearance-standing';
import { partnerStandingProblems } from '../../partners/domain/partner-standing';
import { PartnerState } from '../../partners/domain/partner-state';
import { ArtistState } from '../../artists/domain/artist-state';
import { ClearancePolicy } from '../../artists/domain/clearance-policy';
import { Decision, refuse, Refusal } from '../../command-handling';
import { AssignArtist, CorrectSessionLog, EndAssignment, LogSession } from './partnership-commands';
import { MINIMUM_RESIDENCY_SESSIONS, PartnershipEvent } from './partnership-events';
import { requireExisting } from './partnership-lifecycle';
import { AssignmentState, findAssignment, findSession, PartnershipState, runsOn, suspensionOn, SuspensionPeriod } from './partnership-state';
import { causeKey, describeCause } from './suspension-cause';

/** Decisions about assignments (rules 1–3 of DOMAIN.md) and the sessions delivered under them. */

function cannotAssign(rule: string, startDate: string, problems: readonly string[]): Refusal {
  return refuse(`assignment.${rule}`, `artist cannot be assigned on ${startDate}: ${problems.join('; ')}`);
}

function invalidAssignmentInput(command: AssignArtist, state: PartnershipState): Refusal | null {
  if (command.endDate < command.startDate) {
    return refuse('assignment.dates', `the assignment cannot end (${command.endDate}) before it starts (${command.startDate})`, 422);
  }
  if (!Number.isInteger(command.plannedSessions) || command.plannedSessions < 1) {
    return refuse('assignment.planned-sessions', 'planned sessions must be a whole number of at least 1', 422);
  }
  if (state.model === 'residency' && command.plannedSessions < MINIMUM_RESIDENCY_SESSIONS) {
    return refuse('assignment.residency-length', `a residency is a series of at least ${MINIMUM_RESIDENCY_SESSIONS} sessions; ${command.plannedSessions} planned`, 422);
  }
  if (!state.artForms.includes(command.artForm)) {
    return refuse('assignment.art-form', `this partnership covers ${state.artForms.join(', ')}, not ${command.artForm}`, 422);
  }
  return null;
}

/** Rule 1: everything must hold on the assignment's start date. */
export function assignArtist(command: AssignArtist, state: PartnershipState): Decision<PartnershipEvent> {
  const missing = requireExisting(state);
  if (missing) return missing;
  if (findAssignment(state, command.assignmentId)) return refuse('assignment.unique', `assignment ${command.assignmentId} already exists`);
  const invalid = invalidAssignmentInput(command, state);
  if (invalid) return invalid;

  const { startDate } = command;
  const { artist, partner, school, policy } = command.facts;
  // Active on the start date, judged on that date: activated by then, its term not over, and not concluded by then (a
  // conclusion recorded for June leaves the partnership active in January).
  const { activatedOn, concludedOn, termEnd } = state;
  const why = activatedOn === null ? 'the partnership is not active'
    : startDate < activatedOn ? `the partnership is active only from ${activatedOn}`
    : concludedOn !== null && startDate >= concludedOn ? `the partnership is concluded from ${concludedOn}`
    : termEnd !== null && startDate > termEnd ? `the partnership's term ended on ${termEnd}`
    : null;
  if (why !== null) return cannotAssign('partnership-active', startDate, [why]);
  const enrolment = state.schools.find((s) => s.schoolId === command.schoolId);
  if (!enrolment) return cannotAssign('school-enrolled', startDate, [`school ${command.schoolId} is not enrolled in this partnership`]);
  if (startDate < enrolment.enrolledOn) return cannotAssign('school-enrolled', startDate, [`school ${command.schoolId} is enrolled only from ${enrolment.enrolledOn}`]);
  if (!artist.exists) return cannotAssign('artist-of-partner', startDate, [`artist ${command.artistId} is not registered`]);
  if (!state.partnerIds.includes(artist.partnerId)) {
    return cannotAssign('artist-of-partner', startDate, [`artist ${command.artistId} works for partner ${artist.partnerId}, which is not a partner of this partnership`]);
  }
  const lea = school.lea;
  const standing = partner === null ? [`partner ${artist.partnerId} is not registered`] : partnerStandingProblems(partner, lea, startDate);
  if (standing.length > 0) return cannotAssign('partner-standing', startDate, standing);
  const clearances = clearanceProblems(artist, lea, startDate, policy);
  if (clearances.length > 0) return cannotAssign('clearances', startDate, clearances);

  const { revisions } = command.facts;
  const assigned: PartnershipEvent = {
    type: 'ArtistAssigned',
    data: {
      partnershipId: state.partnershipId, assignmentId: command.assignmentId, artistId: command.artistId, partnerId: artist.partnerId,
      schoolId: command.schoolId, lea, classroomTeacher: command.classroomTeacher, artForm: command.artForm, grades: [...command.grades],
      startDate, endDate: command.endDate, plannedSessions: command.plannedSessions, effectiveDate: startDate,
      basis: {
        clearancePolicyVersion: policy.version, artistRevision: String(revisions.artist),
        partnerRevision: String(revisions.partner), schoolRevision: String(revisions.school),
      },
    },
  };
  // A conclusion already recorded (for a later day) ended every assignment then running on its day: this one ends with them.
  if (concludedOn === null) return [assigned];
  return [assigned, {
    type: 'AssignmentEnded',
    data: { partnershipId: state.partnershipId, assignmentId: command.assignmentId, artistId: command.artistId, lea, effectiveDate: concludedOn, reason: 'partnership concluded' },
  }];
}

export function assignmentOf(state: PartnershipState, assignmentId: string): AssignmentState | Refusal {
  const missing = requireExisting(state);
  if (missing) return missing;
  return findAssignment(state, assignmentId) ?? refuse('assignment.exists', `assignment ${assignmentId} does not exist in this partnership`);
}

export function isAssignment(value: AssignmentState | Refusal): value is AssignmentState {
  return (value as AssignmentState).assignmentId !== undefined;
}

export function endAssignment(command: EndAssignment, state: PartnershipState): Decision<PartnershipEvent> {
  const assignment = assignmentOf(state, command.assignmentId);
  if (!isAssignment(assignment)) return assignment;
  // An end recorded for a later day (a conclusion recorded ahead) may be brought forward; one in force by then may not.
  if (!runsOn(assignment, command.effectiveDate)) return refuse('assignment.open', `assignment ${assignment.assignmentId} ended on ${assignment.endedOn}`);
  return [{
    type: 'AssignmentEnded',
    data: {
      partnershipId: state.partnershipId, assignmentId: assignment.assignmentId, artistId: assignment.artistId, lea: assignment.lea,
      effectiveDate: command.effectiveDate, reason: command.reason,
    },
  }];
}

function invalidSessionFigures(minutes: number, students: number): Refusal | null {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 24 * 60) return refuse('session.figures', 'minutes must be a whole number from 1 to 1440', 422);
  if (!Number.isInteger(students) || students < 0) return refuse('session.figures', 'students must be a whole number, not negative', 422);
  return null;
}

function describePeriod(period: SuspensionPeriod): string {
  const span = period.until === null ? `is suspended since ${period.from}` : `was suspended from ${period.from} until ${period.until}`;
  return `the assignment ${span} for ${period.causes.map(describeCause).join('; ')}`;
}

/**
 * The first day after `date` on which the partner may work in `lea` again, among the days its recorded facts
 * change (roster decisions, certificates, agreements, certifications); null when none is recorded yet.
 */
function partnerWorksAgainOn(partner: PartnerState, lea: string, date: string): string | null {
  const days = [
    ...partner.rosterChanges.filter((c) => c.lea === lea).map((c) => c.effectiveDate),
    ...partner.insuranceCertificates.filter((c) => c.lea === lea).map((c) => c.effectiveDate),
    ...partner.agreements.filter((a) => a.lea === lea).map((a) => a.startsOn),
    ...partner.contractorCertifications.filter((c) => c.lea === lea).map((c) => c.signedOn),
  ].filter((d) => d > date).sort();
  return days.find((d) => partnerStandingProblems(partner, lea, d).length === 0) ?? null;
}

/** The first day after `date` on which the artist holds every clearance again in `lea`, among the days its clearance facts speak about. */
function artistClearedAgainOn(artist: ArtistState, lea: string, date: string, policy: ClearancePolicy): string | null {
  const days = artist.clearances.filter((h) => h.lea === lea).flatMap((h) => [
    ...h.grants.map((g) => g.effectiveDate), ...h.standingChanges.map((c) => c.effectiveDate),
  ]).filter((d) => d > date).sort();
  return days.find((d) => clearanceProblems(artist, lea, d, policy).length === 0) ?? null;
}

/**
 * Rule 2, judged on the session's own date against everything known: the assignment running that day (started,
 * not ended, outside every suspension period), the artist cleared that day, and the partner in good standing with
 * the LEA that day. A session before a suspension takes effect is accepted; one inside a gap stays refused after
 * the assignment resumes, and the refusal names the gap and its dates.
 */
export function logSession(command: LogSession, state: PartnershipState): Decision<PartnershipEvent> {
  const assignment = assignmentOf(state, command.assignmentId);
  if (!isAssignment(assignment)) return assignment;
  if (findSession(state, command.sessionId)) return refuse('session.unique', `session ${command.sessionId} is already logged`);
  const figures = invalidSessionFigures(command.minutes, command.students);
  if (figures) return figures;
  const { date } = command;
  if (assignment.status === 'ended' && (assignment.endedOn === null || date >= assignment.endedOn)) {
    return refuse('session.assignment-running', `cannot log a session on ${date}: the assignment ended on ${assignment.endedOn}`);
  }
  if (date < assignment.startDate || date > assignment.endDate) {
    return refuse('session.within-assignment', `cannot log a session on ${date}: the assignment runs from ${assignment.startDate} to ${assignment.endDate}`);
  }
  const period = suspensionOn(assignment, date);
  if (period) return refuse('session.assignment-running', `cannot log a session on ${date}: ${describePeriod(period)}`);
  const problems = clearanceProblems(command.facts.artist, assignment.lea, date, command.facts.policy);
  if (problems.length > 0) {
    const again = artistClearedAgainOn(command.facts.artist, assignment.lea, date, command.facts.policy);
    return refuse('session.clearances', `cannot log a session on ${date}: ${problems.join('; ')}${again ? ` (cleared again from ${again})` : ''}`);
  }
  const { partner } = command.facts;
  if (partner !== undefined) {
    const standing = partner === null ? [`partner ${assignment.partnerId} is not registered`] : partnerStandingProblems(partner, assignment.lea, date);
    if (standing.length > 0) {
      const again = partner === null ? null : partnerWorksAgainOn(partner, assignment.lea, date);
      const gap = again ? `partner ${assignment.partnerId} could not work in LEA ${assignment.lea} on ${date} (until ${again})` : `partner ${assignment.partnerId} cannot work in LEA ${assignment.lea} on ${date}`;
      return refuse('session.partner-standing', `cannot log a session on ${date}: ${gap}: ${standing.join('; ')}`);
    }
  }
  return [{
    type: 'SessionLogged',
    data: {
      partnershipId: state.partnershipId, assignmentId: assignment.assignmentId, sessionId: command.sessionId, schoolId: assignment.schoolId,
      lea: assignment.lea, artForm: assignment.artForm, date, effectiveDate: date, minutes: command.minutes, students: command.students,
      notes: command.notes ?? null, clearancePolicyVersion: command.facts.policy.version,
    },
  }];
}

/** Rule 6: a wrong figure is corrected by a new event, never by editing the old one. */
export function correctSessionLog(command: CorrectSessionLog, state: PartnershipState): Decision<PartnershipEvent> {
  const missing = requireExisting(state);
  if (missing) return missing;
  const session = findSession(state, command.sessionId);
  if (!session) return refuse('session.exists', `session ${command.sessionId} was never logged`);
  const figures = invalidSessionFigures(command.minutes, command.students);
  if (figures) return figures;
  const assignment = findAssignment(state, session.assignmentId)!;
  return [{
    type: 'SessionLogCorrected',
    data: {
      partnershipId: state.partnershipId, assignmentId: session.assignmentId, sessionId: session.sessionId, schoolId: assignment.schoolId,
      lea: assignment.lea, effectiveDate: session.date, minutes: command.minutes, students: command.students, notes: command.notes ?? null, reason: command.reason,
    },
  }];
}
