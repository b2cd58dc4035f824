import { CommandContext } from '../../command-handling';
import { SchoolCommand } from '../domain/school-commands';

/** Any command about one school, as sent on the CommandBus. */
export class SchoolCommandMessage {
  constructor(
    readonly schoolId: string,
    readonly command: SchoolCommand,
    readonly context: CommandContext,
  ) {}
}
