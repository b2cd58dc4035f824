import { Module } from '@nestjs/common';
import { provideProjection } from '../projections/provide-projection';
import { ClearanceFactsProjection } from './clearance-facts/clearance-facts.projection';
import { ClearanceAuditTrailQuery } from './clearances/clearance-audit-trail';
import { ClearanceStandingQuery } from './clearances/clearance-standing-as-of';
import { ArtistClearancesController } from './http/artist-clearances.controller';
import { PartnershipTimelineController } from './http/partnership-timeline.controller';
import { StreamEventsController } from './http/stream-events.controller';
import { StreamEventsQuery } from './streams/stream-events';
import { PartnershipTimelineQuery } from './timeline/partnership-timeline';

/**
 * Audit and time-travel queries: timelines, the clearance audit trail and raw streams folded from the event store itself;
 * clearance status as of/as known from the clearance_facts projection (the fold is its reference and fallback).
 */
@Module({
  controllers: [PartnershipTimelineController, ArtistClearancesController, StreamEventsController],
  providers: [provideProjection(ClearanceFactsProjection), PartnershipTimelineQuery, ClearanceStandingQuery, ClearanceAuditTrailQuery, StreamEventsQuery],
  exports: [PartnershipTimelineQuery, ClearanceStandingQuery, ClearanceAuditTrailQuery],
})
export class HistoryModule {}
