import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { rolesDescription } from '../../http/command-endpoint.decorator';
import { Clock } from '../../clock/clock';
import { CommandContext } from '../../command-handling';
import { CommandCtx } from '../../http/command-context.decorator';
import { Roles } from '../../http/roles.decorator';
import { CommandRouteGuard } from '../../http/command-route.guard';
import { ExpirySweepReport, RunExpirySweep } from '../application/run-expiry-sweep';
import { ExpirySweepBody, ExpirySweepReportView } from './expiry-sweep.dto';

@ApiTags('compliance')
@ApiBearerAuth()
@Controller('compliance')
export class ComplianceController {
  constructor(private readonly commands: CommandBus, private readonly clock: Clock) {}

  @Post('sweeps')
  @Roles('compliance')
  @HttpCode(200)
  // Counted with the commands (ComplianceController.sweep); its answer is a report, not a CommandResult.
  @UseGuards(CommandRouteGuard)
  @ApiOperation({
    summary: 'Record the expiries due as of a date (clearances, insurance, agreements)',
    description: 'Runs over every artist and partner; each expiry is recorded once, so running it again records nothing new. Answers 200 with what was recorded (not a single-stream command result). ' + rolesDescription(['compliance']),
  })
  @ApiOkResponse({ type: ExpirySweepReportView })
  sweep(@Body() body: ExpirySweepBody, @CommandCtx() context: CommandContext): Promise<ExpirySweepReport> {
    return this.commands.execute(new RunExpirySweep(body.asOf ?? this.clock.today(), context));
  }
}
