import { clearanceProblemsByRequirement } from '../../artists/domain/artist-clearance-standing';
import { ArtistState } from '../../artists/domain/artist-state';
import { addDays } from '../../artists/domain/calendar-dates';
import { ClearancePolicy } from '../../artists/domain/clearance-policy';
import { partnerStandingProblems } from '../../partners/domain/partner-standing';
import { PartnerState, rosterChangeOn } from '../../partners/domain/partner-state';
import { AssignmentState } from './partnership-state';
import { SuspensionCause } from './suspension-cause';

/*
 * Whether anything stands in the way of an assignment (rules 1–3): the artist's clearances in the assignment's LEA,
 * checked exactly as rule 1 checks them, and its partner's standing with that LEA. Pure: the facts are current folds.
 */

export interface StandingFacts {
  readonly artist: ArtistState;
  /** The assignment's partner, or null when it has no stream. */
  readonly partner: PartnerState | null;
  readonly policy: ClearancePolicy;
}

/** One thing standing in the way: a clearance requirement, or the partner's standing as a whole. */
export interface StandingProblem {
  readonly kind: 'clearance' | 'partner';
  /** The clearance requirement; absent for the partner, and for an artist who is not registered. */
  readonly requirement?: string;
  readonly description: string;
  /** The first day of the problem, when known (suspended, revoked, expired). */
  readonly since?: string;
}

export function assignmentStandingProblems(facts: StandingFacts, lea: string, date: string): StandingProblem[] {
  const clearances: StandingProblem[] = clearanceProblemsByRequirement(facts.artist, lea, date, facts.policy).map((p) => ({
    kind: 'clearance',
    ...(p.requirement ? { requirement: p.requirement } : {}),
    description: p.description,
    ...(p.status?.since && p.status.status !== 'valid' ? { since: p.status.since } : {}),
  }));
  const partner = facts.partner === null ? ['the partner is not registered'] : partnerStandingProblems(facts.partner, lea, date);
  if (partner.length === 0) return clearances;
  // A roster suspension or removal in force gives the first day of the problem, so the assignment is suspended from it.
  const decision = facts.partner === null ? null : rosterChangeOn(facts.partner, lea, date);
  const since = decision?.status === 'suspended' || decision?.status === 'removed' ? decision.effectiveDate : undefined;
  return [...clearances, { kind: 'partner', description: partner.join('; '), ...(since ? { since } : {}) }];
}

/** Whether a suspension cause speaks about this problem: the same clearance requirement, or (any item of) the partner's standing. */
export function causeCovers(cause: Pick<SuspensionCause, 'kind' | 'requirement'>, problem: StandingProblem): boolean {
  if (cause.kind !== problem.kind) return false;
  return problem.kind === 'partner' || problem.requirement === undefined || cause.requirement === problem.requirement;
}

/** Every date a recorded fact about the artist's clearances in `lea` speaks about. */
function clearanceFactDates(artist: ArtistState, lea: string): string[] {
  return artist.clearances
    .filter((history) => history.lea === lea)
    .flatMap((history) => [
      ...history.grants.filter((g) => g.withdrawn === null).map((g) => g.effectiveDate),
      ...history.standingChanges.map((c) => c.effectiveDate),
      ...history.expiriesRecorded.map((e) => e.expiredOn),
    ]);
}

/** Every date a recorded fact about the partner's standing with `lea` speaks about (expiries only once recorded). */
function partnerFactDates(partner: PartnerState | null, lea: string): string[] {
  if (partner === null) return [];
  return [
    ...partner.rosterChanges.filter((c) => c.lea === lea).map((c) => c.effectiveDate),
    ...partner.insuranceCertificates.filter((c) => c.lea === lea).flatMap((c) => [
      c.effectiveDate, ...(c.cancelledFrom ? [c.cancelledFrom] : []), ...(c.expiryRecorded ? [c.expiresOn] : []),
    ]),
    ...partner.agreements.filter((a) => a.lea === lea).flatMap((a) => [a.startsOn, ...(a.expiryRecorded ? [addDays(a.endsOn, 1)] : [])]),
    ...partner.contractorCertifications.filter((c) => c.lea === lea).map((c) => c.signedOn),
  ];
}

/**
 * The date an assignment's standing is judged on after an event: the latest date any recorded fact speaks about
 * (the event's own date included), so a fact dated after the event (a suspension from 03-01 when a grant is dated
 * 02-15) is never judged away; not before the assignment starts, and not after it ends (a fact about a day after
 * the assignment cannot stand in its way). Natural expiries count once the sweep records them (rule 4), or when
 * they fall before that date.
 */
export function standingReviewDate(assignment: Pick<AssignmentState, 'startDate' | 'endDate' | 'lea'>, eventDate: string, facts: StandingFacts): string {
  const dates = [assignment.startDate, eventDate, ...clearanceFactDates(facts.artist, assignment.lea), ...partnerFactDates(facts.partner, assignment.lea)];
  const latest = dates.reduce((a, b) => (b > a ? b : a));
  return latest > assignment.endDate ? assignment.endDate : latest;
}
