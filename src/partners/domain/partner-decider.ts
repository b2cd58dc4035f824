import { Decider, Decision, refuse, Refusal } from '../../command-handling';
import {
  AcceptContractorCertification, AcceptInsuranceCertificate, ApprovePartner, CorrectPartnerDetails, ExecuteAgreement,
  NoteInsuranceCancellation, PartnerCommand, ProposePartner, ReinstatePartner, RemovePartner, SuspendPartner,
} from './partner-commands';
import { PartnerEvent } from './partner-events';
import { partnerExpiriesDueBy } from './partner-expiries';
import { partnerLapsesDueBy } from './partner-lapses';
import { partnerEvidenceProblems } from './partner-standing';
import { currentRosterChange, evolvePartner, initialPartnerState, PartnerState, RosterChange } from './partner-state';

function requireProposed(state: PartnerState): Refusal | null {
  return state.exists ? null : refuse('partner.exists', 'the partner has not been proposed');
}

function invalidProfile(command: { services: readonly unknown[] }): Refusal | null {
  return command.services.length === 0 ? refuse('partner.services', 'a partner offers at least one service', 422) : null;
}

/** A partner is proposed once; it is proposed again only to an LEA that removed it from its roster. */
function propose(command: ProposePartner, state: PartnerState): Decision<PartnerEvent> {
  const invalid = invalidProfile(command);
  if (invalid) return invalid;
  if (state.exists) {
    const current = currentRosterChange(state, command.lea);
    if (current?.status !== 'removed') return refuse('partner.unique', `partner ${state.partnerId} (${state.name}) is already proposed`);
    if (command.effectiveDate < current.effectiveDate) {
      return refuse('partner.roster-order', `LEA ${command.lea} removed the partner on ${current.effectiveDate}; it cannot be proposed again before that`);
    }
  }
  const { partnerId, lea, name, kind, services, artForms, effectiveDate } = command;
  return [{ type: 'PartnerProposed', data: { partnerId, lea, name, kind, services: [...new Set(services)], artForms: [...new Set(artForms)], effectiveDate } }];
}

function correctDetails(command: CorrectPartnerDetails, state: PartnerState): Decision<PartnerEvent> {
  const refusal = requireProposed(state) ?? invalidProfile(command);
  if (refusal) return refusal;
  const { name, kind, services, artForms, reason, effectiveDate } = command;
  return [{
    type: 'PartnerDetailsCorrected',
    data: { partnerId: state.partnerId, name, kind, services: [...new Set(services)], artForms: [...new Set(artForms)], reason, effectiveDate },
  }];
}

function acceptInsurance(command: AcceptInsuranceCertificate, state: PartnerState): Decision<PartnerEvent> {
  const missing = requireProposed(state);
  if (missing) return missing;
  const { lea, carrier, policyNumber, effectiveDate, expiresOn } = command;
  if (!command.leaNamedAdditionalInsured) {
    return refuse('partner.insurance-additional-insured', `the general liability certificate must name LEA ${lea} as additional insured`, 422);
  }
  if (expiresOn <= effectiveDate) {
    return refuse('partner.insurance-term', `the certificate expires on ${expiresOn}, not after it takes effect on ${effectiveDate}`, 422);
  }
  const duplicate = state.insuranceCertificates.find(
    (c) => c.lea === lea && c.policyNumber === policyNumber && c.effectiveDate === effectiveDate && c.expiresOn === expiresOn && c.cancelledFrom === null,
  );
  if (duplicate) {
    return refuse('partner.insurance-unique', `policy ${policyNumber} from ${effectiveDate} to ${expiresOn} is already accepted for LEA ${lea} (certificate ${duplicate.certificateNumber})`);
  }
  return [{
    type: 'InsuranceCertificateAccepted',
    data: {
      partnerId: state.partnerId, lea, certificateNumber: state.insuranceCertificates.length + 1, carrier, policyNumber,
      leaNamedAdditionalInsured: true, effectiveDate, expiresOn,
    },
  }];
}

/** A cancellation notice speaks about a policy: it ends the cover of every certificate of that policy still giving cover then. */
function noteCancellation(command: NoteInsuranceCancellation, state: PartnerState): Decision<PartnerEvent> {
  const missing = requireProposed(state);
  if (missing) return missing;
  const { lea, policyNumber, effectiveDate } = command;
  const ofPolicy = state.insuranceCertificates.filter((c) => c.lea === lea && c.policyNumber === policyNumber);
  if (ofPolicy.length === 0) return refuse('partner.insurance-known', `no certificate for policy ${policyNumber} was accepted for LEA ${lea}`);
  const affected = ofPolicy.filter((c) => effectiveDate < c.expiresOn && (c.cancelledFrom === null || effectiveDate < c.cancelledFrom));
  if (affected.length === 0) {
    return refuse('partner.insurance-cancellable', `policy ${policyNumber} for LEA ${lea} gives no cover on or after ${effectiveDate} to cancel`);
  }
  return affected.map((c) => ({
    type: 'InsuranceCancellationNoted' as const,
    data: { partnerId: state.partnerId, lea, certificateNumber: c.certificateNumber, policyNumber, effectiveDate },
  }));
}

function acceptCertification(command: AcceptContractorCertification, state: PartnerState): Decision<PartnerEvent> {
  const missing = requireProposed(state);
  if (missing) return missing;
  const { lea, signedOn, evidenceReference } = command;
  return [{ type: 'ContractorCertificationAccepted', data: { partnerId: state.partnerId, lea, signedOn, evidenceReference, effectiveDate: signedOn } }];
}

function executeAgreement(command: ExecuteAgreement, state: PartnerState): Decision<PartnerEvent> {
  const missing = requireProposed(state);
  if (missing) return missing;
  const { lea, agreementId, kind, startsOn, endsOn, effectiveDate } = command;
  if (endsOn < startsOn) return refuse('partner.agreement-term', `the agreement cannot end (${endsOn}) before it starts (${startsOn})`, 422);
  if (state.agreements.some((a) => a.agreementId === agreementId)) return refuse('partner.agreement-unique', `agreement ${agreementId} is already executed`);
  return [{ type: 'AgreementExecuted', data: { partnerId: state.partnerId, lea, agreementId, kind, startsOn, endsOn, effectiveDate } }];
}

/** Roster decisions of one LEA are recorded in date order, so "status on date D" is never rewritten by a back-dated one. */
function backDated(current: RosterChange | null, lea: string, effectiveDate: string): Refusal | null {
  if (current === null || effectiveDate >= current.effectiveDate) return null;
  return refuse('partner.roster-order', `LEA ${lea}'s latest roster decision (${current.status}) took effect on ${current.effectiveDate}; a new one cannot take effect before it`);
}

function approve(command: ApprovePartner, state: PartnerState): Decision<PartnerEvent> {
  const missing = requireProposed(state);
  if (missing) return missing;
  const { lea, effectiveDate } = command;
  const current = currentRosterChange(state, lea);
  if (current?.status === 'approved') return refuse('partner.approval', `partner is already approved by LEA ${lea} since ${current.effectiveDate}`);
  if (current?.status === 'suspended') return refuse('partner.approval', `partner is suspended by LEA ${lea} since ${current.effectiveDate}; reinstate it instead`);
  if (current?.status === 'removed') {
    return refuse('partner.removed', `partner was removed from the roster of LEA ${lea} on ${current.effectiveDate}; propose it to LEA ${lea} again before approving it`);
  }
  const refusal = backDated(current, lea, effectiveDate);
  if (refusal) return refusal;
  const problems = partnerEvidenceProblems(state, lea, effectiveDate);
  if (problems.length > 0) {
    return refuse('partner.approval-prerequisites', `partner cannot be approved by LEA ${lea} on ${effectiveDate}: ${problems.join('; ')}`);
  }
  return [{ type: 'PartnerApproved', data: { partnerId: state.partnerId, lea, effectiveDate } }];
}

function suspend(command: SuspendPartner, state: PartnerState): Decision<PartnerEvent> {
  const missing = requireProposed(state);
  if (missing) return missing;
  const { lea, reason, effectiveDate } = command;
  const current = currentRosterChange(state, lea);
  if (current?.status === 'suspended') return refuse('partner.suspension', `partner is already suspended by LEA ${lea} since ${current.effectiveDate} (${current.reason})`);
  if (current?.status !== 'approved') return refuse('partner.suspension', `partner is not on the roster of LEA ${lea}`);
  const refusal = backDated(current, lea, effectiveDate);
  if (refusal) return refusal;
  return [{ type: 'PartnerSuspended', data: { partnerId: state.partnerId, lea, reason, effectiveDate } }];
}

/** Reinstating needs a suspension, and the evidence the LEA requires must hold again (e.g. the lapsed insurance renewed). */
function reinstate(command: ReinstatePartner, state: PartnerState): Decision<PartnerEvent> {
  const missing = requireProposed(state);
  if (missing) return missing;
  const { lea, effectiveDate } = command;
  const current = currentRosterChange(state, lea);
  if (current?.status !== 'suspended') return refuse('partner.reinstatement', `partner is not suspended by LEA ${lea}`);
  const refusal = backDated(current, lea, effectiveDate);
  if (refusal) return refusal;
  const problems = partnerEvidenceProblems(state, lea, effectiveDate);
  if (problems.length > 0) {
    return refuse('partner.reinstatement-prerequisites', `partner cannot be reinstated by LEA ${lea} on ${effectiveDate}: ${problems.join('; ')}`);
  }
  return [{ type: 'PartnerReinstated', data: { partnerId: state.partnerId, lea, effectiveDate } }];
}

function remove(command: RemovePartner, state: PartnerState): Decision<PartnerEvent> {
  const missing = requireProposed(state);
  if (missing) return missing;
  const { lea, reason, effectiveDate } = command;
  const current = currentRosterChange(state, lea);
  if (current?.status === 'removed') return refuse('partner.removal', `partner was already removed from the roster of LEA ${lea} on ${current.effectiveDate}`);
  if (current?.status !== 'approved' && current?.status !== 'suspended') return refuse('partner.removal', `partner is not on the roster of LEA ${lea}`);
  const refusal = backDated(current, lea, effectiveDate);
  if (refusal) return refusal;
  return [{ type: 'PartnerRemoved', data: { partnerId: state.partnerId, lea, reason, effectiveDate } }];
}

function decide(command: PartnerCommand, state: PartnerState): Decision<PartnerEvent> {
  switch (command.type) {
    case 'ProposePartner': return propose(command, state);
    case 'CorrectPartnerDetails': return correctDetails(command, state);
    case 'AcceptInsuranceCertificate': return acceptInsurance(command, state);
    case 'NoteInsuranceCancellation': return noteCancellation(command, state);
    case 'AcceptContractorCertification': return acceptCertification(command, state);
    case 'ExecuteAgreement': return executeAgreement(command, state);
    case 'ApprovePartner': return approve(command, state);
    case 'SuspendPartner': return suspend(command, state);
    case 'ReinstatePartner': return reinstate(command, state);
    case 'RemovePartner': return remove(command, state);
    // Nothing due is not a refusal: the sweep visits every partner and most have nothing to record.
    case 'RecordPartnerExpiries': return partnerExpiriesDueBy(state, command.asOf);
    case 'RecordPartnerLapses': return partnerLapsesDueBy(state, command);
  }
}

export const partnerDecider: Decider<PartnerCommand, PartnerEvent, PartnerState> = {
  initialState: initialPartnerState,
  decide,
  evolve: evolvePartner,
};
