import { BadRequestException, Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { once } from 'node:events';
import { EventStore } from '../event-store';
import { QueryEndpoint } from '../http/query-endpoint.decorator';
import { eventFeedLine } from './event-feed-line';
import { parseGlobalPosition } from '../http/global-position-param';

export const FEED_DEFAULT_LIMIT = 1_000;
export const FEED_MAX_LIMIT = 10_000;

/**
 * The global event feed for reporting jobs: NDJSON, one envelope per line, in global order, streamed as it
 * is read (never the whole page in memory). Resume with `after=<position of the last line you handled>`.
 * Readers: reporting (its purpose), compliance (audits across streams) and admin. Operations staff read
 * the per-aggregate routes instead.
 */
@ApiTags('feeds')
@Controller('feeds')
export class EventFeedController {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  @Get('events')
  @QueryEndpoint({
    summary: 'The global event feed as NDJSON (application/x-ndjson), resumable by position',
    description: 'Each line: {position, streamId, revision, id, type, schemaVersion, data, metadata, recordedAt}; positions and revisions are decimal strings. An empty body means nothing after `after` yet.',
    roles: ['reporting', 'compliance', 'admin'],
  })
  @ApiProduces('application/x-ndjson')
  @ApiQuery({ name: 'after', required: false, type: String, description: 'Exclusive global position to resume after (default: the start of the log)' })
  @ApiQuery({ name: 'limit', required: false, type: Number, description: `Lines at most: default ${FEED_DEFAULT_LIMIT}, max ${FEED_MAX_LIMIT}` })
  async events(@Query('after') after: unknown, @Query('limit') limit: unknown, @Res() response: Response): Promise<void> {
    const from = parseGlobalPosition(after, 'after');
    const maxCount = parseLimit(limit);
    response.status(200).type('application/x-ndjson');
    try {
      for await (const event of this.store.readAll({ after: from, maxCount })) {
        if (!response.write(eventFeedLine(event))) await once(response, 'drain');
        if (response.destroyed) return;
      }
    } catch (error) {
      // Headers are gone: all we can do is cut the stream so the client sees an incomplete last page.
      response.destroy(error as Error);
      return;
    }
    response.end();
  }
}

function parseLimit(value: unknown): number {
  if (value === undefined) return FEED_DEFAULT_LIMIT;
  const limit = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  if (!(limit >= 1 && limit <= FEED_MAX_LIMIT)) throw new BadRequestException(`limit must be an integer from 1 to ${FEED_MAX_LIMIT}`);
  return limit;
}
