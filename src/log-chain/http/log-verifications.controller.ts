import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Req, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { principalOf } from '../../auth/principal';
import { CommandRouteGuard } from '../../http/command-route.guard';
import { rolesDescription } from '../../http/command-endpoint.decorator';
import { QueryEndpoint } from '../../http/query-endpoint.decorator';
import { Roles } from '../../http/roles.decorator';
import { LogVerificationJob, LogVerificationJobs } from '../log-verification-jobs';
import { LogVerificationView, StartLogVerificationBody } from './log-verification.dto';

/** `ledger verify --log [--head]` for a person: started here, run in the background, its progress and result read back. */
@ApiTags('log')
@ApiBearerAuth()
@Controller('log-verifications')
export class LogVerificationsController {
  constructor(private readonly jobs: LogVerificationJobs) {}

  @Post()
  @Roles('compliance')
  @HttpCode(202)
  @UseGuards(CommandRouteGuard)
  @ApiOperation({
    summary: "Check the event log's hash chain, and optionally a head kept earlier (what `ledger verify --log [--head]` does)",
    description:
      'Starts the check and answers 202 at once; read its progress and result at GET /log-verifications/{id}. One check runs at a time (409 while one does). Read-only: nothing is recorded. ' +
      rolesDescription(['compliance']),
  })
  @ApiAcceptedResponse({ type: LogVerificationView })
  start(@Body() body: StartLogVerificationBody, @Req() request: Request): LogVerificationJob {
    const head = body.head ? { position: body.head.position, hash: body.head.hash } : null;
    return this.jobs.start(principalOf(request)?.actor ?? 'unknown', head);
  }

  @Get(':id')
  @QueryEndpoint({ summary: 'A check of the log: its progress while it runs, then what it found', roles: ['compliance'], type: LogVerificationView, notFound: true })
  get(@Param('id', new ParseUUIDPipe()) id: string): LogVerificationJob {
    const job = this.jobs.get(id);
    if (!job) throw new NotFoundException(`no check of the log ${id} (only the last 20 are kept)`);
    return job;
  }
}
