import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AssignArtistHandler } from './application/assign-artist.handler';
import { ChangePartnershipHandler } from './application/change-partnership.handler';
import { EnrolSchoolHandler } from './application/enrol-school.handler';
import { LogSessionHandler } from './application/log-session.handler';
import { OtherStreamFacts } from './application/other-stream-facts';
import { ProposePartnershipHandler } from './application/propose-partnership.handler';
import { AssignmentFollowUps } from './follow-ups/assignment-follow-ups';
import { PartnershipsController } from './http/partnerships.controller';

/** Partnerships with their assignments, sessions and the rest of their life; and the automatic follow-ups of rule 3. */
@Module({
  imports: [CqrsModule],
  controllers: [PartnershipsController],
  providers: [
    OtherStreamFacts, ProposePartnershipHandler, EnrolSchoolHandler, AssignArtistHandler, LogSessionHandler, ChangePartnershipHandler,
    AssignmentFollowUps,
  ],
  exports: [AssignmentFollowUps],
})
export class PartnershipsModule {}
