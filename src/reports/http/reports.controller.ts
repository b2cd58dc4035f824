import { Controller, Get, Optional, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { QueryEndpoint } from '../../http/query-endpoint.decorator';
import { Role } from '../../http/roles.decorator';
import { ProjectionRunner } from '../../projections/projection-runner';
import { ReportName } from '../report-catalogue';
import { ReportReader } from '../report-reader';
import { ClearanceRosterQuery, ReportQuery } from './report-queries';

const READERS: Role[] = ['reporting', 'operations', 'compliance', 'admin'];
const MIN_POSITION_WAIT_MS = 2_000;

/** The five reports of API.md, as JSON or, when `Accept` asks for it, as CSV (one row per school, partnership, artist…). */
@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reader: ReportReader,
    // Provided by the projections module; without it there is no runner to wait for.
    @Optional() private readonly runner?: ProjectionRunner,
  ) {}

  @Get('clearance-roster')
  @QueryEndpoint({ summary: 'Artists and partners by status on asOf, and what expires within N days', roles: READERS, minPosition: true, csv: true })
  clearanceRoster(@Query() query: ClearanceRosterQuery, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return this.respond('clearance-roster', query, request, response);
  }

  @Get('arts-access')
  @QueryEndpoint({ summary: 'Per school: art forms, sessions, minutes, students; per LEA totals', roles: READERS, minPosition: true, csv: true })
  artsAccess(@Query() query: ReportQuery, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return this.respond('arts-access', query, request, response);
  }

  @Get('pathways')
  @QueryEndpoint({ summary: 'Per pathway and feeder pattern: levels offered, complete sequences, elementary programmes', roles: READERS, minPosition: true, csv: true })
  pathways(@Query() query: ReportQuery, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return this.respond('pathways', query, request, response);
  }

  @Get('partner-services')
  @QueryEndpoint({ summary: 'Services and art forms offered per school, and schools with gaps', roles: READERS, minPosition: true, csv: true })
  partnerServices(@Query() query: ReportQuery, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return this.respond('partner-services', query, request, response);
  }

  @Get('partnership-health')
  @QueryEndpoint({ summary: 'Days since last check-in, evaluation scores, PD hours, sessions, commitment', roles: READERS, minPosition: true, csv: true })
  partnershipHealth(@Query() query: ReportQuery, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return this.respond('partnership-health', query, request, response);
  }

  private async respond(name: ReportName, query: ClearanceRosterQuery, request: Request, response: Response): Promise<string> {
    if (query.minPosition !== undefined && this.runner) {
      // Bounded: past the wait the report answers as it is, and X-Projection-Position tells how far it got.
      await this.runner.waitForPosition([this.reader.projectionOf(name)], BigInt(query.minPosition), MIN_POSITION_WAIT_MS);
    }
    const csv = request.accepts(['application/json', 'text/csv']) === 'text/csv';
    const { body, position } = this.reader.render(name, query, csv ? 'csv' : 'json');
    response.setHeader('X-Projection-Position', position === undefined ? '0' : position.toString());
    response.setHeader('Vary', 'Accept');
    if (csv) response.setHeader('Content-Disposition', `inline; filename="${name}.csv"`);
    response.setHeader('Content-Type', csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
    return body;
  }
}
