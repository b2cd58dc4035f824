import fc from 'fast-check';
import { clearanceHistory, DATES, LEAS } from '../../test/history/clearance-history.arbitrary';
import { clearanceProblems, clearanceStatusOn } from '../artists/domain/artist-clearance-standing';
import { artistDecider } from '../artists/domain/artist-decider';
import { ArtistState } from '../artists/domain/artist-state';
import { addDays } from '../artists/domain/calendar-dates';
import { ClearancePolicy, DEFAULT_CLEARANCE_POLICY } from '../artists/domain/clearance-policy';
import { isRefusal } from '../command-handling';
import { certificateCovers } from '../partners/domain/partner-standing';
import { PartnerState, rosterChangeOn } from '../partners/domain/partner-state';
import { clearanceValidity, coverSpells, intervalsOf, rosterSpells } from './date-intervals';
import { mayWorkIn } from './may-work';

/** Every date the arbitrary histories use, with the days either side, and a few far away. */
const PROBES = [...new Set(['2020-01-01', '2099-12-31', ...DATES.flatMap((d) => [addDays(d, -1), d, addDays(d, 1)])])].sort();

function holds(spells: readonly { from: string; until: string | null }[], date: string): boolean {
  return spells.some((s) => s.from <= date && (s.until === null || date <= s.until));
}

/** An artist's state from a random history run through the real decider (refused commands write nothing). */
export function foldHistory(steps: ReturnType<typeof clearanceHistory> extends fc.Arbitrary<infer T> ? T : never): ArtistState {
  let state = artistDecider.initialState;
  for (const step of steps) {
    if (!('command' in step)) continue;
    const command = step.command.type === 'RegisterArtist' ? { ...step.command, artistId: 'a1' } : step.command;
    const decision = artistDecider.decide(command, state);
    if (isRefusal(decision)) continue;
    for (const event of decision) state = artistDecider.evolve(state, event);
  }
  return state;
}

describe('intervalsOf', () => {
  it('merges neighbouring dates with the same value and leaves out the "before" value', () => {
    const value: Record<string, string> = { '2026-01-01': 'a', '2026-02-01': 'a', '2026-03-01': 'none', '2026-04-01': 'b', '2026-05-01': 'a' };
    expect(intervalsOf(Object.keys(value).reverse(), (d) => value[d], 'none')).toEqual([
      { from: '2026-01-01', until: '2026-02-28', value: 'a' },
      { from: '2026-04-01', until: '2026-04-30', value: 'b' },
      { from: '2026-05-01', until: null, value: 'a' },
    ]);
    expect(intervalsOf([], () => 'a', 'none')).toEqual([]);
  });
});

describe('clearanceValidity: when each clearance is valid, by the artists\' own clearanceStatusOn', () => {
  const policies: ClearancePolicy[] = [
    DEFAULT_CLEARANCE_POLICY,
    {
      ...DEFAULT_CLEARANCE_POLICY,
      leas: {
        lausd: { requirements: { volunteer: [{ requirement: 'background-check', validity: { kind: 'none' } }] } },
        sfusd: { requirements: { employee: [], contractor: [{ requirement: 'tb-screening', validity: { kind: 'years-from-effective-date', years: 4 } }] } },
      },
    },
  ];

  it('agrees with the status rule on every date, and "may work" agrees with clearanceProblems (random histories)', () => {
    fc.assert(
      fc.property(clearanceHistory(), (steps) => {
        const artist = foldHistory(steps);
        const spells = clearanceValidity(artist);
        for (const history of artist.clearances) {
          const own = spells.filter((s) => s.lea === history.lea && s.requirement === history.requirement);
          for (const date of PROBES) {
            expect([history.lea, history.requirement, date, holds(own.map((s) => ({ from: s.validFrom, until: s.validUntil })), date)])
              .toEqual([history.lea, history.requirement, date, clearanceStatusOn(artist, history.lea, history.requirement, date).status === 'valid']);
          }
          for (const spell of own.filter((s) => s.endsByExpiry)) {
            expect(clearanceStatusOn(artist, history.lea, history.requirement, addDays(spell.validUntil!, 1)).status).toBe('expired');
          }
        }
        for (const policy of policies) {
          for (const date of PROBES) {
            const validToday = new Set(spells.filter((s) => holds([{ from: s.validFrom, until: s.validUntil }], date)).map((s) => `${s.lea}\u0000${s.requirement}`));
            for (const lea of LEAS) {
              expect([lea, date, mayWorkIn(policy, artist.engagement, lea, validToday)]).toEqual([lea, date, clearanceProblems(artist, lea, date, policy).length === 0]);
            }
          }
        }
      }),
      { seed: 20_261_204, numRuns: 200 },
    );
  });
});

describe('partner spells', () => {
  const partner: PartnerState = {
    exists: true, partnerId: 'p', name: 'P', kind: 'arts-nonprofit', services: [], artForms: [], proposedBy: 'lausd', proposedOn: '2026-01-01',
    insuranceCertificates: [
      { certificateNumber: 1, lea: 'lausd', carrier: 'A', policyNumber: 'GL-1', effectiveDate: '2026-01-01', expiresOn: '2026-07-01', cancelledFrom: null, expiryRecorded: false },
      // Renewed in place: cover goes on without a gap.
      { certificateNumber: 2, lea: 'lausd', carrier: 'A', policyNumber: 'GL-2', effectiveDate: '2026-07-01', expiresOn: '2027-07-01', cancelledFrom: '2027-03-01', expiryRecorded: false },
      { certificateNumber: 3, lea: 'pusd', carrier: 'A', policyNumber: 'GL-3', effectiveDate: '2026-02-01', expiresOn: '2026-05-01', cancelledFrom: null, expiryRecorded: false },
    ],
    contractorCertifications: [],
    agreements: [
      { agreementId: 'm1', lea: 'lausd', kind: 'mou', startsOn: '2026-01-01', endsOn: '2026-06-30', executedOn: '2026-01-01', expiryRecorded: false },
      { agreementId: 'm2', lea: 'lausd', kind: 'mou', startsOn: '2026-09-01', endsOn: '2027-06-30', executedOn: '2026-08-01', expiryRecorded: false },
    ],
    rosterChanges: [
      { lea: 'lausd', status: 'proposed', effectiveDate: '2026-01-01' },
      { lea: 'lausd', status: 'approved', effectiveDate: '2026-01-05' },
      { lea: 'lausd', status: 'suspended', effectiveDate: '2026-10-01', reason: 'lapse' },
      { lea: 'lausd', status: 'approved', effectiveDate: '2026-11-01' },
      { lea: 'pusd', status: 'proposed', effectiveDate: '2026-02-01' },
      { lea: 'pusd', status: 'removed', effectiveDate: '2026-06-01', reason: 'left' },
    ],
  };
  const days = Array.from({ length: 1000 }, (_, i) => addDays('2025-12-01', i));

  it('roster: the decision in force on each day, as rosterChangeOn says', () => {
    const spells = rosterSpells(partner);
    for (const lea of ['lausd', 'pusd']) {
      for (const day of days) {
        const held = spells.filter((s) => s.lea === lea && holds([s], day)).map((s) => s.status);
        expect([lea, day, held]).toEqual([lea, day, rosterChangeOn(partner, lea, day) ? [rosterChangeOn(partner, lea, day)!.status] : []]);
      }
    }
    expect(spells.filter((s) => s.lea === 'lausd').map((s) => [s.status, s.from, s.until])).toEqual([
      ['proposed', '2026-01-01', '2026-01-04'], ['approved', '2026-01-05', '2026-09-30'], ['suspended', '2026-10-01', '2026-10-31'], ['approved', '2026-11-01', null],
    ]);
  });

  it('cover: insurance as certificateCovers says (renewals in place merged), agreements by their terms', () => {
    const spells = coverSpells(partner);
    for (const day of days) {
      for (const lea of ['lausd', 'pusd']) {
        const insured = partner.insuranceCertificates.some((c) => c.lea === lea && certificateCovers(c, day));
        expect([lea, day, holds(spells.filter((s) => s.lea === lea && s.what === 'insurance'), day)]).toEqual([lea, day, insured]);
        const agreed = partner.agreements.some((a) => a.lea === lea && a.startsOn <= day && day <= a.endsOn);
        expect([lea, day, holds(spells.filter((s) => s.lea === lea && s.what === 'agreement'), day)]).toEqual([lea, day, agreed]);
      }
    }
    expect(spells.map((s) => [s.lea, s.what, s.from, s.until])).toEqual([
      ['lausd', 'insurance', '2026-01-01', '2027-02-28'],
      ['pusd', 'insurance', '2026-02-01', '2026-04-30'],
      ['lausd', 'agreement', '2026-01-01', '2026-06-30'],
      ['lausd', 'agreement', '2026-09-01', '2027-06-30'],
    ]);
  });
});
