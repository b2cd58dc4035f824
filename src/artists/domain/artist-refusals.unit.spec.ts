import { spec } from '../../testing/decider-specification';
import { artistHistory, grantClearanceCommand, registerArtistCommand } from '../testing/artist-history';
import { CorrectClearanceGrant } from './artist-commands';
import { artistDecider } from './artist-decider';

/* Refusals no other test named: the good input is accepted, the bad one refused with the rule and a detail naming the item, no event written. */
const registered = artistHistory([registerArtistCommand()]);

describe('artist refusals', () => {
  describe('artist.art-forms', () => {
    it('registers an artist with an art form, and refuses one with none (422)', () => {
      spec(artistDecider).given([]).when(registerArtistCommand({ artForms: ['theatre'] }))
        .thenEvents(([event]) => expect(event).toMatchObject({ type: 'ArtistRegistered', data: { artistId: 'artist-1', artForms: ['theatre'] } }));
      spec(artistDecider).given([]).when(registerArtistCommand({ artForms: [] }))
        .thenRefused('artist.art-forms', 'a teaching artist needs at least one art form', 422);
    });
  });

  describe('clearance.correction-changes-something', () => {
    // TB screening assessed 2025-09-15: policy expiry 2029-09-14, evidence tb-screening-lausd-2025-09-15.
    const tb = artistHistory([grantClearanceCommand('tb-screening', 'lausd', '2025-09-15')], registered);
    const correct = (overrides: Partial<CorrectClearanceGrant>): CorrectClearanceGrant => ({
      type: 'CorrectClearanceGrant', requirement: 'tb-screening', lea: 'lausd', grantNumber: 1, reason: 'checked the certificate', ...overrides,
    });

    it('refuses a correction repeating what is recorded (422), naming the grant, and accepts one that changes a field', () => {
      spec(artistDecider).given(tb).when(correct({ expiresOn: '2027-09-14' }))
        .thenEvents(([event]) => expect(event).toMatchObject({ type: 'ClearanceGrantCorrected', data: { grantNumber: 1, expiresOn: '2027-09-14' } }));
      const nothingNew = 'the correction of grant 1 of TB screening for LEA lausd changes nothing';
      spec(artistDecider).given(tb).when(correct({})).thenRefused('clearance.correction-changes-something', nothingNew, 422);
      spec(artistDecider).given(tb).when(correct({ effectiveDate: '2025-09-15', expiresOn: '2029-09-14', evidenceReference: 'tb-screening-lausd-2025-09-15' }))
        .thenRefused('clearance.correction-changes-something', nothingNew, 422);
    });

    it('refuses the same correction sent a second time: the first one is what is recorded now', () => {
      const corrected = artistHistory([correct({ evidenceReference: 'TB-2025-0915-B' })], tb);
      spec(artistDecider).given(corrected).when(correct({ evidenceReference: 'TB-2025-0915-B' }))
        .thenRefused('clearance.correction-changes-something', /grant 1 of TB screening for LEA lausd changes nothing/, 422);
      spec(artistDecider).given(corrected).when(correct({ evidenceReference: 'tb-screening-lausd-2025-09-15' }))
        .thenEvents(([event]) => expect(event.data).toMatchObject({ evidenceReference: 'tb-screening-lausd-2025-09-15' }));
    });
  });
});
