import fc from 'fast-check';
import { ArtistCommand } from '../../src/artists/domain/artist-commands';
import { DEFAULT_CLEARANCE_POLICY } from '../../src/artists/domain/clearance-policy';
import { CLEARANCE_REQUIREMENTS } from '../../src/artists/domain/clearance-requirement';

/**
 * Random clearance histories for one artist: a registration, then grants, renewals (a later grant), suspensions,
 * arrest notices, reinstatements, revocations, expiry sweeps, corrections and withdrawals, on a small pool of dates and
 * three LEAs so that ties, back-dated facts, expiries and "does not transfer" all occur. Many steps are refused by the
 * decider (e.g. reinstating what is not suspended); they simply write nothing. `pause` lets real time pass between
 * writes, so that "known at" instants fall between them.
 */
export type HistoryStep = { readonly command: ArtistCommand } | { readonly pause: number };

export const LEAS = ['lausd', 'sfusd', 'oakland'] as const;
export const DATES = ['2026-03-01', '2026-06-30', '2026-07-01', '2026-08-01', '2026-10-01', '2026-10-15', '2027-06-30', '2027-07-01', '2028-01-10', '2030-07-31', '2030-08-01'] as const;

// Biased to one LEA and the background check, so that decisions mostly meet a grant to act on.
const lea = fc.oneof({ weight: 4, arbitrary: fc.constant(LEAS[0]) }, { weight: 1, arbitrary: fc.constant(LEAS[1]) }, { weight: 1, arbitrary: fc.constant(LEAS[2]) });
const date = fc.constantFrom(...DATES);
const requirement = fc.oneof({ weight: 3, arbitrary: fc.constant(CLEARANCE_REQUIREMENTS[0]) }, { weight: 2, arbitrary: fc.constantFrom(...CLEARANCE_REQUIREMENTS) });
const grantNumber = fc.integer({ min: 1, max: 3 });
const evidence = fc.constantFrom('ev-a', 'ev-b', 'ev-c', 'ev-d');

const clearanceCommand: fc.Arbitrary<ArtistCommand> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ requirement, lea, effectiveDate: date, evidenceReference: evidence, expiresOn: fc.option(date, { nil: undefined }) })
    .map((c) => ({ type: 'GrantClearance' as const, ...withoutUndefined(c), policy: DEFAULT_CLEARANCE_POLICY })) },
  { weight: 3, arbitrary: fc.record({ requirement, lea, effectiveDate: date, reason: fc.constantFrom('pending review', 'complaint') }).map((c) => ({ type: 'SuspendClearance' as const, ...c })) },
  { weight: 3, arbitrary: fc.record({ requirement, lea, effectiveDate: date, evidenceReference: evidence }).map((c) => ({ type: 'ReinstateClearance' as const, ...c })) },
  { weight: 2, arbitrary: fc.record({ requirement, lea, effectiveDate: date, reason: fc.constant('conviction') }).map((c) => ({ type: 'RevokeClearance' as const, ...c })) },
  { weight: 1, arbitrary: fc.record({ lea, effectiveDate: date, noticeReference: fc.constantFrom('N-1', 'N-2', 'N-3') }).map((c) => ({ type: 'ReceiveArrestNotification' as const, ...c })) },
  { weight: 1, arbitrary: date.map((asOf) => ({ type: 'RecordClearanceExpiries' as const, asOf })) },
  { weight: 2, arbitrary: fc.record({ requirement, lea, grantNumber, effectiveDate: fc.option(date, { nil: undefined }), expiresOn: fc.option(fc.option(date, { nil: null }), { nil: undefined }), evidenceReference: fc.option(evidence, { nil: undefined }) })
    .map((c) => ({ type: 'CorrectClearanceGrant' as const, ...withoutUndefined(c), reason: 'typo in the evidence' })) },
  { weight: 1, arbitrary: fc.record({ requirement, lea, grantNumber }).map((c) => ({ type: 'WithdrawClearanceGrant' as const, ...c, reason: 'wrong artist' })) },
) as fc.Arbitrary<ArtistCommand>;

/** The registration carries no artist id yet: each run writes to a new artist stream (see the spec). */
export function clearanceHistory(): fc.Arbitrary<HistoryStep[]> {
  const registration = fc.constantFrom('employee', 'contractor', 'volunteer').map((engagement) => ({
    command: { type: 'RegisterArtist' as const, artistId: '', partnerId: 'dance-co', partnerExists: true, name: 'Maria Reyes', engagement, artForms: ['dance' as const], effectiveDate: '2026-01-01' },
  }));
  const step: fc.Arbitrary<HistoryStep> = fc.oneof({ weight: 6, arbitrary: clearanceCommand.map((command) => ({ command })) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 4 }).map((pause) => ({ pause })) });
  return fc.tuple(registration, fc.array(step, { minLength: 10, maxLength: 40, size: 'max' })).map(([first, rest]) => [first, ...rest]);
}

/** A question on both axes; knownAt picks a recorded event (wrapped to the history's length) and lands just before, on or just after its recorded time. */
export interface QuestionPick {
  readonly lea: string;
  readonly asOf: string;
  readonly knownAt?: { readonly event: number; readonly offsetMs: -1 | 0 | 1 };
}

export const questionPicks: fc.Arbitrary<QuestionPick[]> = fc.array(
  fc.record({
    lea,
    asOf: fc.oneof(date, fc.constantFrom('2025-12-31', '2026-09-15', '2029-01-01', '2031-01-01')),
    knownAt: fc.option(fc.record({ event: fc.nat(40), offsetMs: fc.constantFrom(-1 as const, 0 as const, 1 as const) }), { nil: undefined, freq: 4 }),
  }).map((q) => withoutUndefined(q)),
  { minLength: 8, maxLength: 8 },
);

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
