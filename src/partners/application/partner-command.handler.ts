import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateNotFoundError, CommandResult, executeCommand } from '../../command-handling';
import { Clock } from '../../clock/clock';
import { EventStore } from '../../event-store';
import { PartnerCommand } from '../domain/partner-commands';
import { partnerDecider } from '../domain/partner-decider';
import { PartnerState } from '../domain/partner-state';
import { partnerStream } from '../domain/streams';
import { PartnerCommandMessage } from './partner-command-message';
import { recordPartnerLapses } from './record-partner-lapses';

// A proposal may address a new stream; the sweep finds nothing due on an unknown partner.
const ALLOWED_ON_UNKNOWN_PARTNER: ReadonlySet<PartnerCommand['type']> = new Set(['ProposePartner', 'RecordPartnerExpiries']);

@CommandHandler(PartnerCommandMessage)
export class PartnerCommandHandler implements ICommandHandler<PartnerCommandMessage, CommandResult> {
  constructor(@Inject(EventStore) private readonly store: EventStore, @Inject(Clock) private readonly clock: Clock) {}

  async execute({ partnerId, command, context }: PartnerCommandMessage): Promise<CommandResult> {
    const streamId = partnerStream(partnerId);
    const result = await this.decide(partnerId, streamId, command, context);
    // A cancellation whose date has already come suspends the partner at once (a later one waits for the sweep of its date).
    if (command.type === 'NoteInsuranceCancellation' && command.effectiveDate <= this.clock.today()) {
      await recordPartnerLapses(this.store, streamId, this.clock.today(), context);
    }
    return result;
  }

  private decide(partnerId: string, streamId: string, command: PartnerCommand, context: PartnerCommandMessage['context']): Promise<CommandResult> {
    return executeCommand({
      store: this.store,
      decider: partnerDecider,
      id: partnerId,
      streamId,
      context,
      command: (state: PartnerState): PartnerCommand => {
        if (!state.exists && !ALLOWED_ON_UNKNOWN_PARTNER.has(command.type)) throw new AggregateNotFoundError(streamId);
        return command;
      },
    });
  }
}
