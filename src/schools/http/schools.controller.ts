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
import { SchoolCommandMessage } from '../application/school-command-message';
import { SchoolCommand } from '../domain/school-commands';
import { schoolDecider } from '../domain/school-decider';
import { SchoolState } from '../domain/school-state';
import { schoolStream } from '../domain/streams';
import { IdParamPipe } from '../../http/id-param.pipe';
import { ArtsLeadBody, ArtsPlanBody, CorrectSchoolDetailsBody, RegisterSchoolBody } from './school.dto';

const SCHOOL_ID = new IdParamPipe(schoolStream);

/**
 * Schools of an LEA and their yearly Arts Lead and arts plan. Operations staff (and admin) keep them;
 * every role may read them.
 */
@ApiTags('schools')
@Controller('schools')
export class SchoolsController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  private send(schoolId: string, command: SchoolCommand, context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new SchoolCommandMessage(schoolId, command, context));
  }

  @Post()
  @CommandEndpoint({ summary: 'Register a school of an LEA (SchoolRegistered).', description: '409: school.unique. 422: school.grades (grades outside the level).', roles: ['operations'] })
  register(@Body() body: RegisterSchoolBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    const { id, effectiveDate, ...details } = body;
    // Without a client id, the id derives from the command id, so a retry with the same Idempotency-Key keeps it.
    const schoolId = id ?? deterministicUuid('school', context.commandId);
    return this.send(schoolId, { type: 'RegisterSchool', schoolId, ...details, effectiveDate: effectiveDate ?? this.clock.today() }, context);
  }

  @Get(':id')
  @QueryEndpoint({ summary: 'Current state of a school: LEA, level, grades, enrolment, Arts Leads and arts plans per school year', notFound: true, aggregateView: true })
  async get(@Param('id', SCHOOL_ID) id: string): Promise<AggregateView<SchoolState>> {
    const streamId = schoolStream(id);
    const loaded = await loadAggregate(this.store, streamId, schoolDecider);
    if (!loaded.state.exists) throw new AggregateNotFoundError(streamId);
    return { id, streamId, revision: loaded.revision, state: loaded.state };
  }

  @Post(':id/arts-lead')
  @CommandEndpoint({ summary: "Designate the school year's Arts Lead (ArtsLeadDesignated); a later designation for the same year replaces it.", description: '422: school.school-year.', roles: ['operations'], notFound: true })
  designateArtsLead(@Param('id', SCHOOL_ID) id: string, @Body() body: ArtsLeadBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.send(id, { type: 'DesignateArtsLead', ...body, effectiveDate: body.effectiveDate ?? this.clock.today() }, context);
  }

  @Post(':id/arts-plan')
  @CommandEndpoint({ summary: "Adopt the school year's arts plan (ArtsPlanAdopted); adopting again for the year replaces it.", description: '422: school.school-year, school.arts-plan-art-forms.', roles: ['operations'], notFound: true })
  adoptArtsPlan(@Param('id', SCHOOL_ID) id: string, @Body() body: ArtsPlanBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.send(id, { type: 'AdoptArtsPlan', ...body, effectiveDate: body.effectiveDate ?? this.clock.today() }, context);
  }

  @Post(':id/corrections')
  @CommandEndpoint({ summary: 'Correct a wrong name, level, grades or enrolment (SchoolDetailsCorrected); the original stays in the log. The LEA cannot be corrected: register the school again.', description: '422: school.grades.', roles: ['operations'], notFound: true })
  correct(@Param('id', SCHOOL_ID) id: string, @Body() body: CorrectSchoolDetailsBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.send(id, { type: 'CorrectSchoolDetails', ...body, effectiveDate: body.effectiveDate ?? this.clock.today() }, context);
  }
}
