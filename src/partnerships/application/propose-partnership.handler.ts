import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult, executeCommand } from '../../command-handling';
import { EventStore } from '../../event-store';
import { partnershipDecider } from '../domain/partnership-decider';
import { partnershipStream } from '../domain/streams';
import { ProposePartnershipMessage } from './partnership-command-messages';
import { OtherStreamFacts } from './other-stream-facts';

@CommandHandler(ProposePartnershipMessage)
export class ProposePartnershipHandler implements ICommandHandler<ProposePartnershipMessage, CommandResult> {
  constructor(@Inject(EventStore) private readonly store: EventStore, private readonly facts: OtherStreamFacts) {}

  execute({ input, context }: ProposePartnershipMessage): Promise<CommandResult> {
    return executeCommand({
      store: this.store,
      decider: partnershipDecider,
      id: input.partnershipId,
      streamId: partnershipStream(input.partnershipId),
      context,
      command: async () => ({ type: 'ProposePartnership' as const, ...input, knownPartnerIds: await this.facts.existingPartnerIds(input.partnerIds) }),
    });
  }
}
