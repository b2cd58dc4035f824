import { ArtForm } from '../../artists/domain/art-form';
import { PartnerEvent, PartnerLapse } from './partner-events';
import { AgreementKind, PartnerKind, PartnerService } from './partner-profile';

export interface InsuranceCertificate {
  readonly certificateNumber: number;
  readonly lea: string;
  readonly carrier: string;
  readonly policyNumber: string;
  readonly effectiveDate: string;
  /** First day without cover. */
  readonly expiresOn: string;
  /** First day without cover because of a cancellation notice; null when none was noted. */
  readonly cancelledFrom: string | null;
  readonly expiryRecorded: boolean;
}

export interface ContractorCertification {
  readonly lea: string;
  readonly signedOn: string;
  readonly evidenceReference: string;
}

export interface Agreement {
  readonly agreementId: string;
  readonly lea: string;
  readonly kind: AgreementKind;
  readonly startsOn: string;
  /** Last day of the term, included. */
  readonly endsOn: string;
  readonly executedOn: string;
  readonly expiryRecorded: boolean;
}

export type RosterStatus = 'proposed' | 'approved' | 'suspended' | 'removed';

/** One roster decision of one LEA, holding from its effective date until the next one. */
export interface RosterChange {
  readonly lea: string;
  readonly status: RosterStatus;
  readonly effectiveDate: string;
  readonly reason?: string;
  /** On a suspension the system recorded for a lapse: what lapsed and the event behind it. */
  readonly lapse?: PartnerLapse;
}

export interface PartnerState {
  readonly exists: boolean;
  readonly partnerId: string;
  readonly name: string;
  readonly kind: PartnerKind;
  readonly services: readonly PartnerService[];
  readonly artForms: readonly ArtForm[];
  /** The LEA that first proposed the partner, and when. */
  readonly proposedBy: string;
  readonly proposedOn: string;
  // Lists, not maps keyed by LEA: LEA ids come from requests and must never become object keys.
  readonly insuranceCertificates: readonly InsuranceCertificate[];
  readonly contractorCertifications: readonly ContractorCertification[];
  readonly agreements: readonly Agreement[];
  /** Every roster decision in the order recorded: the history "on date D" is read from it. */
  readonly rosterChanges: readonly RosterChange[];
}

export const initialPartnerState: PartnerState = {
  exists: false,
  partnerId: '',
  name: '',
  kind: 'other',
  services: [],
  artForms: [],
  proposedBy: '',
  proposedOn: '',
  insuranceCertificates: [],
  contractorCertifications: [],
  agreements: [],
  rosterChanges: [],
};

/** The LEA's latest roster decision as recorded, or null when the partner never came before that LEA. */
export function currentRosterChange(state: PartnerState, lea: string): RosterChange | null {
  for (let i = state.rosterChanges.length - 1; i >= 0; i--) {
    if (state.rosterChanges[i].lea === lea) return state.rosterChanges[i];
  }
  return null;
}

/** The LEAs a partner has come before: roster decisions, insurance, contractor certifications, agreements; sorted. */
export function partnerLeas(partner: PartnerState): string[] {
  return [...new Set([
    ...partner.rosterChanges.map((c) => c.lea),
    ...partner.insuranceCertificates.map((c) => c.lea),
    ...partner.contractorCertifications.map((c) => c.lea),
    ...partner.agreements.map((a) => a.lea),
  ])].sort();
}

/** The partner's roster status in `lea` on `date` (the decision in force then), `not-yet-proposed` before any: what the partners list shows. */
export function rosterStatusInForce(state: PartnerState, lea: string, date: string): RosterStatus | 'not-yet-proposed' {
  return rosterChangeOn(state, lea, date)?.status ?? 'not-yet-proposed';
}

/**
 * The roster decision in force on `date`: the latest effective on or before it. Decisions are recorded in
 * date order per LEA (the decider refuses back-dating before the decision in force), so recorded order decides ties.
 */
export function rosterChangeOn(state: PartnerState, lea: string, date: string): RosterChange | null {
  let inForce: RosterChange | null = null;
  for (const change of state.rosterChanges) {
    if (change.lea === lea && change.effectiveDate <= date) inForce = change;
  }
  return inForce;
}

function withRosterChange(state: PartnerState, change: RosterChange): PartnerState {
  return { ...state, rosterChanges: [...state.rosterChanges, change] };
}

export function evolvePartner(state: PartnerState, event: PartnerEvent): PartnerState {
  switch (event.type) {
    case 'PartnerProposed': {
      const { partnerId, lea, name, kind, services, artForms, effectiveDate } = event.data;
      const first = state.exists ? {} : { proposedBy: lea, proposedOn: effectiveDate };
      return withRosterChange(
        { ...state, ...first, exists: true, partnerId, name, kind, services: [...services], artForms: [...artForms] },
        { lea, status: 'proposed', effectiveDate },
      );
    }
    case 'PartnerDetailsCorrected': {
      const { name, kind, services, artForms } = event.data;
      return { ...state, name, kind, services: [...services], artForms: [...artForms] };
    }
    case 'InsuranceCertificateAccepted': {
      const { certificateNumber, lea, carrier, policyNumber, effectiveDate, expiresOn } = event.data;
      const certificate: InsuranceCertificate = {
        certificateNumber, lea, carrier, policyNumber, effectiveDate, expiresOn, cancelledFrom: null, expiryRecorded: false,
      };
      return { ...state, insuranceCertificates: [...state.insuranceCertificates, certificate] };
    }
    case 'InsuranceCancellationNoted': {
      const { certificateNumber, effectiveDate } = event.data;
      return {
        ...state,
        insuranceCertificates: state.insuranceCertificates.map((c) => (c.certificateNumber === certificateNumber ? { ...c, cancelledFrom: effectiveDate } : c)),
      };
    }
    case 'InsuranceExpired':
      return {
        ...state,
        insuranceCertificates: state.insuranceCertificates.map((c) => (c.certificateNumber === event.data.certificateNumber ? { ...c, expiryRecorded: true } : c)),
      };
    case 'ContractorCertificationAccepted': {
      const { lea, signedOn, evidenceReference } = event.data;
      return { ...state, contractorCertifications: [...state.contractorCertifications, { lea, signedOn, evidenceReference }] };
    }
    case 'AgreementExecuted': {
      const { agreementId, lea, kind, startsOn, endsOn, effectiveDate } = event.data;
      return { ...state, agreements: [...state.agreements, { agreementId, lea, kind, startsOn, endsOn, executedOn: effectiveDate, expiryRecorded: false }] };
    }
    case 'AgreementExpired':
      return {
        ...state,
        agreements: state.agreements.map((a) => (a.agreementId === event.data.agreementId ? { ...a, expiryRecorded: true } : a)),
      };
    case 'PartnerApproved':
      return withRosterChange(state, { lea: event.data.lea, status: 'approved', effectiveDate: event.data.effectiveDate });
    case 'PartnerSuspended':
      return withRosterChange(state, {
        lea: event.data.lea, status: 'suspended', effectiveDate: event.data.effectiveDate, reason: event.data.reason, ...(event.data.lapse ? { lapse: event.data.lapse } : {}),
      });
    case 'PartnerReinstated':
      return withRosterChange(state, { lea: event.data.lea, status: 'approved', effectiveDate: event.data.effectiveDate });
    case 'PartnerRemoved':
      return withRosterChange(state, { lea: event.data.lea, status: 'removed', effectiveDate: event.data.effectiveDate, reason: event.data.reason });
    default:
      return state;
  }
}
