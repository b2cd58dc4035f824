import { Module } from '@nestjs/common';
import { EventFeedController } from './event-feed.controller';

/** GET /feeds/events: the global log for reporting jobs. */
@Module({ controllers: [EventFeedController] })
export class FeedsModule {}
