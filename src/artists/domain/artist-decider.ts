import { Decider, Decision, refuse } from '../../command-handling';
import { ArtistClearanceCommand, ArtistCommand, CorrectClearanceGrant, GrantClearance, ReceiveArrestNotification, RegisterArtist, ReinstateClearance, RevokeClearance, SuspendClearance, WithdrawClearanceGrant } from './artist-commands';
import { artistExpiriesDueBy, clearanceStatusOn, describeClearanceProblem, grantInForceOn, standingChangeOn } from './artist-clearance-standing';
import { ArtistEvent } from './artist-events';
import { ArtistState, clearanceHistory, evolveArtist, initialArtistState } from './artist-state';
import { expiryUnder, schoolYearLastDayFor, validityFor } from './clearance-policy';
import { ClearanceRequirement, requirementLabel } from './clearance-requirement';

type ArtistDecision = Decision<ArtistEvent>;

function clearanceName(requirement: ClearanceRequirement, lea: string): string {
  return `${requirementLabel(requirement)} for LEA ${lea}`;
}

function registerArtist(command: RegisterArtist, state: ArtistState): ArtistDecision {
  if (state.exists) return refuse('artist.not-yet-registered', `teaching artist ${command.artistId} is already registered`);
  if (!command.partnerExists) return refuse('artist.partner-exists', `partner ${command.partnerId} has not been proposed`);
  if (command.artForms.length === 0) return refuse('artist.art-forms', 'a teaching artist needs at least one art form', 422);
  const { artistId, partnerId, name, engagement, artForms, effectiveDate } = command;
  return [{ type: 'ArtistRegistered', data: { artistId, partnerId, name, engagement, artForms: [...new Set(artForms)], effectiveDate } }];
}

function grantClearance(command: GrantClearance, state: ArtistState): ArtistDecision {
  const { requirement, lea, effectiveDate, policy } = command;
  const name = clearanceName(requirement, lea);
  if (command.expiresOn !== undefined && command.expiresOn < effectiveDate) {
    return refuse('clearance.expiry-after-effective-date', `${name}: expiry ${command.expiresOn} is before the effective date ${effectiveDate}`, 422, 'expiresOn');
  }
  const validity = validityFor(policy, lea, state.engagement, requirement);
  const schoolYearLastDay = schoolYearLastDayFor(policy, lea);
  const policyExpiry = expiryUnder(validity, effectiveDate, schoolYearLastDay);
  if (command.expiresOn !== undefined && policyExpiry !== null && command.expiresOn > policyExpiry) {
    return refuse('clearance.expiry-within-policy', `${name} effective ${effectiveDate} can be valid at most until ${policyExpiry} under clearance policy ${policy.version}`, 422, 'expiresOn');
  }
  const history = clearanceHistory(state, lea, requirement);
  const previous = clearanceStatusOn(state, lea, requirement, effectiveDate);
  if (previous.status === 'suspended') {
    return refuse('clearance.not-suspended', `${describeClearanceProblem(state, lea, requirement, previous)}: reinstate or revoke it; a new grant does not lift a suspension`);
  }
  const earlier = history?.grants ?? [];
  if (previous.status === 'revoked' && earlier.some((g) => g.evidenceReference === command.evidenceReference)) {
    return refuse('clearance.new-evidence-after-revocation', `${name} was revoked on ${previous.since}; a new grant needs new evidence, and ${command.evidenceReference} was already used`);
  }
  const duplicate = earlier.find((g) => g.withdrawn === null && g.effectiveDate === effectiveDate && g.evidenceReference === command.evidenceReference);
  if (duplicate) return refuse('clearance.not-already-granted', `${name} effective ${effectiveDate} on evidence ${command.evidenceReference} is already recorded as grant ${duplicate.grantNumber}`);

  const grantNumber = earlier.length + 1;
  const expiresOn = command.expiresOn ?? policyExpiry;
  const events: ArtistEvent[] = [
    {
      type: 'ClearanceGranted',
      data: {
        artistId: state.artistId,
        lea,
        requirement,
        grantNumber,
        effectiveDate,
        expiresOn,
        expirySource: command.expiresOn !== undefined ? 'given' : 'policy',
        evidenceReference: command.evidenceReference,
        resultIds: [...(command.resultIds ?? [])],
        engagement: state.engagement,
        policy: { version: policy.version, validity, ...(validity.kind === 'school-year' ? { schoolYearLastDay } : {}) },
      },
    },
  ];
  // A grant replacing one in force on its effective date (valid, expired or revoked) is a renewal.
  if (previous.grantNumber !== undefined && previous.status !== 'not-yet-valid') {
    events.push({
      type: 'ClearanceRenewed',
      data: { artistId: state.artistId, lea, requirement, grantNumber, replacesGrantNumber: previous.grantNumber, previousStatus: previous.status, effectiveDate, expiresOn },
    });
  }
  return events;
}

/** The grant a suspension, revocation or arrest notice would act on, or a refusal naming what is missing. */
function grantToActOn(state: ArtistState, requirement: ClearanceRequirement, lea: string, date: string, rule: string, action: string) {
  const history = clearanceHistory(state, lea, requirement);
  const grant = grantInForceOn(history, date);
  if (!grant) return { refusal: refuse(rule, `no ${requirementLabel(requirement)} granted by LEA ${lea} in force on ${date} to ${action}`) };
  return { grant, change: standingChangeOn(history, grant, date) };
}

function receiveArrestNotification(command: ReceiveArrestNotification, state: ArtistState): ArtistDecision {
  const { lea, noticeReference, effectiveDate } = command;
  if (state.arrestNotifications.some((n) => n.lea === lea && n.noticeReference === noticeReference)) {
    return refuse('clearance.arrest-notice-not-yet-recorded', `arrest notification ${noticeReference} from LEA ${lea} is already recorded`);
  }
  const target = grantToActOn(state, 'background-check', lea, effectiveDate, 'clearance.arrest-notice-has-background-check', 'suspend');
  if (target.refusal) return target.refusal;
  const received: ArtistEvent = { type: 'ArrestNotificationReceived', data: { artistId: state.artistId, lea, noticeReference, effectiveDate } };
  // Already suspended or revoked: the notice is recorded as evidence, the clearance's standing does not change.
  if (target.change) return [received];
  return [
    received,
    {
      type: 'ClearanceSuspended',
      data: {
        artistId: state.artistId,
        lea,
        requirement: 'background-check',
        reason: `arrest notification ${noticeReference}`,
        cause: 'arrest-notification',
        noticeReference,
        effectiveDate,
      },
    },
  ];
}

function suspendClearance(command: SuspendClearance, state: ArtistState): ArtistDecision {
  const { requirement, lea, reason, effectiveDate } = command;
  const target = grantToActOn(state, requirement, lea, effectiveDate, 'clearance.suspendable', 'suspend');
  if (target.refusal) return target.refusal;
  if (target.change) {
    return refuse('clearance.suspendable', `${clearanceName(requirement, lea)} is already ${target.change.kind} since ${target.change.effectiveDate}`);
  }
  return [{ type: 'ClearanceSuspended', data: { artistId: state.artistId, lea, requirement, reason, cause: 'compliance-decision', effectiveDate } }];
}

function revokeClearance(command: RevokeClearance, state: ArtistState): ArtistDecision {
  const { requirement, lea, reason, effectiveDate } = command;
  const target = grantToActOn(state, requirement, lea, effectiveDate, 'clearance.revocable', 'revoke');
  if (target.refusal) return target.refusal;
  if (target.change?.kind === 'revoked') {
    return refuse('clearance.revocable', `${clearanceName(requirement, lea)} is already revoked since ${target.change.effectiveDate}`);
  }
  return [{ type: 'ClearanceRevoked', data: { artistId: state.artistId, lea, requirement, reason, effectiveDate } }];
}

function reinstateClearance(command: ReinstateClearance, state: ArtistState): ArtistDecision {
  const { requirement, lea, evidenceReference, effectiveDate } = command;
  const name = clearanceName(requirement, lea);
  const target = grantToActOn(state, requirement, lea, effectiveDate, 'clearance.reinstatement-needs-suspension', 'reinstate');
  if (target.refusal) return target.refusal;
  if (target.change?.kind === 'revoked') {
    return refuse('clearance.reinstatement-needs-suspension', `${name} was revoked on ${target.change.effectiveDate}: a revocation is final; grant a new clearance on new evidence`);
  }
  if (!target.change) return refuse('clearance.reinstatement-needs-suspension', `${name} is not suspended on ${effectiveDate}: only a suspended clearance can be reinstated`);
  return [{ type: 'ClearanceReinstated', data: { artistId: state.artistId, lea, requirement, evidenceReference, effectiveDate } }];
}

function grantToCorrect(state: ArtistState, command: CorrectClearanceGrant | WithdrawClearanceGrant) {
  const grant = clearanceHistory(state, command.lea, command.requirement)?.grants.find((g) => g.grantNumber === command.grantNumber);
  if (!grant || grant.withdrawn) {
    return { refusal: refuse('clearance.grant-correctable', `${clearanceName(command.requirement, command.lea)} has no grant ${command.grantNumber}${grant ? ' in force (it was withdrawn)' : ''}`) };
  }
  return { grant };
}

function correctClearanceGrant(command: CorrectClearanceGrant, state: ArtistState): ArtistDecision {
  const { lea, requirement, grantNumber, reason } = command;
  const found = grantToCorrect(state, command);
  if (found.refusal) return found.refusal;
  const effectiveDate = command.effectiveDate ?? found.grant.effectiveDate;
  const expiresOn = command.expiresOn === undefined ? found.grant.expiresOn : command.expiresOn;
  const evidenceReference = command.evidenceReference ?? found.grant.evidenceReference;
  if (expiresOn !== null && expiresOn < effectiveDate) {
    return refuse('clearance.expiry-after-effective-date', `${clearanceName(requirement, lea)}: expiry ${expiresOn} is before the effective date ${effectiveDate}`, 422, 'expiresOn');
  }
  const g = found.grant;
  if (effectiveDate === g.effectiveDate && expiresOn === g.expiresOn && evidenceReference === g.evidenceReference) {
    return refuse('clearance.correction-changes-something', `the correction of grant ${grantNumber} of ${clearanceName(requirement, lea)} changes nothing`, 422);
  }
  return [{ type: 'ClearanceGrantCorrected', data: { artistId: state.artistId, lea, requirement, grantNumber, effectiveDate, expiresOn, evidenceReference, reason } }];
}

function withdrawClearanceGrant(command: WithdrawClearanceGrant, state: ArtistState): ArtistDecision {
  const found = grantToCorrect(state, command);
  if (found.refusal) return found.refusal;
  const { lea, requirement, grantNumber, reason } = command;
  return [{ type: 'ClearanceGrantWithdrawn', data: { artistId: state.artistId, lea, requirement, grantNumber, reason, effectiveDate: found.grant.effectiveDate } }];
}

function decideClearance(command: ArtistClearanceCommand, state: ArtistState): ArtistDecision {
  switch (command.type) {
    case 'GrantClearance':
      return grantClearance(command, state);
    case 'ReceiveArrestNotification':
      return receiveArrestNotification(command, state);
    case 'SuspendClearance':
      return suspendClearance(command, state);
    case 'RevokeClearance':
      return revokeClearance(command, state);
    case 'ReinstateClearance':
      return reinstateClearance(command, state);
    case 'CorrectClearanceGrant':
      return correctClearanceGrant(command, state);
    case 'WithdrawClearanceGrant':
      return withdrawClearanceGrant(command, state);
    case 'RecordClearanceExpiries':
      return artistExpiriesDueBy(state, command.asOf);
  }
}

export const artistDecider: Decider<ArtistCommand, ArtistEvent, ArtistState> = {
  initialState: initialArtistState,
  decide(command, state) {
    if (command.type === 'RegisterArtist') return registerArtist(command, state);
    // The sweep visits every artist stream; an unregistered one simply has nothing due.
    if (!state.exists) return command.type === 'RecordClearanceExpiries' ? [] : refuse('artist.registered', 'the teaching artist has not been registered');
    return decideClearance(command, state);
  },
  evolve: evolveArtist,
};
