import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AggregateNotFoundError } from '../../command-handling';
import { QueryEndpoint } from '../../http/query-endpoint.decorator';
import { partnershipStream } from '../../partnerships/domain/streams';
import { ID_PATTERN } from '../../http/validation/identifiers';
import { TimelineCut } from '../timeline/fold-timeline';
import { PartnershipTimeline, PartnershipTimelineQuery } from '../timeline/partnership-timeline';
import { pageOf, REVISION_PATTERN, TimelineParams } from './history-query.dto';

@ApiTags('history')
@Controller('partnerships')
export class PartnershipTimelineController {
  constructor(private readonly timelines: PartnershipTimelineQuery) {}

  @Get(':id/timeline')
  @QueryEndpoint({
    summary: 'A partnership\'s timeline: each event in order with its actor, recorded time, effective date and the state after it',
    description: 'Folded from the event store itself. `until` cuts at a revision or instant; `knownAt` keeps only events recorded by then. Paged with `from`/`limit` (each step carries the whole state).',
    roles: ['operations', 'compliance', 'reporting'],
    notFound: true,
  })
  timeline(@Param('id') id: string, @Query() query: TimelineParams): Promise<PartnershipTimeline> {
    if (!ID_PATTERN.test(id)) throw new AggregateNotFoundError(partnershipStream(id.slice(0, 100)));
    return this.timelines.timeline(id, cutOf(query), pageOf(query));
  }
}

function cutOf(query: TimelineParams): TimelineCut {
  const until = query.until === undefined ? undefined : REVISION_PATTERN.test(query.until) ? { revision: BigInt(query.until) } : { instant: new Date(query.until) };
  return { ...(until ? { until } : {}), ...(query.knownAt ? { knownAt: new Date(query.knownAt) } : {}) };
}
