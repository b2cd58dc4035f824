import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLEARANCE_POLICY } from '../../artists/application/clearance-policy.provider';
import { ClearancePolicy } from '../../artists/domain/clearance-policy';
import { AggregateNotFoundError, CommandResult, executeCommand } from '../../command-handling';
import { EventStore } from '../../event-store';
import { partnershipDecider } from '../domain/partnership-decider';
import { partnershipStream } from '../domain/streams';
import { AssignArtistMessage } from './partnership-command-messages';
import { OtherStreamFacts } from './other-stream-facts';

/** Rule 1 is checked against the current folds of the artist's, its partner's and the school's streams. */
@CommandHandler(AssignArtistMessage)
export class AssignArtistHandler implements ICommandHandler<AssignArtistMessage, CommandResult> {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    private readonly facts: OtherStreamFacts,
    @Inject(CLEARANCE_POLICY) private readonly policy: ClearancePolicy,
  ) {}

  execute({ partnershipId, input, context }: AssignArtistMessage): Promise<CommandResult> {
    const streamId = partnershipStream(partnershipId);
    return executeCommand({
      store: this.store,
      decider: partnershipDecider,
      id: input.assignmentId,
      streamId,
      context,
      // Read inside the builder so that a retry after a lost race reads the other streams afresh.
      command: async (state) => {
        if (!state.exists) throw new AggregateNotFoundError(streamId);
        const [artist, school] = await Promise.all([this.facts.artist(input.artistId), this.facts.school(input.schoolId)]);
        const partner = artist.state.exists ? await this.facts.partner(artist.state.partnerId) : null;
        return {
          type: 'AssignArtist' as const,
          ...input,
          facts: {
            artist: artist.state,
            partner: partner && partner.revision >= 0n ? partner.state : null,
            school: school.state,
            policy: this.policy,
            revisions: { artist: artist.revision, partner: partner?.revision ?? -1n, school: school.revision },
          },
        };
      },
    });
  }
}
