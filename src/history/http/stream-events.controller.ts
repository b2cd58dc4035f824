import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { QueryEndpoint } from '../../http/query-endpoint.decorator';
import { StreamEventsPage, StreamEventsQuery } from '../streams/stream-events';
import { pageOf, StreamEventsParams } from './history-query.dto';

@ApiTags('history')
@Controller('streams')
export class StreamEventsController {
  constructor(private readonly streams: StreamEventsQuery) {}

  @Get(':streamId/events')
  @QueryEndpoint({ summary: 'The raw events of a stream, as stored (not upcast), a page at a time', roles: ['compliance'], notFound: true })
  events(@Param('streamId') streamId: string, @Query() query: StreamEventsParams): Promise<StreamEventsPage> {
    const { from, limit } = pageOf(query);
    return this.streams.page(streamId, from, limit);
  }
}
