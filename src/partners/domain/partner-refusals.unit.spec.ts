import { spec } from '../../testing/decider-specification';
import { AcceptInsuranceCertificate } from './partner-commands';
import { partnerDecider } from './partner-decider';
import { PartnerEvent } from './partner-events';
import { insuranceAccepted, proposed } from './partner-fixtures';

/* Refusals no other test named: the good input is accepted, the bad one refused with the rule and a detail naming the item, no event written. */
const partner = spec(partnerDecider);
const accept = (overrides: Partial<AcceptInsuranceCertificate> = {}): AcceptInsuranceCertificate => ({
  type: 'AcceptInsuranceCertificate', lea: 'lausd', carrier: 'Acme Mutual', policyNumber: 'GL-1', leaNamedAdditionalInsured: true,
  effectiveDate: '2026-01-01', expiresOn: '2027-01-01', ...overrides,
});

describe('partner refusals', () => {
  describe('partner.insurance-unique', () => {
    it('refuses the same certificate accepted twice for an LEA, naming the policy, its term and the certificate already on file', () => {
      partner.given([proposed, insuranceAccepted()]).when(accept())
        .thenRefused('partner.insurance-unique', 'policy GL-1 from 2026-01-01 to 2027-01-01 is already accepted for LEA lausd (certificate 1)', 409);
    });

    it('accepts the same policy renewed for a new term, or for another LEA', () => {
      partner.given([proposed, insuranceAccepted()]).when(accept({ effectiveDate: '2027-01-01', expiresOn: '2028-01-01' }))
        .thenEvents(([event]) => expect(event.data).toMatchObject({ certificateNumber: 2, policyNumber: 'GL-1', effectiveDate: '2027-01-01' }));
      partner.given([proposed, insuranceAccepted()]).when(accept({ lea: 'pusd' }))
        .thenEvents(([event]) => expect(event.data).toMatchObject({ certificateNumber: 2, lea: 'pusd' }));
    });

    it('accepts the certificate again once its cancellation was noted (the cover is reinstated)', () => {
      const cancelled: PartnerEvent = { type: 'InsuranceCancellationNoted', data: { partnerId: 'p1', lea: 'lausd', certificateNumber: 1, policyNumber: 'GL-1', effectiveDate: '2026-03-01' } };
      partner.given([proposed, insuranceAccepted(), cancelled]).when(accept())
        .thenEvents(([event]) => expect(event).toMatchObject({ type: 'InsuranceCertificateAccepted', data: { certificateNumber: 2, policyNumber: 'GL-1' } }));
    });
  });
});
