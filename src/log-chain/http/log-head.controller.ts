import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EventStore } from '../../event-store';
import { QueryEndpoint } from '../../http/query-endpoint.decorator';
import { LogHead, readLogHead } from '../log-head';
import { LogHeadView } from './log-head.dto';

/** The chain head for a person: what `ledger log-head` prints, read now (docs/tamper-evident-log.md). */
// Not under /compliance: that prefix is the console's pages (src/console-assets/console-routes.ts).
@ApiTags('log')
@Controller()
export class LogHeadController {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  @Get('log-head')
  @QueryEndpoint({
    summary: "The event log's chain head (position + hash), as `ledger log-head` prints it",
    description:
      'Kept outside the system, it later proves the log up to `position` unchanged: `ledger verify --log --head <file>` recomputes the chain and compares. Reads the events since the last seal.',
    roles: ['compliance'],
    type: LogHeadView,
  })
  head(): Promise<LogHead> {
    return readLogHead(this.store);
  }
}
