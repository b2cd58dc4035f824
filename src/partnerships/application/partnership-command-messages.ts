import { CommandContext } from '../../command-handling';
import {
  ActivatePartnership, AssignArtist, ConcludePartnership, CorrectSessionLog, DeliverProfessionalDevelopment, EndAssignment, LogSession,
  ProposePartnership, RecordCheckIn, RecordCommitment, RecordEvaluation, RenewPartnership,
} from '../domain/partnership-commands';

/*
 * The messages sent on the CommandBus. Commands needing facts from other streams have their own message
 * (their handler reads those streams); the rest share ChangePartnership.
 */

type Without<C, K extends keyof C> = Omit<C, K | 'type'>;

/** An id chosen by the client (`id` in the body) or derived from the command id, so a retry creates the same thing. */
export class ProposePartnershipMessage {
  constructor(readonly input: Without<ProposePartnership, 'knownPartnerIds'>, readonly context: CommandContext) {}
}

export class EnrolSchoolMessage {
  constructor(readonly partnershipId: string, readonly schoolId: string, readonly effectiveDate: string, readonly context: CommandContext) {}
}

export class AssignArtistMessage {
  constructor(readonly partnershipId: string, readonly input: Without<AssignArtist, 'facts'>, readonly context: CommandContext) {}
}

export class LogSessionMessage {
  constructor(readonly partnershipId: string, readonly input: Without<LogSession, 'facts'>, readonly context: CommandContext) {}
}

/** Commands decided on the partnership's own state alone. */
export type SelfContainedPartnershipCommand =
  | RecordCommitment | ActivatePartnership | EndAssignment | CorrectSessionLog | DeliverProfessionalDevelopment
  | RecordCheckIn | RecordEvaluation | RenewPartnership | ConcludePartnership;

export class ChangePartnershipMessage {
  constructor(
    readonly partnershipId: string,
    readonly command: SelfContainedPartnershipCommand,
    readonly context: CommandContext,
    /** The id answered to the caller, when the command creates something inside the partnership (a session correction…). */
    readonly answerId?: string,
  ) {}
}
