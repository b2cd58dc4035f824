import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { DEFAULT_LIVE_OPTIONS, LIVE_OPTIONS, LiveConnections } from './live-connections';
import { LiveEventsController } from './live-events.controller';

/** GET /live/events: the console's live view of the global log (server-sent events). */
@Module({
  imports: [AuthModule],
  controllers: [LiveEventsController],
  providers: [LiveConnections, { provide: LIVE_OPTIONS, useValue: DEFAULT_LIVE_OPTIONS }],
  exports: [LiveConnections],
})
export class LiveModule {}
