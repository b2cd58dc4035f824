import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ArtistIdParamPipe } from '../../artists/http/artist-id-param.pipe';
import { Clock } from '../../clock/clock';
import { QueryEndpoint } from '../../http/query-endpoint.decorator';
import { ProjectionQuery } from '../../projections/http/projection-query.decorator';
import { ClearanceFactsProjection } from '../clearance-facts/clearance-facts.projection';
import { ClearanceAuditTrail, ClearanceAuditTrailQuery } from '../clearances/clearance-audit-trail';
import { ClearanceStanding, ClearanceStandingQuery } from '../clearances/clearance-standing-as-of';
import { ClearanceStandingQueryParams } from './history-query.dto';

/**
 * Clearance status on both time axes, and the audit trail behind it.
 * The trail carries evidence, result ids and arrest notices: compliance (and admin) only. The status per requirement
 * is what operations staff need before assigning an artist and reporting jobs for rosters, so every role may read it.
 */
@ApiTags('history')
@Controller('artists')
export class ArtistClearancesController {
  constructor(private readonly standings: ClearanceStandingQuery, private readonly trails: ClearanceAuditTrailQuery, private readonly clock: Clock) {}

  @Get(':id/clearances')
  @QueryEndpoint({
    summary: 'Was the artist cleared in this LEA on `asOf`, as known at `knownAt`? Status per required clearance, `mayWork` and the problems',
    notFound: true,
    minPosition: true,
  })
  @ProjectionQuery(ClearanceFactsProjection.NAME)
  clearances(@Param('id', ArtistIdParamPipe) id: string, @Query() query: ClearanceStandingQueryParams): Promise<ClearanceStanding> {
    return this.standings.standing(id, {
      lea: query.lea,
      asOf: query.asOf ?? this.clock.today(),
      ...(query.knownAt ? { knownAt: new Date(query.knownAt) } : {}),
    });
  }

  @Get(':id/clearance-history')
  @QueryEndpoint({
    summary: 'The clearance audit trail: every clearance event with actor, recorded time, effective dates, evidence, policy version and the status after it',
    roles: ['compliance'],
    notFound: true,
  })
  history(@Param('id', ArtistIdParamPipe) id: string): Promise<ClearanceAuditTrail> {
    return this.trails.trail(id);
  }
}
