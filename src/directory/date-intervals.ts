import { clearanceStatusOn } from '../artists/domain/artist-clearance-standing';
import { ArtistState } from '../artists/domain/artist-state';
import { addDays } from '../artists/domain/calendar-dates';
import { ClearanceRequirement } from '../artists/domain/clearance-requirement';
import { certificateCovers } from '../partners/domain/partner-standing';
import { PartnerState, RosterStatus, rosterChangeOn } from '../partners/domain/partner-state';

/*
 * A projection may not read the clock, yet the directory answers about "today". So the date-dependent facts are
 * stored as intervals of dates, computed here from the folded state with the domain's own rules, and the query
 * picks the interval holding today. A rule's answer can only change on a date where one of the facts it reads begins
 * or ends: evaluating it on each such date gives the whole piecewise-constant history.
 */

/** From `from` to `until` inclusive (`until` null: from then on), the value held. */
export interface DateInterval<V> {
  readonly from: string;
  readonly until: string | null;
  readonly value: V;
}

/**
 * The history of `valueOn` as intervals, given every date on which it may change (before the first of them it is
 * `before`). Neighbouring intervals with the same value are merged; intervals whose value is `before` are left out.
 */
export function intervalsOf<V>(changeDates: Iterable<string>, valueOn: (date: string) => V, before: V): DateInterval<V>[] {
  const dates = [...new Set(changeDates)].sort();
  const intervals: { from: string; until: string | null; value: V }[] = [];
  let previous = before;
  for (const [index, date] of dates.entries()) {
    const value = valueOn(date);
    const until = index + 1 < dates.length ? addDays(dates[index + 1], -1) : null;
    if (value === previous) {
      // The same value goes on: the interval holding it (the last one, unless the value is `before`) lasts longer.
      if (value !== before) intervals[intervals.length - 1].until = until;
    } else if (value !== before) {
      intervals.push({ from: date, until, value });
    }
    previous = value;
  }
  return intervals;
}

/** When one clearance (LEA, requirement) of an artist is valid, and whether each valid spell ends by its expiry. */
export interface ClearanceValidity {
  readonly lea: string;
  readonly requirement: ClearanceRequirement;
  readonly validFrom: string;
  /** Last valid day (inclusive); null when nothing known ends it. */
  readonly validUntil: string | null;
  /** The day after `validUntil` the clearance is `expired` (not suspended, revoked or replaced by a gap). */
  readonly endsByExpiry: boolean;
}

/** Every spell during which each of the artist's clearances is `valid` by `clearanceStatusOn`. */
export function clearanceValidity(artist: ArtistState): ClearanceValidity[] {
  const spells: ClearanceValidity[] = [];
  for (const history of artist.clearances) {
    const { lea, requirement } = history;
    // The status changes only where a grant takes effect, a grant's last valid day has passed, or a decision takes effect.
    const changeDates = [
      ...history.grants.flatMap((grant) => [grant.effectiveDate, ...(grant.expiresOn === null ? [] : [addDays(grant.expiresOn, 1)])]),
      ...history.standingChanges.map((change) => change.effectiveDate),
    ];
    const valid = (date: string) => clearanceStatusOn(artist, lea, requirement, date).status === 'valid';
    for (const spell of intervalsOf(changeDates, valid, false)) {
      const endsByExpiry = spell.until !== null && clearanceStatusOn(artist, lea, requirement, addDays(spell.until, 1)).status === 'expired';
      spells.push({ lea, requirement, validFrom: spell.from, validUntil: spell.until, endsByExpiry });
    }
  }
  return spells;
}

/** The LEAs an artist holds any clearance fact in (grants, decisions, arrest notices), sorted. */
export function artistLeas(artist: ArtistState): string[] {
  return [...new Set([...artist.clearances.map((c) => c.lea), ...artist.arrestNotifications.map((n) => n.lea)])].sort();
}

export interface RosterSpell {
  readonly lea: string;
  readonly status: RosterStatus;
  readonly from: string;
  readonly until: string | null;
}

/** Each LEA's roster decision in force (`rosterChangeOn`) over time. */
export function rosterSpells(partner: PartnerState): RosterSpell[] {
  const leas = [...new Set(partner.rosterChanges.map((c) => c.lea))].sort();
  return leas.flatMap((lea) => {
    const dates = partner.rosterChanges.filter((c) => c.lea === lea).map((c) => c.effectiveDate);
    return intervalsOf<RosterStatus | null>(dates, (date) => rosterChangeOn(partner, lea, date)?.status ?? null, null)
      .map(({ from, until, value }) => ({ lea, status: value!, from, until }));
  });
}

export interface CoverSpell {
  readonly lea: string;
  readonly what: 'insurance' | 'agreement';
  readonly from: string;
  /** Last covered day, inclusive (a certificate's `expiresOn` is the first day without cover). */
  readonly until: string | null;
}

/**
 * When an LEA's insurance cover (some certificate covers the day, `certificateCovers`) and agreement cover (some
 * agreement's term holds the day, as partner-standing judges it) hold, renewals in place merged into one spell.
 */
export function coverSpells(partner: PartnerState): CoverSpell[] {
  const spells: CoverSpell[] = [];
  for (const lea of [...new Set(partner.insuranceCertificates.map((c) => c.lea))].sort()) {
    const certificates = partner.insuranceCertificates.filter((c) => c.lea === lea);
    const dates = certificates.flatMap((c) => [c.effectiveDate, c.expiresOn, ...(c.cancelledFrom === null ? [] : [c.cancelledFrom])]);
    for (const spell of intervalsOf(dates, (date) => certificates.some((c) => certificateCovers(c, date)), false)) {
      spells.push({ lea, what: 'insurance', from: spell.from, until: spell.until });
    }
  }
  for (const lea of [...new Set(partner.agreements.map((a) => a.lea))].sort()) {
    const agreements = partner.agreements.filter((a) => a.lea === lea);
    const dates = agreements.flatMap((a) => [a.startsOn, addDays(a.endsOn, 1)]);
    for (const spell of intervalsOf(dates, (date) => agreements.some((a) => a.startsOn <= date && date <= a.endsOn), false)) {
      spells.push({ lea, what: 'agreement', from: spell.from, until: spell.until });
    }
  }
  return spells;
}
