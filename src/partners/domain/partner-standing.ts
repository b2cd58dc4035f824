import { InsuranceCertificate, PartnerState, rosterChangeOn } from './partner-state';

/** Whether a certificate gives cover on `date`: effective, not yet at its expiration date, not cancelled by then. */
export function certificateCovers(certificate: InsuranceCertificate, date: string): boolean {
  return certificate.effectiveDate <= date && date < certificate.expiresOn && (certificate.cancelledFrom === null || date < certificate.cancelledFrom);
}

function insuranceProblem(partner: PartnerState, lea: string, date: string): string | null {
  const certificates = partner.insuranceCertificates.filter((c) => c.lea === lea);
  if (certificates.length === 0) return `no accepted insurance for LEA ${lea}`;
  if (certificates.some((c) => certificateCovers(c, date))) return null;
  const started = certificates.filter((c) => c.effectiveDate <= date);
  if (started.length === 0) {
    const first = certificates.map((c) => c.effectiveDate).sort()[0];
    return `insurance for LEA ${lea} starts only on ${first}`;
  }
  // Of the certificates that had started, the one whose cover lasted longest explains why there is none now.
  const endOfCover = (c: InsuranceCertificate) => (c.cancelledFrom !== null && c.cancelledFrom < c.expiresOn ? c.cancelledFrom : c.expiresOn);
  const last = started.reduce((a, b) => (endOfCover(b) >= endOfCover(a) ? b : a));
  return last.cancelledFrom !== null && last.cancelledFrom < last.expiresOn
    ? `insurance for LEA ${lea} was cancelled from ${last.cancelledFrom}`
    : `insurance for LEA ${lea} expired on ${last.expiresOn}`;
}

function certificationProblem(partner: PartnerState, lea: string, date: string): string | null {
  const certifications = partner.contractorCertifications.filter((c) => c.lea === lea);
  if (certifications.length === 0) return `no contractor certification for LEA ${lea}`;
  if (certifications.some((c) => c.signedOn <= date)) return null;
  return `contractor certification for LEA ${lea} was signed only on ${certifications.map((c) => c.signedOn).sort()[0]}`;
}

function agreementProblem(partner: PartnerState, lea: string, date: string): string | null {
  const covering = partner.agreements.some((a) => a.lea === lea && a.startsOn <= date && date <= a.endsOn);
  return covering ? null : `no agreement with LEA ${lea} covers ${date}`;
}

/** The evidence an LEA needs before a partner works for it (and before approving or reinstating it), on `date`. */
export function partnerEvidenceProblems(partner: PartnerState, lea: string, date: string): string[] {
  return [insuranceProblem(partner, lea, date), agreementProblem(partner, lea, date), certificationProblem(partner, lea, date)]
    .filter((problem): problem is string => problem !== null);
}

function rosterProblem(partner: PartnerState, lea: string, date: string): string | null {
  const inForce = rosterChangeOn(partner, lea, date);
  switch (inForce?.status) {
    case 'approved': return null;
    case 'suspended': {
      // A suspension already ended by a later decision is named as the gap it was, with both dates.
      const next = partner.rosterChanges.find((c) => c.lea === lea && c.effectiveDate > date);
      return next
        ? `partner was suspended by LEA ${lea} from ${inForce.effectiveDate} until ${next.effectiveDate} (${inForce.reason})`
        : `partner is suspended by LEA ${lea} since ${inForce.effectiveDate} (${inForce.reason})`;
    }
    case 'removed': return `partner was removed from the roster of LEA ${lea} on ${inForce.effectiveDate} (${inForce.reason})`;
    default: {
      const laterApproval = partner.rosterChanges.find((c) => c.lea === lea && c.status === 'approved' && c.effectiveDate > date);
      return laterApproval ? `approved by LEA ${lea} only from ${laterApproval.effectiveDate}` : `not approved by LEA ${lea}`;
    }
  }
}

/**
 * Empty when the partner may work in `lea` on `date`: on that LEA's roster (approved, not suspended or removed),
 * with insurance covering the date and not cancelled by then, an agreement covering the date and a contractor
 * certification for that LEA. Otherwise one sentence per problem, for refusals users read.
 */
export function partnerStandingProblems(partner: PartnerState, lea: string, date: string): string[] {
  if (!partner.exists) return ['partner has not been proposed'];
  const roster = rosterProblem(partner, lea, date);
  return [...(roster ? [roster] : []), ...partnerEvidenceProblems(partner, lea, date)];
}
