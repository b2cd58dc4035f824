import { Module } from '@nestjs/common';
import { ClearanceAuditTrailQuery } from './clearances/clearance-audit-trail';
import { ClearanceStandingQuery } from './clearances/clearance-standing-as-of';
import { ArtistClearancesController } from './http/artist-clearances.controller';
import { PartnershipTimelineController } from './http/partnership-timeline.controller';
import { StreamEventsController } from './http/stream-events.controller';
import { StreamEventsQuery } from './streams/stream-events';
import { PartnershipTimelineQuery } from './timeline/partnership-timeline';

/** Audit and time-travel queries answered from the event store itself: timelines, clearance status as of/as known, raw streams. */
@Module({
  controllers: [PartnershipTimelineController, ArtistClearancesController, StreamEventsController],
  providers: [PartnershipTimelineQuery, ClearanceStandingQuery, ClearanceAuditTrailQuery, StreamEventsQuery],
  exports: [PartnershipTimelineQuery, ClearanceStandingQuery, ClearanceAuditTrailQuery],
})
export class HistoryModule {}
