import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateNotFoundError, CommandResult, executeCommand } from '../../command-handling';
import { EventStore } from '../../event-store';
import { partnershipDecider } from '../domain/partnership-decider';
import { partnershipStream } from '../domain/streams';
import { ChangePartnershipMessage } from './partnership-command-messages';

@CommandHandler(ChangePartnershipMessage)
export class ChangePartnershipHandler implements ICommandHandler<ChangePartnershipMessage, CommandResult> {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  execute({ partnershipId, command, context, answerId }: ChangePartnershipMessage): Promise<CommandResult> {
    const streamId = partnershipStream(partnershipId);
    return executeCommand({
      store: this.store,
      decider: partnershipDecider,
      id: answerId ?? partnershipId,
      streamId,
      context,
      command: (state) => {
        if (!state.exists) throw new AggregateNotFoundError(streamId);
        return command;
      },
    });
  }
}
