import { Decision, refuse, Refusal } from '../../command-handling';
import {
  ActivatePartnership, ConcludePartnership, DeliverProfessionalDevelopment, EnrolSchool, ProposePartnership,
  RecordCheckIn, RecordCommitment, RecordEvaluation, RenewPartnership,
} from './partnership-commands';
import { AssignmentEnded, Funds, PartnershipEvent } from './partnership-events';
import { PartnershipState } from './partnership-state';

/** Decisions about the partnership as a whole: proposal → active → (renewed) → concluded, and what happens along the way. */

export function requireExisting(state: PartnershipState): Refusal | null {
  return state.exists ? null : refuse('partnership.exists', 'this partnership has not been proposed');
}

/** For what only an open partnership may do at all (activate, renew, conclude): none once a conclusion is recorded, whatever its date. */
function requireOpen(state: PartnershipState): Refusal | null {
  return requireExisting(state) ?? (state.status === 'concluded' ? refuse('partnership.open', `the partnership's conclusion is recorded, effective ${state.concludedOn}`) : null);
}

/**
 * For what takes effect on `date` (a school enrolled, a commitment recorded): the partnership must not be concluded by
 * then — judged on that date, not on what has been recorded: a school enrolled for January in a partnership whose
 * conclusion is recorded for June is accepted, one enrolled for July is not.
 */
function requireOpenOn(state: PartnershipState, date: string, doing: string): Refusal | null {
  const missing = requireExisting(state);
  if (missing) return missing;
  if (state.concludedOn !== null && date >= state.concludedOn) return refuse('partnership.open', `cannot ${doing} on ${date}: the partnership is concluded from ${state.concludedOn}`);
  return null;
}

function requireActive(state: PartnershipState, doing: string): Refusal | null {
  return requireOpen(state) ?? (state.status !== 'active' ? refuse('partnership.active', `cannot ${doing}: the partnership has not been activated`) : null);
}

/**
 * For a record of something that happened on `date` (professional development, a check-in, an evaluation): the
 * partnership must have been running that day — activated, and not concluded before it (the conclusion's own day is
 * its last) — judged on that date, not on the partnership's status today: a check-in of May recorded after a
 * conclusion of June is accepted, one of July is not.
 */
function requireRunningOn(state: PartnershipState, date: string, doing: string): Refusal | null {
  const missing = requireExisting(state);
  if (missing) return missing;
  if (state.concludedOn !== null && date > state.concludedOn) return refuse('partnership.open', `cannot ${doing} on ${date}: the partnership was concluded on ${state.concludedOn}`);
  if (state.activatedOn === null) return refuse('partnership.active', `cannot ${doing}: the partnership has not been activated`);
  return null;
}

function requireOnOrAfterStart(state: PartnershipState, date: string, what: string): Refusal | null {
  const start = state.activatedOn ?? state.proposedOn;
  return start !== null && date < start ? refuse('partnership.date-in-term', `${what} ${date} is before the partnership began on ${start}`, 422) : null;
}

// Plain copies: the command may carry class instances (validated DTOs), and events hold plain JSON only.
function plainFunds(funds: Funds | undefined): Funds | null {
  return funds === undefined ? null : { amount: funds.amount, currency: funds.currency };
}

function invalidFunds(funds: Funds | undefined, label: string): Refusal | null {
  if (funds === undefined) return null;
  if (!Number.isFinite(funds.amount) || funds.amount < 0) return refuse('partnership.commitment-amounts', `${label} must be a non-negative amount`, 422);
  return null;
}

export function propose(command: ProposePartnership, state: PartnershipState): Decision<PartnershipEvent> {
  if (state.exists) return refuse('partnership.unique', `partnership ${command.partnershipId} already exists`);
  const partnerIds = [...new Set(command.partnerIds)];
  if (partnerIds.length === 0) return refuse('partnership.partners', 'a partnership needs at least one partner', 422);
  if (command.artForms.length === 0) return refuse('partnership.art-forms', 'a partnership needs at least one art form', 422);
  const unknown = partnerIds.filter((id) => !command.knownPartnerIds.includes(id));
  if (unknown.length > 0) return refuse('partnership.partners-known', `unknown partner(s): ${unknown.join(', ')}`);
  if (command.termEnd !== undefined && command.termEnd < command.effectiveDate) {
    return refuse('partnership.term', `the term cannot end (${command.termEnd}) before it begins (${command.effectiveDate})`, 422);
  }
  return [{
    type: 'PartnershipProposed',
    data: {
      partnershipId: command.partnershipId, partnerIds, lea: command.lea, scope: command.scope, model: command.model,
      artForms: [...new Set(command.artForms)], name: command.name, effectiveDate: command.effectiveDate, termEnd: command.termEnd ?? null,
    },
  }];
}

export function enrolSchool(command: EnrolSchool, state: PartnershipState): Decision<PartnershipEvent> {
  const closed = requireOpenOn(state, command.effectiveDate, 'enrol a school');
  if (closed) return closed;
  const { school } = command;
  if (!school.exists) return refuse('partnership.school-known', `school ${command.schoolId} is not registered`);
  if (school.lea !== state.lea) {
    return refuse('partnership.school-lea', `school ${command.schoolId} belongs to LEA ${school.lea}, not to this partnership's LEA ${state.lea}`, 422);
  }
  if (state.schools.some((s) => s.schoolId === command.schoolId)) return refuse('partnership.school-enrolled-once', `school ${command.schoolId} is already enrolled`);
  if (state.scope === 'school' && state.schools.length > 0) {
    return refuse('partnership.scope', `a school-scoped partnership has one school, and ${state.schools[0].schoolId} is already enrolled`);
  }
  return [{ type: 'SchoolEnrolled', data: { partnershipId: state.partnershipId, schoolId: command.schoolId, lea: school.lea, effectiveDate: command.effectiveDate } }];
}

export function recordCommitment(command: RecordCommitment, state: PartnershipState): Decision<PartnershipEvent> {
  const closed = requireOpenOn(state, command.effectiveDate, 'record a commitment');
  if (closed) return closed;
  // DOMAIN.md: a partnership supplements the school's own sequential arts instruction and never replaces it.
  if (command.replacesSequentialInstruction) {
    return refuse('partnership.additive', "a partnership must be additive: it cannot replace the school's own sequential arts instruction", 422);
  }
  const bad = invalidFunds(command.stipends, 'stipends') ?? invalidFunds(command.funds, 'funds');
  if (bad) return bad;
  if (!Number.isFinite(command.releaseTimeHours) || command.releaseTimeHours < 0) {
    return refuse('partnership.commitment-amounts', 'release time hours must not be negative', 422);
  }
  return [{
    type: 'CommitmentRecorded',
    data: {
      partnershipId: state.partnershipId, lea: state.lea, effectiveDate: command.effectiveDate, stipends: plainFunds(command.stipends),
      releaseTimeHours: command.releaseTimeHours, funds: plainFunds(command.funds), additive: true, notes: command.notes ?? null,
    },
  }];
}

/** Activation needs someone to serve (an enrolled school) and the LEA's side of the deal (a recorded commitment). */
export function activate(command: ActivatePartnership, state: PartnershipState): Decision<PartnershipEvent> {
  const closed = requireOpen(state);
  if (closed) return closed;
  if (state.status === 'active') return refuse('partnership.activated-once', `the partnership has been active since ${state.activatedOn}`);
  const missing = [
    ...(state.schools.length === 0 ? ['no school is enrolled'] : []),
    ...(state.commitment === null ? ["the LEA's commitment has not been recorded"] : []),
  ];
  if (missing.length > 0) return refuse('partnership.ready-to-activate', `cannot activate: ${missing.join('; ')}`);
  const early = requireOnOrAfterStart(state, command.effectiveDate, 'activation date');
  if (early) return early;
  return [{ type: 'PartnershipActivated', data: { partnershipId: state.partnershipId, lea: state.lea, effectiveDate: command.effectiveDate } }];
}

export function deliverProfessionalDevelopment(command: DeliverProfessionalDevelopment, state: PartnershipState): Decision<PartnershipEvent> {
  const refused = requireRunningOn(state, command.date, 'record professional development') ?? requireOnOrAfterStart(state, command.date, 'professional development date');
  if (refused) return refused;
  if (!(command.hours > 0) || !Number.isInteger(command.attendees) || command.attendees < 0) {
    return refuse('partnership.professional-development-figures', 'hours must be positive and attendees a whole number', 422);
  }
  return [{
    type: 'ProfessionalDevelopmentDelivered',
    data: { partnershipId: state.partnershipId, lea: state.lea, date: command.date, effectiveDate: command.date, hours: command.hours, attendees: command.attendees, topic: command.topic },
  }];
}

export function recordCheckIn(command: RecordCheckIn, state: PartnershipState): Decision<PartnershipEvent> {
  const refused = requireRunningOn(state, command.date, 'record a check-in') ?? requireOnOrAfterStart(state, command.date, 'check-in date');
  if (refused) return refused;
  return [{
    type: 'CheckInRecorded',
    data: { partnershipId: state.partnershipId, lea: state.lea, date: command.date, effectiveDate: command.date, studentGrowthNotes: command.studentGrowthNotes, by: command.by },
  }];
}

export function recordEvaluation(command: RecordEvaluation, state: PartnershipState): Decision<PartnershipEvent> {
  const refused = requireRunningOn(state, command.date, 'record an evaluation') ?? requireOnOrAfterStart(state, command.date, 'evaluation date');
  if (refused) return refused;
  const { meaningful, collaborative, additive } = command.scores;
  if (![meaningful, collaborative, additive].every((s) => Number.isInteger(s) && s >= 1 && s <= 5)) {
    return refuse('partnership.evaluation-scores', 'each score (meaningful, collaborative, additive) is a whole number from 1 to 5', 422);
  }
  return [{
    type: 'EvaluationRecorded',
    data: {
      partnershipId: state.partnershipId, lea: state.lea, date: command.date, effectiveDate: command.date,
      scores: { meaningful, collaborative, additive }, notes: command.notes ?? null,
    },
  }];
}

export function renew(command: RenewPartnership, state: PartnershipState): Decision<PartnershipEvent> {
  const refused = requireActive(state, 'renew');
  if (refused) return refused;
  const floor = state.termEnd !== null && state.termEnd > command.effectiveDate ? state.termEnd : command.effectiveDate;
  if (command.termEnd <= floor) {
    return refuse('partnership.renewal-term', `the renewed term must end after ${floor}`, 422);
  }
  return [{ type: 'PartnershipRenewed', data: { partnershipId: state.partnershipId, lea: state.lea, termEnd: command.termEnd, effectiveDate: command.effectiveDate } }];
}

/** Concluding ends every assignment still running, so nothing can be logged against a closed partnership. */
export function conclude(command: ConcludePartnership, state: PartnershipState): Decision<PartnershipEvent> {
  const refused = requireOpen(state) ?? requireOnOrAfterStart(state, command.effectiveDate, 'conclusion date');
  if (refused) return refused;
  const endings: AssignmentEnded[] = state.assignments
    .filter((a) => a.status !== 'ended')
    .map((a) => ({
      type: 'AssignmentEnded',
      data: { partnershipId: state.partnershipId, assignmentId: a.assignmentId, artistId: a.artistId, lea: a.lea, effectiveDate: command.effectiveDate, reason: 'partnership concluded' },
    }));
  return [
    ...endings,
    { type: 'PartnershipConcluded', data: { partnershipId: state.partnershipId, lea: state.lea, effectiveDate: command.effectiveDate, reason: command.reason } },
  ];
}
