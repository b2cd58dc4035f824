import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLEARANCE_POLICY } from '../../artists/application/clearance-policy.provider';
import { artistDecider } from '../../artists/domain/artist-decider';
import { ClearancePolicy } from '../../artists/domain/clearance-policy';
import { AggregateNotFoundError, CommandResult, executeCommand } from '../../command-handling';
import { EventStore } from '../../event-store';
import { partnershipDecider } from '../domain/partnership-decider';
import { findAssignment } from '../domain/partnership-state';
import { partnershipStream } from '../domain/streams';
import { LogSessionMessage } from './partnership-command-messages';
import { OtherStreamFacts } from './other-stream-facts';

/** Rule 2 needs the assigned artist's clearances and its partner's standing as recorded now, judged on the session's date. */
@CommandHandler(LogSessionMessage)
export class LogSessionHandler implements ICommandHandler<LogSessionMessage, CommandResult> {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    private readonly facts: OtherStreamFacts,
    @Inject(CLEARANCE_POLICY) private readonly policy: ClearancePolicy,
  ) {}

  execute({ partnershipId, input, context }: LogSessionMessage): Promise<CommandResult> {
    const streamId = partnershipStream(partnershipId);
    return executeCommand({
      store: this.store,
      decider: partnershipDecider,
      id: input.sessionId,
      streamId,
      context,
      command: async (state) => {
        if (!state.exists) throw new AggregateNotFoundError(streamId);
        const assignment = findAssignment(state, input.assignmentId);
        // An unknown assignment is refused by the decider; the artist fold is only needed for a real one.
        const artist = assignment ? (await this.facts.artist(assignment.artistId)).state : artistDecider.initialState;
        const partner = assignment ? await this.facts.partner(assignment.partnerId) : null;
        return {
          type: 'LogSession' as const, ...input,
          facts: { artist, policy: this.policy, partner: partner === null ? undefined : partner.revision >= 0n ? partner.state : null },
        };
      },
    });
  }
}
