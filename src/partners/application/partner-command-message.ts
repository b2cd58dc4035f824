import { CommandContext } from '../../command-handling';
import { PartnerCommand } from '../domain/partner-commands';

/** Any command about one partner, as sent on the CommandBus (the compliance sweep sends RecordPartnerExpiries). */
export class PartnerCommandMessage {
  constructor(
    readonly partnerId: string,
    readonly command: PartnerCommand,
    readonly context: CommandContext,
  ) {}
}
