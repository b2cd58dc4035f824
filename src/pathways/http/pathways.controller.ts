import { Body, Controller, Get, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Clock } from '../../clock/clock';
import { AggregateNotFoundError, CommandContext, CommandResult, deterministicUuid, loadAggregate } from '../../command-handling';
import { EventStore } from '../../event-store';
import { AggregateView } from '../../http/aggregate-view';
import { CommandCtx } from '../../http/command-context.decorator';
import { CommandEndpoint } from '../../http/command-endpoint.decorator';
import { QueryEndpoint } from '../../http/query-endpoint.decorator';
import { IdParamPipe } from '../../http/id-param.pipe';
import { DeliveryRequest, PathwayCommandMessage, PathwayRequest } from '../application/pathway-command-message';
import { pathwayDecider } from '../domain/pathway-decider';
import { PathwayState } from '../domain/pathway-state';
import { pathwayStream } from '../domain/streams';
import { AddPathwayCourseBody, DefinePathwayBody, WholeSchoolProgrammeBody } from './pathway.dto';

const PATHWAY_ID = new IdParamPipe(pathwayStream);

function deliveryOf(body: { deliveredBy: 'school-teacher' | 'partner'; partnerId?: string }): DeliveryRequest {
  return body.deliveredBy === 'partner' ? { deliveredBy: 'partner', partnerId: body.partnerId as string } : { deliveredBy: 'school-teacher' };
}

/**
 * TK-12 pathways in one art form along a feeder pattern, with the course sequence of its middle and high schools
 * and the whole-school programmes of its elementary schools. Operations staff (and admin) define pathways and add
 * courses; every role may read them.
 */
@ApiTags('pathways')
@Controller('pathways')
export class PathwaysController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  private send(pathwayId: string, request: PathwayRequest, context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new PathwayCommandMessage(pathwayId, request, context));
  }

  @Post()
  @CommandEndpoint({ summary: 'Define a pathway in one art form along a feeder pattern of registered schools of the LEA (PathwayDefined).', description: '409: pathway.unique, pathway.school-known. 422: pathway.feeder-pattern (a school at the wrong level, listed twice, or a level with no school), pathway.school-lea.', roles: ['operations'] })
  define(@Body() body: DefinePathwayBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    const { id, effectiveDate, feederPattern, ...rest } = body;
    const pathwayId = id ?? deterministicUuid('pathway', context.commandId);
    const { elementarySchoolIds, middleSchoolIds, highSchoolIds } = feederPattern;
    return this.send(pathwayId, {
      type: 'DefinePathway', pathwayId, ...rest, feederPattern: { elementarySchoolIds, middleSchoolIds, highSchoolIds }, effectiveDate: effectiveDate ?? this.clock.today(),
    }, context);
  }

  @Get(':id')
  @QueryEndpoint({ summary: 'Current state of a pathway: feeder pattern, courses per school and level, whole-school programmes', notFound: true, aggregateView: true })
  async get(@Param('id', PATHWAY_ID) id: string): Promise<AggregateView<PathwayState>> {
    const streamId = pathwayStream(id);
    const loaded = await loadAggregate(this.store, streamId, pathwayDecider);
    if (!loaded.state.exists) throw new AggregateNotFoundError(streamId);
    return { id, streamId, revision: loaded.revision, state: loaded.state };
  }

  @Post(':id/courses')
  @CommandEndpoint({ summary: 'Add a course at a middle or high school of the pathway (PathwayCourseAdded). A level needs the level below at that school, or for a high school at a middle school feeding it.', description: '409: pathway.feeder-pattern (school not in the pattern), pathway.level-order, pathway.course-unique, pathway.partner-known. 422: pathway.course-school-level (elementary schools have whole-school programmes, not courses), pathway.school-year.', roles: ['operations'], notFound: true })
  addCourse(@Param('id', PATHWAY_ID) id: string, @Body() body: AddPathwayCourseBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    const { courseId, schoolId, level, title, schoolYear, effectiveDate } = body;
    return this.send(id, {
      type: 'AddPathwayCourse', courseId: courseId ?? deterministicUuid('pathway-course', context.commandId), schoolId, level, title, schoolYear,
      effectiveDate: effectiveDate ?? this.clock.today(), delivery: deliveryOf(body),
    }, context);
  }

  @Post(':id/whole-school-programmes')
  @CommandEndpoint({ summary: "Record an elementary school's whole-school programme in the pathway (WholeSchoolProgrammeRecorded).", description: '409: pathway.feeder-pattern, pathway.programme-unique, pathway.partner-known. 422: pathway.programme-school-level (middle and high schools offer courses), pathway.school-year.', roles: ['operations'], notFound: true })
  recordProgramme(@Param('id', PATHWAY_ID) id: string, @Body() body: WholeSchoolProgrammeBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    const { programmeId, schoolId, title, schoolYear, effectiveDate } = body;
    return this.send(id, {
      type: 'RecordWholeSchoolProgramme', programmeId: programmeId ?? deterministicUuid('whole-school-programme', context.commandId), schoolId, title, schoolYear,
      effectiveDate: effectiveDate ?? this.clock.today(), delivery: deliveryOf(body),
    }, context);
  }
}
