import { PartnerEvent } from './partner-events';

/*
 * Test data shared by the partner specs: a partner proposed by LAUSD with insurance for 2026, a certification
 * and an agreement for the 2026-27 school year — everything LAUSD needs to approve it.
 */
export const proposed: PartnerEvent = {
  type: 'PartnerProposed',
  data: { partnerId: 'p1', lea: 'lausd', name: 'Eastside Youth Symphony', kind: 'youth-symphony', services: ['small-ensembles'], artForms: ['music'], effectiveDate: '2026-01-05' },
};

export function insuranceAccepted(overrides: Partial<{ lea: string; certificateNumber: number; policyNumber: string; effectiveDate: string; expiresOn: string }> = {}): PartnerEvent {
  return {
    type: 'InsuranceCertificateAccepted',
    data: {
      partnerId: 'p1', lea: 'lausd', certificateNumber: 1, carrier: 'Acme Mutual', policyNumber: 'GL-1', leaNamedAdditionalInsured: true,
      effectiveDate: '2026-01-01', expiresOn: '2027-01-01', ...overrides,
    },
  };
}

export function certificationAccepted(lea = 'lausd', signedOn = '2026-01-10'): PartnerEvent {
  return { type: 'ContractorCertificationAccepted', data: { partnerId: 'p1', lea, signedOn, evidenceReference: 'CERT-77', effectiveDate: signedOn } };
}

export function agreementExecuted(overrides: Partial<{ lea: string; agreementId: string; startsOn: string; endsOn: string }> = {}): PartnerEvent {
  return {
    type: 'AgreementExecuted',
    data: { partnerId: 'p1', lea: 'lausd', agreementId: 'MOU-1', kind: 'mou', startsOn: '2026-01-15', endsOn: '2027-06-30', effectiveDate: '2026-01-12', ...overrides },
  };
}

export const readyForLausd: PartnerEvent[] = [proposed, insuranceAccepted(), certificationAccepted(), agreementExecuted()];

export function approved(effectiveDate = '2026-02-01', lea = 'lausd'): PartnerEvent {
  return { type: 'PartnerApproved', data: { partnerId: 'p1', lea, effectiveDate } };
}

export function suspended(effectiveDate = '2026-03-02', reason = 'insurance lapse', lea = 'lausd'): PartnerEvent {
  return { type: 'PartnerSuspended', data: { partnerId: 'p1', lea, reason, effectiveDate } };
}
