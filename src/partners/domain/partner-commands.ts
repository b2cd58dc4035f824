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
  | CorrectPartnerDetails;
