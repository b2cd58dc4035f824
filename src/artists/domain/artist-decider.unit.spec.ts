import { spec } from '../../testing/decider-specification';
import { allClearancesCommands, artistHistory, grantClearanceCommand, registerArtistCommand } from '../testing/artist-history';
import { artistDecider } from './artist-decider';
import { ClearancePolicy, DEFAULT_CLEARANCE_POLICY } from './clearance-policy';

const registered = artistHistory([registerArtistCommand()]);
const withBackgroundCheck = artistHistory([grantClearanceCommand('background-check', 'lausd', '2025-08-10', { evidenceReference: 'DOJ-1/FBI-1' })], registered);
const suspendedForArrest = artistHistory([{ type: 'ReceiveArrestNotification', lea: 'lausd', noticeReference: 'N-77', effectiveDate: '2026-03-04' }], withBackgroundCheck);

describe('registering a teaching artist', () => {
  it('registers an artist of a known partner with engagement and art forms', () => {
    spec(artistDecider)
      .given([])
      .when(registerArtistCommand({ artForms: ['dance', 'music', 'dance'] }))
      .then([
        {
          type: 'ArtistRegistered',
          data: { artistId: 'artist-1', partnerId: 'partner-1', name: 'Rosa Ortega', engagement: 'contractor', artForms: ['dance', 'music'], effectiveDate: '2025-08-01' },
        },
      ]);
  });

  it('refuses an artist of a partner that was never proposed', () => {
    spec(artistDecider).given([]).when(registerArtistCommand({ partnerExists: false })).thenRefused('artist.partner-exists', /partner partner-1 has not been proposed/, 409);
  });

  it('refuses to register the same artist twice', () => {
    spec(artistDecider).given(registered).when(registerArtistCommand()).thenRefused('artist.not-yet-registered', /already registered/);
  });

  it('refuses a clearance for an artist who was never registered', () => {
    spec(artistDecider).given([]).when(grantClearanceCommand('tb-screening', 'lausd', '2025-09-01')).thenRefused('artist.registered');
  });
});

describe('granting a clearance', () => {
  it('records a background check with its evidence, no fixed expiry, and the policy that decided it', () => {
    spec(artistDecider)
      .given(registered)
      .when(grantClearanceCommand('background-check', 'lausd', '2025-08-10', { evidenceReference: 'LS-123', resultIds: ['DOJ-9', 'FBI-4'] }))
      .then([
        {
          type: 'ClearanceGranted',
          data: {
            artistId: 'artist-1',
            lea: 'lausd',
            requirement: 'background-check',
            grantNumber: 1,
            effectiveDate: '2025-08-10',
            expiresOn: null,
            expirySource: 'policy',
            evidenceReference: 'LS-123',
            resultIds: ['DOJ-9', 'FBI-4'],
            engagement: 'contractor',
            policy: { version: 'default-1', validity: { kind: 'none' } },
          },
        },
      ]);
  });

  it('computes a TB screening to be valid 4 years from the assessment date', () => {
    spec(artistDecider)
      .given(registered)
      .when(grantClearanceCommand('tb-screening', 'lausd', '2025-09-15'))
      .thenEvents(([granted]) => {
        expect(granted.data).toMatchObject({ expiresOn: '2029-09-14', expirySource: 'policy', policy: { version: 'default-1', validity: { kind: 'years-from-effective-date', years: 4 } } });
      });
  });

  it.each([
    ['2025-09-15', '2026-06-30'],
    ['2026-06-30', '2026-06-30'],
    ['2026-07-01', '2027-06-30'],
  ])('makes mandated-reporter training completed on %s valid until the end of that school year, %s', (completed, expiresOn) => {
    spec(artistDecider)
      .given(registered)
      .when(grantClearanceCommand('mandated-reporter-training', 'lausd', completed))
      .thenEvents(([granted]) => expect(granted.data).toMatchObject({ expiresOn, policy: { validity: { kind: 'school-year' }, schoolYearLastDay: '06-30' } }));
  });

  it("uses the LEA's own school-year end and records that policy's version", () => {
    const policy: ClearancePolicy = { ...DEFAULT_CLEARANCE_POLICY, version: 'lausd-2025', leas: { lausd: { schoolYearLastDay: '06-15' } } };
    spec(artistDecider)
      .given(registered)
      .when(grantClearanceCommand('mandated-reporter-training', 'lausd', '2025-09-15', { policy }))
      .thenEvents(([granted]) => expect(granted.data).toMatchObject({ expiresOn: '2026-06-15', policy: { version: 'lausd-2025', schoolYearLastDay: '06-15' } }));
  });

  it('keeps an expiry stated on the evidence when it is within the policy', () => {
    spec(artistDecider)
      .given(registered)
      .when(grantClearanceCommand('tb-screening', 'lausd', '2025-09-15', { expiresOn: '2027-01-31' }))
      .thenEvents(([granted]) => expect(granted.data).toMatchObject({ expiresOn: '2027-01-31', expirySource: 'given' }));
  });

  it('refuses an expiry before the effective date (422)', () => {
    spec(artistDecider)
      .given(registered)
      .when(grantClearanceCommand('tb-screening', 'lausd', '2025-09-15', { expiresOn: '2025-09-14' }))
      .thenRefused('clearance.expiry-after-effective-date', 'TB screening for LEA lausd: expiry 2025-09-14 is before the effective date 2025-09-15', 422);
  });

  it('refuses an expiry longer than the policy allows (422)', () => {
    spec(artistDecider)
      .given(registered)
      .when(grantClearanceCommand('tb-screening', 'lausd', '2025-09-15', { expiresOn: '2030-01-01' }))
      .thenRefused('clearance.expiry-within-policy', /at most until 2029-09-14 under clearance policy default-1/, 422);
  });

  it('marks a second grant of the same clearance as a renewal of the one it replaces', () => {
    const tb = artistHistory([grantClearanceCommand('tb-screening', 'lausd', '2021-09-01')], registered);
    spec(artistDecider)
      .given(tb)
      .when(grantClearanceCommand('tb-screening', 'lausd', '2025-09-05'))
      .thenEvents((events) => {
        expect(events.map((e) => e.type)).toEqual(['ClearanceGranted', 'ClearanceRenewed']);
        expect(events[1].data).toEqual({
          artistId: 'artist-1',
          lea: 'lausd',
          requirement: 'tb-screening',
          grantNumber: 2,
          replacesGrantNumber: 1,
          previousStatus: 'expired',
          effectiveDate: '2025-09-05',
          expiresOn: '2029-09-04',
        });
      });
  });

  it('does not treat a first grant in another LEA as a renewal', () => {
    spec(artistDecider)
      .given(withBackgroundCheck)
      .when(grantClearanceCommand('background-check', 'sfusd', '2025-10-01'))
      .thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['ClearanceGranted']));
  });

  it('refuses a new grant while the clearance is suspended: a suspension ends by reinstatement or revocation', () => {
    spec(artistDecider)
      .given(suspendedForArrest)
      .when(grantClearanceCommand('background-check', 'lausd', '2026-04-01', { evidenceReference: 'DOJ-2' }))
      .thenRefused('clearance.not-suspended', /background check for LEA lausd suspended since 2026-03-04 \(arrest notification N-77\)/, 409);
  });

  it('refuses the same grant recorded twice', () => {
    spec(artistDecider)
      .given(withBackgroundCheck)
      .when(grantClearanceCommand('background-check', 'lausd', '2025-08-10', { evidenceReference: 'DOJ-1/FBI-1' }))
      .thenRefused('clearance.not-already-granted', /already recorded as grant 1/);
  });
});

describe('an arrest notification', () => {
  it('suspends the background check of that LEA at once, in the same decision', () => {
    spec(artistDecider)
      .given(withBackgroundCheck)
      .when({ type: 'ReceiveArrestNotification', lea: 'lausd', noticeReference: 'N-77', effectiveDate: '2026-03-04' })
      .then([
        { type: 'ArrestNotificationReceived', data: { artistId: 'artist-1', lea: 'lausd', noticeReference: 'N-77', effectiveDate: '2026-03-04' } },
        {
          type: 'ClearanceSuspended',
          data: {
            artistId: 'artist-1',
            lea: 'lausd',
            requirement: 'background-check',
            reason: 'arrest notification N-77',
            cause: 'arrest-notification',
            noticeReference: 'N-77',
            effectiveDate: '2026-03-04',
          },
        },
      ]);
  });

  it('is refused when that LEA never granted a background check (another LEA\'s does not count)', () => {
    spec(artistDecider)
      .given(withBackgroundCheck)
      .when({ type: 'ReceiveArrestNotification', lea: 'sfusd', noticeReference: 'N-78', effectiveDate: '2026-03-04' })
      .thenRefused('clearance.arrest-notice-has-background-check', 'no background check granted by LEA sfusd in force on 2026-03-04 to suspend');
  });

  it('on an already suspended clearance is recorded without a second suspension', () => {
    spec(artistDecider)
      .given(suspendedForArrest)
      .when({ type: 'ReceiveArrestNotification', lea: 'lausd', noticeReference: 'N-80', effectiveDate: '2026-03-10' })
      .thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['ArrestNotificationReceived']));
  });

  it('is refused when the same notice was already recorded', () => {
    spec(artistDecider)
      .given(suspendedForArrest)
      .when({ type: 'ReceiveArrestNotification', lea: 'lausd', noticeReference: 'N-77', effectiveDate: '2026-03-04' })
      .thenRefused('clearance.arrest-notice-not-yet-recorded', /N-77 from LEA lausd is already recorded/);
  });
});

describe('suspension, revocation and reinstatement', () => {
  it('suspends a clearance by compliance decision', () => {
    spec(artistDecider)
      .given(withBackgroundCheck)
      .when({ type: 'SuspendClearance', requirement: 'background-check', lea: 'lausd', reason: 'pending review', effectiveDate: '2026-01-10' })
      .then([
        {
          type: 'ClearanceSuspended',
          data: { artistId: 'artist-1', lea: 'lausd', requirement: 'background-check', reason: 'pending review', cause: 'compliance-decision', effectiveDate: '2026-01-10' },
        },
      ]);
  });

  it('refuses to suspend a clearance that is already suspended, or that the LEA never granted', () => {
    spec(artistDecider)
      .given(suspendedForArrest)
      .when({ type: 'SuspendClearance', requirement: 'background-check', lea: 'lausd', reason: 'x', effectiveDate: '2026-03-05' })
      .thenRefused('clearance.suspendable', 'background check for LEA lausd is already suspended since 2026-03-04');
    spec(artistDecider)
      .given(withBackgroundCheck)
      .when({ type: 'SuspendClearance', requirement: 'tb-screening', lea: 'lausd', reason: 'x', effectiveDate: '2026-03-05' })
      .thenRefused('clearance.suspendable', 'no TB screening granted by LEA lausd in force on 2026-03-05 to suspend');
  });

  it('revokes a suspended clearance after a serious conviction, and refuses to revoke it twice', () => {
    const revoke = { type: 'RevokeClearance' as const, requirement: 'background-check' as const, lea: 'lausd', reason: 'serious conviction', effectiveDate: '2026-05-01' };
    spec(artistDecider)
      .given(suspendedForArrest)
      .when(revoke)
      .then([{ type: 'ClearanceRevoked', data: { artistId: 'artist-1', lea: 'lausd', requirement: 'background-check', reason: 'serious conviction', effectiveDate: '2026-05-01' } }]);
    spec(artistDecider)
      .given(artistHistory([revoke], suspendedForArrest))
      .when({ ...revoke, effectiveDate: '2026-06-01' })
      .thenRefused('clearance.revocable', /already revoked since 2026-05-01/);
  });

  it('reinstates a suspended clearance on evidence', () => {
    spec(artistDecider)
      .given(suspendedForArrest)
      .when({ type: 'ReinstateClearance', requirement: 'background-check', lea: 'lausd', evidenceReference: 'DOJ-disposition-5', effectiveDate: '2026-04-01' })
      .then([{ type: 'ClearanceReinstated', data: { artistId: 'artist-1', lea: 'lausd', requirement: 'background-check', evidenceReference: 'DOJ-disposition-5', effectiveDate: '2026-04-01' } }]);
  });

  it('refuses to reinstate a clearance that is not suspended, naming it', () => {
    spec(artistDecider)
      .given(withBackgroundCheck)
      .when({ type: 'ReinstateClearance', requirement: 'background-check', lea: 'lausd', evidenceReference: 'E', effectiveDate: '2026-04-01' })
      .thenRefused('clearance.reinstatement-needs-suspension', 'background check for LEA lausd is not suspended on 2026-04-01: only a suspended clearance can be reinstated', 409);
  });

  it('refuses a reinstatement dated before the suspension it would lift', () => {
    spec(artistDecider)
      .given(suspendedForArrest)
      .when({ type: 'ReinstateClearance', requirement: 'background-check', lea: 'lausd', evidenceReference: 'E', effectiveDate: '2026-03-01' })
      .thenRefused('clearance.reinstatement-needs-suspension', /not suspended on 2026-03-01/);
  });

  it('treats revocation as final: no reinstatement, a new grant only on new evidence', () => {
    const revoked = artistHistory([{ type: 'RevokeClearance', requirement: 'background-check', lea: 'lausd', reason: 'serious conviction', effectiveDate: '2026-05-01' }], suspendedForArrest);
    spec(artistDecider)
      .given(revoked)
      .when({ type: 'ReinstateClearance', requirement: 'background-check', lea: 'lausd', evidenceReference: 'E', effectiveDate: '2026-06-01' })
      .thenRefused('clearance.reinstatement-needs-suspension', /revoked on 2026-05-01: a revocation is final/);
    spec(artistDecider)
      .given(revoked)
      .when(grantClearanceCommand('background-check', 'lausd', '2027-01-10', { evidenceReference: 'DOJ-1/FBI-1' }))
      .thenRefused('clearance.new-evidence-after-revocation', /needs new evidence, and DOJ-1\/FBI-1 was already used/);
    spec(artistDecider)
      .given(revoked)
      .when(grantClearanceCommand('background-check', 'lausd', '2027-01-10', { evidenceReference: 'DOJ-7/FBI-7' }))
      .thenEvents((events) => expect(events[1]).toMatchObject({ type: 'ClearanceRenewed', data: { replacesGrantNumber: 1, previousStatus: 'revoked' } }));
  });
});

describe('corrections are compensating events', () => {
  const tb = artistHistory([grantClearanceCommand('tb-screening', 'lausd', '2025-09-15')], registered);

  it('corrects a grant recorded with a wrong expiry, keeping the rest', () => {
    spec(artistDecider)
      .given(tb)
      .when({ type: 'CorrectClearanceGrant', requirement: 'tb-screening', lea: 'lausd', grantNumber: 1, expiresOn: '2027-09-14', reason: 'typo in certificate date' })
      .then([
        {
          type: 'ClearanceGrantCorrected',
          data: { artistId: 'artist-1', lea: 'lausd', requirement: 'tb-screening', grantNumber: 1, effectiveDate: '2025-09-15', expiresOn: '2027-09-14', evidenceReference: 'tb-screening-lausd-2025-09-15', reason: 'typo in certificate date' },
        },
      ]);
  });

  it('withdraws a grant recorded in error, and refuses to correct it afterwards', () => {
    const withdraw = { type: 'WithdrawClearanceGrant' as const, requirement: 'tb-screening' as const, lea: 'lausd', grantNumber: 1, reason: 'wrong artist' };
    spec(artistDecider)
      .given(tb)
      .when(withdraw)
      .then([{ type: 'ClearanceGrantWithdrawn', data: { artistId: 'artist-1', lea: 'lausd', requirement: 'tb-screening', grantNumber: 1, reason: 'wrong artist', effectiveDate: '2025-09-15' } }]);
    spec(artistDecider)
      .given(artistHistory([withdraw], tb))
      .when({ type: 'CorrectClearanceGrant', requirement: 'tb-screening', lea: 'lausd', grantNumber: 1, expiresOn: '2027-09-14', reason: 'x' })
      .thenRefused('clearance.grant-correctable', 'TB screening for LEA lausd has no grant 1 in force (it was withdrawn)');
  });
});

describe('the expiry sweep', () => {
  const cleared = artistHistory(allClearancesCommands('lausd', '2025-09-15'), registered);

  it('records the expiries due by its date: the day after the last valid day', () => {
    spec(artistDecider)
      .given(cleared)
      .when({ type: 'RecordClearanceExpiries', asOf: '2026-07-01' })
      .then([
        {
          type: 'ClearanceExpired',
          data: { artistId: 'artist-1', lea: 'lausd', requirement: 'mandated-reporter-training', grantNumber: 1, expiresOn: '2026-06-30', expiredOn: '2026-07-01', effectiveDate: '2026-07-01' },
        },
      ]);
  });

  it('records nothing before the day of expiry', () => {
    spec(artistDecider).given(cleared).when({ type: 'RecordClearanceExpiries', asOf: '2026-06-30' }).then([]);
  });

  it('records nothing new when run twice', () => {
    const swept = artistHistory([{ type: 'RecordClearanceExpiries', asOf: '2030-01-01' }], cleared);
    expect(swept.slice(cleared.length).map((e) => (e.type === 'ClearanceExpired' ? e.data.requirement : e.type))).toEqual(['mandated-reporter-training', 'tb-screening']);
    spec(artistDecider).given(swept).when({ type: 'RecordClearanceExpiries', asOf: '2030-01-01' }).then([]);
  });

  it('records no expiry for a clearance renewed before it ran out', () => {
    const tb = artistHistory([grantClearanceCommand('tb-screening', 'lausd', '2025-09-15')], registered);
    const renewed = artistHistory([grantClearanceCommand('tb-screening', 'lausd', '2029-08-01')], tb);
    spec(artistDecider).given(renewed).when({ type: 'RecordClearanceExpiries', asOf: '2029-09-15' }).then([]);
    spec(artistDecider).given(tb).when({ type: 'RecordClearanceExpiries', asOf: '2029-09-15' }).thenEvents((events) => expect(events).toHaveLength(1));
  });
});
