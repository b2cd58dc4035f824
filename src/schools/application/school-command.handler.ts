import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateNotFoundError, CommandResult, executeCommand } from '../../command-handling';
import { EventStore } from '../../event-store';
import { SchoolCommand } from '../domain/school-commands';
import { schoolDecider } from '../domain/school-decider';
import { SchoolState } from '../domain/school-state';
import { schoolStream } from '../domain/streams';
import { SchoolCommandMessage } from './school-command-message';

@CommandHandler(SchoolCommandMessage)
export class SchoolCommandHandler implements ICommandHandler<SchoolCommandMessage, CommandResult> {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  execute({ schoolId, command, context }: SchoolCommandMessage): Promise<CommandResult> {
    const streamId = schoolStream(schoolId);
    return executeCommand({
      store: this.store,
      decider: schoolDecider,
      id: schoolId,
      streamId,
      context,
      command: (state: SchoolState): SchoolCommand => {
        // Anything but a registration addressed to an unknown school is a 404 for the caller.
        if (!state.exists && command.type !== 'RegisterSchool') throw new AggregateNotFoundError(streamId);
        return command;
      },
    });
  }
}
