import { DomainEvent } from '../../command-handling';
import { ArtForm } from '../../artists/domain/art-form';
import { AgreementKind, PartnerKind, PartnerService } from './partner-profile';

/*
 * Dates: an insurance certificate covers from `effectiveDate` up to, not including, `expiresOn` (the expiration
 * date printed on a certificate is the first day without cover). An agreement's term covers `startsOn` to
 * `endsOn`, both included. A suspension, reinstatement or removal holds from its `effectiveDate`.
 */

export type PartnerProposedData = {
  readonly partnerId: string;
  /** The proposing LEA. A partner removed by an LEA is proposed again to that LEA before it can be approved there again. */
  readonly lea: string;
  readonly name: string;
  readonly kind: PartnerKind;
  readonly services: readonly PartnerService[];
  readonly artForms: readonly ArtForm[];
  readonly effectiveDate: string;
};

export type InsuranceCertificateAcceptedData = {
  readonly partnerId: string;
  readonly lea: string;
  /** 1, 2, … per partner: cancellations and expiries name the certificate they speak about. */
  readonly certificateNumber: number;
  readonly carrier: string;
  readonly policyNumber: string;
  /** Always true: a certificate that does not name the LEA as additional insured is refused. */
  readonly leaNamedAdditionalInsured: true;
  readonly effectiveDate: string;
  readonly expiresOn: string;
};

export type InsuranceCancellationNotedData = {
  readonly partnerId: string;
  readonly lea: string;
  readonly certificateNumber: number;
  readonly policyNumber: string;
  /** First day without cover. */
  readonly effectiveDate: string;
};

export type ContractorCertificationAcceptedData = {
  readonly partnerId: string;
  readonly lea: string;
  readonly signedOn: string;
  readonly evidenceReference: string;
  readonly effectiveDate: string;
};

export type AgreementExecutedData = {
  readonly partnerId: string;
  readonly lea: string;
  readonly agreementId: string;
  readonly kind: AgreementKind;
  readonly startsOn: string;
  readonly endsOn: string;
  /** The day it was signed by both sides. */
  readonly effectiveDate: string;
};

export type PartnerApprovedData = {
  readonly partnerId: string;
  readonly lea: string;
  readonly effectiveDate: string;
};

/**
 * What made the system suspend a partner: its insurance or agreement for the LEA lapsed on the suspension's
 * effective date. `eventId` names the causing event in the partner stream (null when it could not be found).
 */
export type PartnerLapse = {
  readonly item: 'insurance' | 'agreement';
  readonly eventType: 'InsuranceCancellationNoted' | 'InsuranceExpired' | 'AgreementExpired';
  readonly eventId: string | null;
  readonly certificateNumber?: number;
  readonly policyNumber?: string;
  readonly agreementId?: string;
};

export type PartnerSuspendedData = {
  readonly partnerId: string;
  readonly lea: string;
  readonly reason: string;
  readonly effectiveDate: string;
  /**
   * Present when the system recorded the suspension because the insurance or agreement lapsed (actor
   * `system:partner-standing`); absent on a compliance decision and on every suspension recorded before it existed.
   * Either kind is lifted only by a compliance reinstatement (PartnerReinstated).
   */
  readonly lapse?: PartnerLapse;
};

export type PartnerReinstatedData = {
  readonly partnerId: string;
  readonly lea: string;
  readonly effectiveDate: string;
};

export type PartnerRemovedData = {
  readonly partnerId: string;
  readonly lea: string;
  readonly reason: string;
  readonly effectiveDate: string;
};

export type InsuranceExpiredData = {
  readonly partnerId: string;
  readonly lea: string;
  readonly certificateNumber: number;
  readonly policyNumber: string;
  /** The certificate's expiration date: the first day without its cover. */
  readonly expiredOn: string;
  readonly effectiveDate: string;
  /** Whether another accepted certificate covers `expiredOn` (a renewal in place): then nothing lapsed. */
  readonly coverageContinues: boolean;
};

export type AgreementExpiredData = {
  readonly partnerId: string;
  readonly lea: string;
  readonly agreementId: string;
  readonly endsOn: string;
  /** The first day after the term. */
  readonly expiredOn: string;
  readonly effectiveDate: string;
  /** Whether another executed agreement with the LEA covers `expiredOn`. */
  readonly coverageContinues: boolean;
};

/** A proposal recorded with a wrong name, kind, services or art forms: corrected values apply from now on. */
export type PartnerDetailsCorrectedData = {
  readonly partnerId: string;
  readonly name: string;
  readonly kind: PartnerKind;
  readonly services: readonly PartnerService[];
  readonly artForms: readonly ArtForm[];
  readonly reason: string;
  readonly effectiveDate: string;
};

export type PartnerEvent =
  | DomainEvent<'PartnerProposed', PartnerProposedData>
  | DomainEvent<'InsuranceCertificateAccepted', InsuranceCertificateAcceptedData>
  | DomainEvent<'InsuranceCancellationNoted', InsuranceCancellationNotedData>
  | DomainEvent<'ContractorCertificationAccepted', ContractorCertificationAcceptedData>
  | DomainEvent<'AgreementExecuted', AgreementExecutedData>
  | DomainEvent<'PartnerApproved', PartnerApprovedData>
  | DomainEvent<'PartnerSuspended', PartnerSuspendedData>
  | DomainEvent<'PartnerReinstated', PartnerReinstatedData>
  | DomainEvent<'PartnerRemoved', PartnerRemovedData>
  | DomainEvent<'InsuranceExpired', InsuranceExpiredData>
  | DomainEvent<'AgreementExpired', AgreementExpiredData>
  | DomainEvent<'PartnerDetailsCorrected', PartnerDetailsCorrectedData>;
