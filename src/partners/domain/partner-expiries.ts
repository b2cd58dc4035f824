import { dayAfter } from './calendar-dates';
import { PartnerEvent } from './partner-events';
import { certificateCovers } from './partner-standing';
import { PartnerState } from './partner-state';

/**
 * The expiry sweep for one partner (rule 4): InsuranceExpired / AgreementExpired for every certificate and
 * agreement whose cover ended by `asOf` and whose expiry is not recorded yet — so a second sweep finds nothing.
 * A certificate cancelled before its expiration date is not reported as expiring: its cover already ended.
 */
export function partnerExpiriesDueBy(partner: PartnerState, asOf: string): PartnerEvent[] {
  if (!partner.exists) return [];
  const { partnerId } = partner;
  const expiries: PartnerEvent[] = [];
  for (const certificate of partner.insuranceCertificates) {
    const { lea, certificateNumber, policyNumber, expiresOn, cancelledFrom, expiryRecorded } = certificate;
    if (expiryRecorded || expiresOn > asOf || (cancelledFrom !== null && cancelledFrom <= expiresOn)) continue;
    const coverageContinues = partner.insuranceCertificates.some(
      (other) => other.certificateNumber !== certificateNumber && other.lea === lea && certificateCovers(other, expiresOn),
    );
    expiries.push({
      type: 'InsuranceExpired',
      data: { partnerId, lea, certificateNumber, policyNumber, expiredOn: expiresOn, effectiveDate: expiresOn, coverageContinues },
    });
  }
  for (const agreement of partner.agreements) {
    const { lea, agreementId, endsOn, expiryRecorded } = agreement;
    const expiredOn = dayAfter(endsOn);
    if (expiryRecorded || expiredOn > asOf) continue;
    const coverageContinues = partner.agreements.some(
      (other) => other.agreementId !== agreementId && other.lea === lea && other.startsOn <= expiredOn && expiredOn <= other.endsOn,
    );
    expiries.push({ type: 'AgreementExpired', data: { partnerId, lea, agreementId, endsOn, expiredOn, effectiveDate: expiredOn, coverageContinues } });
  }
  return expiries;
}
