import { ProjectionTarget } from '../../projections/projection';
import { clearanceProblems, clearanceStatusOn, ClearanceStatusName } from '../../artists/domain/artist-clearance-standing';
import { ArtistState } from '../../artists/domain/artist-state';
import { addDays } from '../../artists/domain/calendar-dates';
import { ClearancePolicy, requirementsFor } from '../../artists/domain/clearance-policy';
import { ClearanceRequirement } from '../../artists/domain/clearance-requirement';
import { certificateCovers, partnerStandingProblems } from '../../partners/domain/partner-standing';
import { PartnerState, rosterChangeOn } from '../../partners/domain/partner-state';
import { CLEARANCE_ROSTER_TABLES } from '../projections/clearance-roster.projection';
import { physicalNames } from '../projections/report-projection';
import { listCell, ReportTable } from './csv-document';
import { daysBetween } from './partnership-health.report';

export interface RosterArtist {
  readonly lea: string;
  readonly artistId: string;
  readonly name: string;
  readonly partnerId: string;
  readonly partnerName: string | null;
  readonly engagement: string;
  readonly status: 'cleared' | 'not-cleared';
  readonly requirements: { requirement: ClearanceRequirement; status: ClearanceStatusName; expiresOn: string | null }[];
  readonly problems: string[];
}

export interface RosterPartner {
  readonly lea: string;
  readonly partnerId: string;
  readonly name: string;
  /** The LEA's roster decision in force on asOf. */
  readonly status: 'proposed' | 'approved' | 'suspended' | 'removed' | 'not-yet-proposed';
  readonly since: string | null;
  readonly mayWork: boolean;
  /** Last day with insurance cover (renewals chained), null when uninsured on asOf. */
  readonly insuredThrough: string | null;
  /** Last day covered by an agreement (consecutive agreements chained), null when none covers asOf. */
  readonly agreementThrough: string | null;
  readonly problems: string[];
}

export interface ExpiringItem {
  readonly kind: 'clearance' | 'insurance' | 'agreement';
  readonly lea: string;
  readonly artistId: string | null;
  readonly partnerId: string;
  readonly name: string;
  /** The requirement, the insurance policy number or the agreement id. */
  readonly item: string;
  readonly lastValidDay: string;
  readonly daysLeft: number;
}

export interface ClearanceRosterReport {
  readonly lea: string | null;
  readonly asOf: string;
  readonly expiringWithinDays: number;
  readonly artistsByStatus: Record<RosterArtist['status'], number>;
  /**
   * Partners by roster decision on asOf, except that an approved partner that may not work that day (insurance
   * or agreement lapsed, not yet recorded as a suspension) counts under `approved-may-not-work`, never `approved`.
   */
  readonly partnersByStatus: Partial<Record<RosterPartner['status'] | 'approved-may-not-work', number>>;
  readonly artists: RosterArtist[];
  readonly partners: RosterPartner[];
  /** Valid on asOf with a last valid day at most N days after it, and nothing in place to follow on. */
  readonly expiring: ExpiringItem[];
}

export interface ClearanceRosterParams {
  readonly lea: string | null;
  readonly asOf: string;
  readonly expiringWithinDays: number;
}

/**
 * The first day from `from` on which nothing covers, following one cover into the next (a renewal in place);
 * null when nothing covers `from` itself. `coverEnd` gives the first day without the longest cover of a day.
 */
function coverEnds(from: string, coverEnd: (date: string) => string | null): string | null {
  let day = from;
  // Each step moves strictly forward; the bound only guards against a runaway chain of day-long covers.
  for (let step = 0; step < 1000; step++) {
    const end = coverEnd(day);
    if (end === null || end <= day) return day === from ? null : day;
    day = end;
  }
  return day;
}

function insuranceLapse(partner: PartnerState, lea: string, asOf: string): string | null {
  return coverEnds(asOf, (day) => {
    const ends = partner.insuranceCertificates.filter((c) => c.lea === lea && certificateCovers(c, day))
      .map((c) => (c.cancelledFrom !== null && c.cancelledFrom < c.expiresOn ? c.cancelledFrom : c.expiresOn));
    return ends.length === 0 ? null : ends.sort().at(-1)!;
  });
}

function agreementLapse(partner: PartnerState, lea: string, asOf: string): string | null {
  return coverEnds(asOf, (day) => {
    const ends = partner.agreements.filter((a) => a.lea === lea && a.startsOn <= day && day <= a.endsOn).map((a) => addDays(a.endsOn, 1));
    return ends.length === 0 ? null : ends.sort().at(-1)!;
  });
}

/** Artists and partners of each LEA by status on asOf, and what lapses within the next N days. */
export function readClearanceRoster(
  target: ProjectionTarget, policy: ClearancePolicy, params: ClearanceRosterParams,
): ClearanceRosterReport {
  const t = physicalNames(target, CLEARANCE_ROSTER_TABLES);
  const { lea, asOf, expiringWithinDays } = params;
  const horizon = addDays(asOf, expiringWithinDays);
  const where = lea === null ? '' : 'WHERE lea = ?';
  const args = lea === null ? [] : [lea];
  // An artist concerns an LEA where it holds clearance facts, or where its partner is on the roster (then missing clearances show).
  const artistRows = target.prepare(`
    SELECT DISTINCT l.lea, a.artist_id, a.state FROM "${t.leas}" l JOIN "${t.artists}" a ON l.kind = 'artist' AND a.artist_id = l.id ${where ? 'WHERE l.lea = ?' : ''}
    UNION
    SELECT DISTINCT l.lea, a.artist_id, a.state FROM "${t.leas}" l JOIN "${t.artists}" a ON l.kind = 'partner' AND a.partner_id = l.id ${where ? 'WHERE l.lea = ?' : ''}
  `).all(...args, ...args) as { lea: string; artist_id: string; state: string }[];
  const partnerRows = target.prepare(`SELECT l.lea, p.partner_id, p.state FROM "${t.leas}" l JOIN "${t.partners}" p ON l.kind = 'partner' AND p.partner_id = l.id ${where ? 'WHERE l.lea = ?' : ''}`)
    .all(...args) as { lea: string; partner_id: string; state: string }[];

  const partnerStates = new Map<string, PartnerState>();
  const partnerNamed = (id: string): PartnerState | undefined => {
    if (!partnerStates.has(id)) {
      const row = target.prepare(`SELECT state FROM "${t.partners}" WHERE partner_id = ?`).get(id) as { state: string } | undefined;
      if (row) partnerStates.set(id, JSON.parse(row.state) as PartnerState);
    }
    return partnerStates.get(id);
  };

  const expiring: ExpiringItem[] = [];
  const artists = artistRows.filter((r) => (JSON.parse(r.state) as ArtistState).exists).map((r): RosterArtist => {
    const artist = JSON.parse(r.state) as ArtistState;
    const required = requirementsFor(policy, r.lea, artist.engagement).map((rule) => rule.requirement);
    const held = artist.clearances.filter((c) => c.lea === r.lea).map((c) => c.requirement);
    const requirements = [...new Set([...required, ...held])].map((requirement) => {
      const status = clearanceStatusOn(artist, r.lea, requirement, asOf);
      if (status.status === 'valid' && status.until !== undefined && status.until <= horizon) {
        // A renewal effective the day after means nothing lapses.
        if (clearanceStatusOn(artist, r.lea, requirement, addDays(status.until, 1)).status !== 'valid') {
          expiring.push({ kind: 'clearance', lea: r.lea, artistId: artist.artistId, partnerId: artist.partnerId, name: artist.name, item: requirement, lastValidDay: status.until, daysLeft: daysBetween(asOf, status.until) });
        }
      }
      return { requirement, status: status.status, expiresOn: status.until ?? null };
    });
    const problems = clearanceProblems(artist, r.lea, asOf, policy);
    return {
      lea: r.lea, artistId: artist.artistId, name: artist.name, partnerId: artist.partnerId, partnerName: partnerNamed(artist.partnerId)?.name ?? null,
      engagement: artist.engagement, status: problems.length === 0 ? 'cleared' : 'not-cleared', requirements, problems,
    };
  });

  const partners = partnerRows.map((r): RosterPartner => {
    const partner = JSON.parse(r.state) as PartnerState;
    const decision = rosterChangeOn(partner, r.lea, asOf);
    const insuranceEnds = insuranceLapse(partner, r.lea, asOf);
    const agreementEnds = agreementLapse(partner, r.lea, asOf);
    if (decision?.status !== 'removed') {
      for (const [kind, ends] of [['insurance', insuranceEnds], ['agreement', agreementEnds]] as const) {
        const lastValidDay = ends === null ? null : addDays(ends, -1);
        if (lastValidDay === null || lastValidDay > horizon) continue;
        const item = kind === 'insurance'
          ? partner.insuranceCertificates.find((c) => c.lea === r.lea && certificateCovers(c, lastValidDay))?.policyNumber
          : partner.agreements.find((a) => a.lea === r.lea && a.endsOn === lastValidDay)?.agreementId;
        expiring.push({ kind, lea: r.lea, artistId: null, partnerId: partner.partnerId, name: partner.name, item: item ?? '', lastValidDay, daysLeft: daysBetween(asOf, lastValidDay) });
      }
    }
    const problems = partnerStandingProblems(partner, r.lea, asOf);
    return {
      lea: r.lea, partnerId: partner.partnerId, name: partner.name, status: decision?.status ?? 'not-yet-proposed', since: decision?.effectiveDate ?? null,
      mayWork: problems.length === 0, insuredThrough: insuranceEnds && addDays(insuranceEnds, -1), agreementThrough: agreementEnds && addDays(agreementEnds, -1), problems,
    };
  });

  const byName = <T extends { lea: string; name: string }>(a: T, b: T) => a.lea.localeCompare(b.lea) || a.name.localeCompare(b.name);
  const count = <K extends string>(statuses: K[]) => statuses.reduce((n, s) => ({ ...n, [s]: (n[s] ?? 0) + 1 }), {} as Partial<Record<K, number>>);
  return {
    lea, asOf, expiringWithinDays,
    artistsByStatus: { cleared: 0, 'not-cleared': 0, ...count(artists.map((a) => a.status)) },
    partnersByStatus: count(partners.map((p) => (p.status === 'approved' && !p.mayWork ? 'approved-may-not-work' as const : p.status))),
    artists: artists.sort(byName),
    partners: partners.sort(byName),
    expiring: expiring.sort((a, b) => a.lastValidDay.localeCompare(b.lastValidDay) || a.name.localeCompare(b.name) || a.item.localeCompare(b.item)),
  };
}

/** One row per artist per LEA, then one per partner per LEA, each with the soonest expiry within the horizon. */
export function clearanceRosterTable(report: ClearanceRosterReport): ReportTable {
  const soonest = (lea: string, matches: (e: ExpiringItem) => boolean) => report.expiring.find((e) => e.lea === lea && matches(e));
  return {
    header: ['lea', 'kind', 'id', 'name', 'partnerId', 'engagement', 'status', 'mayWork', 'expiringItem', 'lastValidDay', 'daysLeft', 'problems'],
    rows: [
      ...report.artists.map((a) => {
        const next = soonest(a.lea, (e) => e.artistId === a.artistId);
        return [a.lea, 'artist', a.artistId, a.name, a.partnerId, a.engagement, a.status, a.status === 'cleared', next?.item, next?.lastValidDay, next?.daysLeft, listCell(a.problems)];
      }),
      ...report.partners.map((p) => {
        const next = soonest(p.lea, (e) => e.artistId === null && e.partnerId === p.partnerId);
        return [p.lea, 'partner', p.partnerId, p.name, p.partnerId, null, p.status, p.mayWork, next && `${next.kind} ${next.item}`, next?.lastValidDay, next?.daysLeft, listCell(p.problems)];
      }),
    ],
  };
}
