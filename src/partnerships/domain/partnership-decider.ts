import { Decider, Decision } from '../../command-handling';
import { assignArtist, correctSessionLog, endAssignment, logSession } from './assignment-decisions';
import { reviewAssignmentStanding } from './assignment-standing-review';
import { PartnershipCommand } from './partnership-commands';
import { PartnershipEvent } from './partnership-events';
// Registers the upcasters of older event shapes: whoever folds partnership events sees only the current shape.
import './partnership-event-versions';
import { evolvePartnership } from './partnership-evolution';
import {
  activate, conclude, deliverProfessionalDevelopment, enrolSchool, propose, recordCheckIn, recordCommitment, recordEvaluation, renew,
} from './partnership-lifecycle';
import { initialPartnershipState, PartnershipState } from './partnership-state';

function decide(command: PartnershipCommand, state: PartnershipState): Decision<PartnershipEvent> {
  switch (command.type) {
    case 'ProposePartnership': return propose(command, state);
    case 'EnrolSchool': return enrolSchool(command, state);
    case 'RecordCommitment': return recordCommitment(command, state);
    case 'ActivatePartnership': return activate(command, state);
    case 'AssignArtist': return assignArtist(command, state);
    case 'ReviewAssignmentStanding': return reviewAssignmentStanding(command, state);
    case 'EndAssignment': return endAssignment(command, state);
    case 'LogSession': return logSession(command, state);
    case 'CorrectSessionLog': return correctSessionLog(command, state);
    case 'DeliverProfessionalDevelopment': return deliverProfessionalDevelopment(command, state);
    case 'RecordCheckIn': return recordCheckIn(command, state);
    case 'RecordEvaluation': return recordEvaluation(command, state);
    case 'RenewPartnership': return renew(command, state);
    case 'ConcludePartnership': return conclude(command, state);
  }
}

export const partnershipDecider: Decider<PartnershipCommand, PartnershipEvent, PartnershipState> = {
  initialState: initialPartnershipState,
  decide,
  evolve: evolvePartnership,
};
