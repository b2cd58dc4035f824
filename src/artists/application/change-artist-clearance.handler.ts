import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateNotFoundError, CommandResult, executeCommand } from '../../command-handling';
import { EventStore } from '../../event-store';
import { ArtistCommand } from '../domain/artist-commands';
import { artistDecider } from '../domain/artist-decider';
import { ArtistState } from '../domain/artist-state';
import { ClearancePolicy } from '../domain/clearance-policy';
import { artistStream } from '../domain/streams';
import { ChangeArtistClearanceMessage } from './artist-command-messages';
import { CLEARANCE_POLICY } from './clearance-policy.provider';

@CommandHandler(ChangeArtistClearanceMessage)
export class ChangeArtistClearanceHandler implements ICommandHandler<ChangeArtistClearanceMessage, CommandResult> {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(CLEARANCE_POLICY) private readonly policy: ClearancePolicy,
  ) {}

  execute({ artistId, command, context }: ChangeArtistClearanceMessage): Promise<CommandResult> {
    const streamId = artistStream(artistId);
    return executeCommand({
      store: this.store,
      decider: artistDecider,
      id: artistId,
      streamId,
      context,
      command: (state: ArtistState): ArtistCommand => {
        // An unknown artist is a 404 for a caller; the sweep just finds nothing due there.
        if (!state.exists && command.type !== 'RecordClearanceExpiries') throw new AggregateNotFoundError(streamId);
        return command.type === 'GrantClearance' ? { ...command, policy: this.policy } : command;
      },
    });
  }
}
