import { Decision } from '../../command-handling';
import { assignmentOf, isAssignment } from './assignment-decisions';
import { assignmentStandingProblems, causeCovers, StandingProblem, standingReviewDate } from './assignment-standing';
import { ReviewAssignmentStanding, StandingTrigger } from './partnership-commands';
import { PartnershipEvent } from './partnership-events';
import { PartnershipState, runsOn } from './partnership-state';
import { addDays } from '../../artists/domain/calendar-dates';
import { causeKey, SuspensionCause } from './suspension-cause';

/*
 * Rule 3 as one decision: after an event about the artist or the partner, the assignment is suspended exactly
 * while something stands in the way (rule 1's clearance check and the partner's standing, on the review date),
 * each problem held as a cause naming the event behind it. It resumes only when nothing is left, so an event
 * that answers one cause (a reinstatement, a grant) never resumes an artist who is still not cleared.
 * A review that finds the assignment as it should be writes nothing, so a replayed review is harmless.
 */

function causeOf(trigger: StandingTrigger, lea: string, item: Pick<SuspensionCause, 'kind' | 'requirement'>): SuspensionCause {
  return { kind: item.kind, eventId: trigger.eventId, eventType: trigger.eventType, ...(item.requirement ? { requirement: item.requirement } : {}), lea };
}

/** The cause to record for a problem: the event behind it when known (the trigger when it suspends, else the open cause). */
function causeFor(command: ReviewAssignmentStanding, lea: string, problem: StandingProblem): SuspensionCause {
  const { trigger, openCauses } = command;
  const fromTrigger = trigger.item && causeCovers(trigger.item, problem) ? causeOf(trigger, lea, trigger.item) : undefined;
  const open = trigger.effect === 'suspend' && fromTrigger ? undefined : openCauses.find((c) => c.lea === lea && causeCovers(c, problem));
  const item = { kind: problem.kind, requirement: problem.requirement ?? (problem.kind === 'partner' ? 'standing' : undefined) };
  return { ...(open ?? fromTrigger ?? causeOf(trigger, lea, item)), problem: problem.description };
}

/**
 * A held cause whose problem now reads differently (suspended, then expired): the same cause key, named after
 * the newer event behind it. Only from another event, so one causing event suspends an assignment at most once.
 */
function updatedCause(command: ReviewAssignmentStanding, held: SuspensionCause, problem: StandingProblem): SuspensionCause | undefined {
  if (held.problem === problem.description) return undefined;
  const candidate = causeFor(command, held.lea, problem);
  return causeKey(candidate) === causeKey(held) && candidate.eventId !== held.eventId ? candidate : undefined;
}

export function reviewAssignmentStanding(command: ReviewAssignmentStanding, state: PartnershipState): Decision<PartnershipEvent> {
  const assignment = assignmentOf(state, command.assignmentId);
  if (!isAssignment(assignment)) return assignment;
  const { trigger, facts } = command;
  // Ended by then: nothing to suspend or resume. An end recorded for a later day leaves it running until that day, and
  // its standing is judged up to the day before it at the latest.
  if (!runsOn(assignment, trigger.effectiveDate)) return [];
  const { lea, startDate } = assignment;
  const dayBeforeEnd = assignment.endedOn === null ? null : addDays(assignment.endedOn, -1);
  const lastDay = dayBeforeEnd !== null && dayBeforeEnd < assignment.endDate ? dayBeforeEnd : assignment.endDate;
  const date = standingReviewDate({ ...assignment, endDate: lastDay }, trigger.effectiveDate, facts);
  const problems = assignmentStandingProblems(facts, lea, date);
  const common = { partnershipId: state.partnershipId, assignmentId: assignment.assignmentId, artistId: assignment.artistId, lea };
  const events: PartnershipEvent[] = [];
  let causes = [...assignment.suspensionCauses];

  const suspend = (cause: SuspensionCause, since: string | undefined) => {
    const from = since && since < date ? since : date;
    events.push({ type: 'AssignmentSuspended', data: { ...common, cause, effectiveDate: from > startDate ? from : startDate } });
    causes = [...causes.filter((c) => causeKey(c) !== causeKey(cause)), cause];
  };
  for (const problem of problems) {
    const held = causes.filter((c) => causeCovers(c, problem));
    if (held.length === 0) suspend(causeFor(command, lea, problem), problem.since);
    for (const cause of held) {
      const updated = updatedCause(command, cause, problem);
      if (updated) suspend(updated, problem.since);
    }
  }

  for (const lifted of causes.filter((c) => !problems.some((p) => causeCovers(c, p)))) {
    causes = causes.filter((c) => causeKey(c) !== causeKey(lifted));
    const liftedBy = causeOf(trigger, lea, trigger.item ?? { kind: lifted.kind });
    const data = { ...common, cause: lifted, liftedBy, effectiveDate: trigger.effectiveDate };
    events.push(causes.length > 0
      ? { type: 'AssignmentSuspensionCauseLifted', data: { ...data, remainingCauses: [...causes] } }
      : { type: 'AssignmentResumed', data });
  }
  return events;
}
