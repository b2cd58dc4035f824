import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateNotFoundError, CommandResult, executeCommand } from '../../command-handling';
import { EventStore } from '../../event-store';
import { partnershipDecider } from '../domain/partnership-decider';
import { partnershipStream } from '../domain/streams';
import { EnrolSchoolMessage } from './partnership-command-messages';
import { OtherStreamFacts } from './other-stream-facts';

@CommandHandler(EnrolSchoolMessage)
export class EnrolSchoolHandler implements ICommandHandler<EnrolSchoolMessage, CommandResult> {
  constructor(@Inject(EventStore) private readonly store: EventStore, private readonly facts: OtherStreamFacts) {}

  execute({ partnershipId, schoolId, effectiveDate, context }: EnrolSchoolMessage): Promise<CommandResult> {
    const streamId = partnershipStream(partnershipId);
    return executeCommand({
      store: this.store,
      decider: partnershipDecider,
      id: partnershipId,
      streamId,
      context,
      command: async (state) => {
        if (!state.exists) throw new AggregateNotFoundError(streamId);
        const school = await this.facts.school(schoolId);
        return { type: 'EnrolSchool' as const, schoolId, effectiveDate, school: school.state };
      },
    });
  }
}
