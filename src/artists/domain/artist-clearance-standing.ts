import { addDays } from './calendar-dates';
import { ArtistEvent } from './artist-events';
import { ArtistState, ClearanceGrant, ClearanceHistory, clearanceHistory, StandingChange } from './artist-state';
import { ClearancePolicy, requirementsFor } from './clearance-policy';
import { ClearanceRequirement, requirementLabel } from './clearance-requirement';

export type ClearanceStatusName = 'valid' | 'missing' | 'expired' | 'suspended' | 'revoked' | 'not-yet-valid';

/** A clearance's status on one effective date, with what it rests on. */
export interface ClearanceStatus {
  readonly status: ClearanceStatusName;
  /** valid: the grant's effective date; expired: the first day no longer valid; suspended/revoked: the decision's effective date. */
  readonly since?: string;
  /** Last valid day of the grant in force, when it has a fixed expiry. */
  readonly until?: string;
  /** not-yet-valid: the day the earliest grant becomes valid. */
  readonly validFrom?: string;
  /** Evidence reference of the grant in force. */
  readonly evidence?: string;
  /** The LEA that granted it (always the LEA asked about: clearances do not transfer). */
  readonly grantedBy?: string;
  readonly grantNumber?: number;
  /** suspended/revoked: why. */
  readonly reason?: string;
  readonly noticeReference?: string;
}

/** Facts in effective order; the same effective date falls back to the order they were recorded in. */
function isAfter(a: { effectiveDate: string; seq: number }, b: { effectiveDate: string; seq: number }): boolean {
  return a.effectiveDate > b.effectiveDate || (a.effectiveDate === b.effectiveDate && a.seq > b.seq);
}

function liveGrants(history: ClearanceHistory | undefined): readonly ClearanceGrant[] {
  return history?.grants.filter((g) => g.withdrawn === null) ?? [];
}

/** The grant in force on `date`: the latest one effective by then (a later grant replaces an earlier one). */
export function grantInForceOn(history: ClearanceHistory | undefined, date: string): ClearanceGrant | undefined {
  let current: ClearanceGrant | undefined;
  for (const grant of liveGrants(history)) {
    if (grant.effectiveDate <= date && (!current || isAfter(grant, current))) current = grant;
  }
  return current;
}

/**
 * The suspension or revocation in effect on `date` against the grant in force, if any.
 * Only decisions effective after that grant count: a new grant on new evidence starts clean.
 */
export function standingChangeOn(history: ClearanceHistory | undefined, grant: ClearanceGrant, date: string): StandingChange | undefined {
  const changes = (history?.standingChanges ?? [])
    .filter((c) => c.effectiveDate <= date && isAfter(c, grant))
    .sort((a, b) => (isAfter(a, b) ? 1 : -1));
  let inEffect: StandingChange | undefined;
  for (const change of changes) {
    if (change.kind === 'revoked') inEffect = change;
    else if (change.kind === 'suspended' && inEffect?.kind !== 'revoked') inEffect = change;
    else if (change.kind === 'reinstated' && inEffect?.kind === 'suspended') inEffect = undefined;
  }
  return inEffect;
}

/** Status of one requirement granted by one LEA, on an effective date. Revoked, then suspended, outrank expired. */
export function clearanceStatusOn(artist: ArtistState, lea: string, requirement: ClearanceRequirement, date: string): ClearanceStatus {
  const history = clearanceHistory(artist, lea, requirement);
  const grants = liveGrants(history);
  if (grants.length === 0) return { status: 'missing' };
  const grant = grantInForceOn(history, date);
  if (!grant) {
    const first = grants.reduce((a, b) => (b.effectiveDate < a.effectiveDate ? b : a));
    return { status: 'not-yet-valid', validFrom: first.effectiveDate, evidence: first.evidenceReference, grantedBy: lea, grantNumber: first.grantNumber };
  }
  const base = {
    evidence: grant.evidenceReference,
    grantedBy: lea,
    grantNumber: grant.grantNumber,
    ...(grant.expiresOn ? { until: grant.expiresOn } : {}),
  };
  const change = standingChangeOn(history, grant, date);
  if (change) {
    return {
      ...base,
      status: change.kind === 'revoked' ? 'revoked' : 'suspended',
      since: change.effectiveDate,
      ...(change.reason ? { reason: change.reason } : {}),
      ...(change.noticeReference ? { noticeReference: change.noticeReference } : {}),
    };
  }
  if (grant.expiresOn !== null && date > grant.expiresOn) return { ...base, status: 'expired', since: addDays(grant.expiresOn, 1) };
  return { ...base, status: 'valid', since: grant.effectiveDate };
}

/** One sentence about a clearance that is not valid, in compliance staff's words. */
export function describeClearanceProblem(artist: ArtistState, lea: string, requirement: ClearanceRequirement, status: ClearanceStatus): string {
  const label = requirementLabel(requirement);
  switch (status.status) {
    case 'missing': {
      const elsewhere = artist.clearances.filter((c) => c.requirement === requirement && c.lea !== lea && liveGrants(c).length > 0).map((c) => `LEA ${c.lea}`);
      const transfer = elsewhere.length === 0 ? '' : ` (a clearance from ${elsewhere.join(', ')} does not transfer)`;
      return `no ${label} granted by LEA ${lea}${transfer}`;
    }
    case 'not-yet-valid':
      return `${label} for LEA ${lea} is not valid until ${status.validFrom}`;
    case 'expired':
      return `${label} for LEA ${lea} expired on ${status.since}`;
    case 'suspended':
      return `${label} for LEA ${lea} suspended since ${status.since} (${status.noticeReference ? `arrest notification ${status.noticeReference}` : status.reason})`;
    case 'revoked':
      return `${label} for LEA ${lea} revoked on ${status.since} (${status.reason})`;
    case 'valid':
      return `${label} for LEA ${lea} is valid`;
  }
}

/** One clearance that stands in the way on a date; `requirement` is null when the artist is not registered at all. */
export interface ClearanceProblem {
  readonly requirement: ClearanceRequirement | null;
  readonly status: ClearanceStatus | null;
  readonly description: string;
}

/**
 * Empty when the artist holds, on `date`, every clearance the LEA's policy requires for the artist's engagement,
 * granted by that LEA, effective, unexpired, not suspended or revoked; otherwise one problem per requirement.
 */
export function clearanceProblemsByRequirement(artist: ArtistState, lea: string, date: string, policy: ClearancePolicy): ClearanceProblem[] {
  if (!artist.exists) return [{ requirement: null, status: null, description: 'the teaching artist is not registered' }];
  const problems: ClearanceProblem[] = [];
  for (const { requirement } of requirementsFor(policy, lea, artist.engagement)) {
    const status = clearanceStatusOn(artist, lea, requirement, date);
    if (status.status !== 'valid') problems.push({ requirement, status, description: describeClearanceProblem(artist, lea, requirement, status) });
  }
  return problems;
}

/** The same check as sentences, for refusals users read (rules 1 and 2). */
export function clearanceProblems(artist: ArtistState, lea: string, date: string, policy: ClearancePolicy): string[] {
  return clearanceProblemsByRequirement(artist, lea, date, policy).map((problem) => problem.description);
}

/**
 * The ClearanceExpired events due by `asOf` and not yet recorded: a grant expires when it is still the grant in force
 * on the day after its last valid day (no renewal effective by then) and was not revoked already.
 * A suspended clearance still expires, so a reinstatement cannot bring back a clearance whose time ran out.
 */
export function artistExpiriesDueBy(artist: ArtistState, asOf: string): ArtistEvent[] {
  const due: ArtistEvent[] = [];
  for (const history of artist.clearances) {
    for (const grant of liveGrants(history)) {
      if (grant.expiresOn === null) continue;
      const expiredOn = addDays(grant.expiresOn, 1);
      if (expiredOn > asOf) continue;
      if (history.expiriesRecorded.some((e) => e.grantNumber === grant.grantNumber && e.expiredOn === expiredOn)) continue;
      if (grantInForceOn(history, expiredOn) !== grant) continue;
      if (standingChangeOn(history, grant, expiredOn)?.kind === 'revoked') continue;
      due.push({
        type: 'ClearanceExpired',
        data: {
          artistId: artist.artistId,
          lea: history.lea,
          requirement: history.requirement,
          grantNumber: grant.grantNumber,
          expiresOn: grant.expiresOn,
          expiredOn,
          effectiveDate: expiredOn,
        },
      });
    }
  }
  return due.sort((a, b) => (a.data.effectiveDate < b.data.effectiveDate ? -1 : a.data.effectiveDate > b.data.effectiveDate ? 1 : 0));
}
