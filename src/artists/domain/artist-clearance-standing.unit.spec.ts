import { allClearancesCommands, artistHistory, artistStateFrom, grantClearanceCommand, registerArtistCommand } from '../testing/artist-history';
import { artistExpiriesDueBy, clearanceProblems, clearanceStatusOn } from './artist-clearance-standing';
import { ArtistCommand } from './artist-commands';
import { ClearancePolicy, DEFAULT_CLEARANCE_POLICY } from './clearance-policy';

const policy = DEFAULT_CLEARANCE_POLICY;
const cleared = artistHistory([registerArtistCommand(), ...allClearancesCommands('lausd', '2025-08-15')]);
const after = (commands: ArtistCommand[]) => artistStateFrom(artistHistory(commands, cleared));

describe('clearanceProblems: may the artist work in this LEA on this date?', () => {
  it('has no problems when every required clearance from that LEA is valid on the date', () => {
    expect(clearanceProblems(artistStateFrom(cleared), 'lausd', '2026-02-01', policy)).toEqual([]);
  });

  it('names each clearance that is missing, and says a clearance from another LEA does not transfer', () => {
    expect(clearanceProblems(artistStateFrom(cleared), 'sfusd', '2026-02-01', policy)).toEqual([
      'no background check granted by LEA sfusd (a clearance from LEA lausd does not transfer)',
      'no TB screening granted by LEA sfusd (a clearance from LEA lausd does not transfer)',
      'no sex offender registry check granted by LEA sfusd (a clearance from LEA lausd does not transfer)',
      'no mandated reporter training granted by LEA sfusd (a clearance from LEA lausd does not transfer)',
    ]);
  });

  it('names an expired clearance with the first day it was no longer valid', () => {
    expect(clearanceProblems(artistStateFrom(cleared), 'lausd', '2026-07-01', policy)).toEqual(['mandated reporter training for LEA lausd expired on 2026-07-01']);
  });

  it('names a suspension by arrest notification with its date and notice, from its effective date only', () => {
    const state = after([{ type: 'ReceiveArrestNotification', lea: 'lausd', noticeReference: 'N-77', effectiveDate: '2026-03-04' }]);
    expect(clearanceProblems(state, 'lausd', '2026-03-04', policy)).toEqual(['background check for LEA lausd suspended since 2026-03-04 (arrest notification N-77)']);
    expect(clearanceProblems(state, 'lausd', '2026-03-03', policy)).toEqual([]);
  });

  it('names a revocation with its reason, and no longer the suspension before it', () => {
    const state = after([
      { type: 'ReceiveArrestNotification', lea: 'lausd', noticeReference: 'N-77', effectiveDate: '2026-03-04' },
      { type: 'RevokeClearance', requirement: 'background-check', lea: 'lausd', reason: 'serious conviction', effectiveDate: '2026-05-01' },
    ]);
    expect(clearanceProblems(state, 'lausd', '2026-05-02', policy)).toEqual(['background check for LEA lausd revoked on 2026-05-01 (serious conviction)']);
  });

  it('counts a reinstated clearance as valid again from the reinstatement date', () => {
    const state = after([
      { type: 'SuspendClearance', requirement: 'tb-screening', lea: 'lausd', reason: 'positive screen under review', effectiveDate: '2026-01-10' },
      { type: 'ReinstateClearance', requirement: 'tb-screening', lea: 'lausd', evidenceReference: 'chest x-ray clear', effectiveDate: '2026-01-20' },
    ]);
    expect(clearanceProblems(state, 'lausd', '2026-01-19', policy)).toEqual(['TB screening for LEA lausd suspended since 2026-01-10 (positive screen under review)']);
    expect(clearanceProblems(state, 'lausd', '2026-01-20', policy)).toEqual([]);
  });

  it('names a clearance that is not yet valid on the date', () => {
    const state = artistStateFrom(artistHistory([registerArtistCommand(), ...allClearancesCommands('lausd', '2025-08-15'), grantClearanceCommand('background-check', 'sfusd', '2026-03-01')]));
    const sfusdOnly: ClearancePolicy = { ...policy, leas: { sfusd: { requirements: { contractor: [{ requirement: 'background-check', validity: { kind: 'none' } }] } } } };
    expect(clearanceProblems(state, 'sfusd', '2026-02-01', sfusdOnly)).toEqual(['background check for LEA sfusd is not valid until 2026-03-01']);
  });

  it("asks of each engagement type only what the LEA's policy requires of it", () => {
    const volunteersLight: ClearancePolicy = {
      ...policy,
      leas: { lausd: { requirements: { volunteer: [{ requirement: 'background-check', validity: { kind: 'none' } }] } } },
    };
    const onlyBackgroundCheck = [grantClearanceCommand('background-check', 'lausd', '2025-08-15')];
    const volunteer = artistStateFrom(artistHistory([registerArtistCommand({ engagement: 'volunteer' }), ...onlyBackgroundCheck]));
    const contractor = artistStateFrom(artistHistory([registerArtistCommand({ engagement: 'contractor' }), ...onlyBackgroundCheck]));
    expect(clearanceProblems(volunteer, 'lausd', '2026-02-01', volunteersLight)).toEqual([]);
    expect(clearanceProblems(contractor, 'lausd', '2026-02-01', volunteersLight)).toHaveLength(3);
    expect(clearanceProblems(volunteer, 'lausd', '2026-02-01', policy)).toHaveLength(3);
  });

  it('stops counting a grant withdrawn as recorded in error', () => {
    const state = after([{ type: 'WithdrawClearanceGrant', requirement: 'tb-screening', lea: 'lausd', grantNumber: 1, reason: 'another artist’s result' }]);
    expect(clearanceProblems(state, 'lausd', '2026-02-01', policy)).toEqual(['no TB screening granted by LEA lausd']);
  });
});

describe('clearanceStatusOn: the status of one clearance on an effective date', () => {
  it('answers for a past date from the effective-dated facts, whatever was recorded later', () => {
    const state = after([
      { type: 'ReceiveArrestNotification', lea: 'lausd', noticeReference: 'N-77', effectiveDate: '2026-03-04' },
      { type: 'ReinstateClearance', requirement: 'background-check', lea: 'lausd', evidenceReference: 'disposition D-1', effectiveDate: '2026-04-01' },
    ]);
    const at = (date: string) => clearanceStatusOn(state, 'lausd', 'background-check', date);
    expect(at('2025-08-14')).toMatchObject({ status: 'not-yet-valid', validFrom: '2025-08-15' });
    expect(at('2026-01-01')).toEqual({ status: 'valid', since: '2025-08-15', evidence: 'background-check-lausd-2025-08-15', grantedBy: 'lausd', grantNumber: 1 });
    expect(at('2026-03-20')).toMatchObject({ status: 'suspended', since: '2026-03-04', noticeReference: 'N-77' });
    expect(at('2026-04-01')).toMatchObject({ status: 'valid' });
    expect(clearanceStatusOn(state, 'sfusd', 'background-check', '2026-04-01')).toEqual({ status: 'missing' });
  });

  it('uses the corrected expiry of a corrected grant', () => {
    const state = after([{ type: 'CorrectClearanceGrant', requirement: 'tb-screening', lea: 'lausd', grantNumber: 1, expiresOn: '2026-01-31', reason: 'certificate says January' }]);
    expect(clearanceStatusOn(state, 'lausd', 'tb-screening', '2026-02-01')).toMatchObject({ status: 'expired', since: '2026-02-01', until: '2026-01-31' });
    expect(artistExpiriesDueBy(state, '2026-02-01').map((e) => e.data)).toEqual([expect.objectContaining({ requirement: 'tb-screening', expiredOn: '2026-02-01' })]);
  });

  it('leaves no expiry to record for a revoked clearance', () => {
    const state = after([{ type: 'RevokeClearance', requirement: 'mandated-reporter-training', lea: 'lausd', reason: 'training certificate forged', effectiveDate: '2026-01-05' }]);
    expect(artistExpiriesDueBy(state, '2026-07-01')).toEqual([]);
  });
});
