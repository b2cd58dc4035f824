import { ArtForm } from '../../artists/domain/art-form';
import { AgreementKind, PartnerKind, PartnerService } from './partner-profile';

export interface ProposePartner {
  readonly type: 'ProposePartner';
  readonly partnerId: string;
  readonly lea: string;
  readonly name: string;
  readonly kind: PartnerKind;
  readonly services: readonly PartnerService[];
  readonly artForms: readonly ArtForm[];
  readonly effectiveDate: string;
}

export interface AcceptInsuranceCertificate {
  readonly type: 'AcceptInsuranceCertificate';
  readonly lea: string;
  readonly carrier: string;
  readonly policyNumber: string;
  readonly leaNamedAdditionalInsured: boolean;
  readonly effectiveDate: string;
  readonly expiresOn: string;
}

export interface NoteInsuranceCancellation {
  readonly type: 'NoteInsuranceCancellation';
  readonly lea: string;
  readonly policyNumber: string;
  readonly effectiveDate: string;
}

export interface AcceptContractorCertification {
  readonly type: 'AcceptContractorCertification';
  readonly lea: string;
  readonly signedOn: string;
  readonly evidenceReference: string;
}

export interface ExecuteAgreement {
  readonly type: 'ExecuteAgreement';
  readonly lea: string;
  readonly agreementId: string;
  readonly kind: AgreementKind;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly effectiveDate: string;
}

export interface ApprovePartner {
  readonly type: 'ApprovePartner';
  readonly lea: string;
  readonly effectiveDate: string;
}

export interface SuspendPartner {
  readonly type: 'SuspendPartner';
  readonly lea: string;
  readonly reason: string;
  readonly effectiveDate: string;
}

export interface ReinstatePartner {
  readonly type: 'ReinstatePartner';
  readonly lea: string;
  readonly effectiveDate: string;
}

export interface RemovePartner {
  readonly type: 'RemovePartner';
  readonly lea: string;
  readonly reason: string;
  readonly effectiveDate: string;
}

/** The expiry sweep (rule 4): records the insurance and agreement expiries due by `asOf` not recorded yet. */
export interface RecordPartnerExpiries {
  readonly type: 'RecordPartnerExpiries';
  readonly asOf: string;
}

/** An event in the partner stream that can cause a lapse, with its id (read by the handler: the decider stays pure). */
export interface LapseEventRef {
  readonly eventType: 'InsuranceCancellationNoted' | 'InsuranceExpired' | 'AgreementExpired';
  readonly certificateNumber?: number;
  readonly agreementId?: string;
  readonly eventId: string;
}

/**
 * Run by the system (the sweep for `asOf`, and at once after a cancellation notice dated on or before today):
 * suspends the partner on an LEA's roster from the first day its insurance or agreement lapsed, when it is
 * approved there and that day falls on or after the approval in force.
 */
export interface RecordPartnerLapses {
  readonly type: 'RecordPartnerLapses';
  readonly asOf: string;
  readonly causingEvents: readonly LapseEventRef[];
}

export interface CorrectPartnerDetails {
  readonly type: 'CorrectPartnerDetails';
  readonly name: string;
  readonly kind: PartnerKind;
  readonly services: readonly PartnerService[];
  readonly artForms: readonly ArtForm[];
  readonly reason: string;
  readonly effectiveDate: string;
}

export type PartnerCommand =
  | ProposePartner
  | AcceptInsuranceCertificate
  | NoteInsuranceCancellation
  | AcceptContractorCertification
  | ExecuteAgreement
  | ApprovePartner
  | SuspendPartner
  | ReinstatePartner
  | RemovePartner
  | RecordPartnerExpiries
  | RecordPartnerLapses
  | CorrectPartnerDetails;
