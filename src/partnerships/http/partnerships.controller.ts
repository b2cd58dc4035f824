import { Body, Controller, Get, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { AggregateNotFoundError, CommandContext, CommandResult, deterministicUuid, loadAggregate } from '../../command-handling';
import { Clock } from '../../clock/clock';
import { EventStore } from '../../event-store';
import { AggregateView } from '../../http/aggregate-view';
import { CommandCtx } from '../../http/command-context.decorator';
import { CommandEndpoint } from '../../http/command-endpoint.decorator';
import { QueryEndpoint } from '../../http/query-endpoint.decorator';
import {
  AssignArtistMessage, ChangePartnershipMessage, EnrolSchoolMessage, LogSessionMessage, ProposePartnershipMessage, SelfContainedPartnershipCommand,
} from '../application/partnership-command-messages';
import { partnershipDecider } from '../domain/partnership-decider';
import { AssignmentStatus, assignmentStatusOn, PartnershipState } from '../domain/partnership-state';
import { partnershipStatusOn, PartnershipStatusOnDay } from '../domain/partnership-status-on';
import { partnershipStream } from '../domain/streams';
import { AssignArtistBody, CorrectSessionBody, LogSessionBody } from './assignment.dto';
import {
  CheckInBody, EffectiveDateBody, EndingBody, EnrolSchoolBody, EvaluationBody, ProfessionalDevelopmentBody, RecordCommitmentBody, RenewalBody,
} from './partnership-life.dto';
import { ProposePartnershipBody } from './partnership-proposal.dto';

const RUN_BY = { roles: ['operations' as const], notFound: true };

/** The partnership as recorded, and its status on the server's day (what the partnerships list shows and filters by). */
export interface PartnershipView extends AggregateView<PartnershipState> {
  readonly today: {
    readonly date: string;
    readonly status: PartnershipStatusOnDay;
    /** Each assignment's status on the day (ended from its end's day, suspended inside a suspension period). */
    readonly assignments: readonly { readonly assignmentId: string; readonly status: AssignmentStatus }[];
  };
}

/** Partnerships, run day to day by operations staff (admin may too). Refusals name their rule; the rules are listed per route. */
@ApiTags('partnerships')
@Controller('partnerships')
export class PartnershipsController {
  constructor(private readonly commands: CommandBus, @Inject(EventStore) private readonly store: EventStore, private readonly clock: Clock) {}

  private change(id: string, command: SelfContainedPartnershipCommand, context: CommandContext, answerId?: string): Promise<CommandResult> {
    return this.commands.execute(new ChangePartnershipMessage(id, command, context, answerId));
  }

  @Post()
  @CommandEndpoint({
    summary: 'Propose a partnership between one or more partners and schools of an LEA (PartnershipProposed)',
    description: 'Refusals: partnership.unique, partnership.partners-known (409); partnership.term (422).',
    roles: ['operations'],
  })
  propose(@Body() body: ProposePartnershipBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    const { id, ...input } = body;
    const partnershipId = id ?? deterministicUuid('partnership', context.commandId);
    return this.commands.execute(new ProposePartnershipMessage({ ...input, partnershipId }, context));
  }

  @Get(':id')
  @QueryEndpoint({
    summary: 'Current state of a partnership: schools, commitment, assignments and their suspension causes, sessions, PD, check-ins, evaluations',
    description:
      "`state.status` is what has been recorded (a conclusion recorded now for next June already reads concluded); `today` is the status on the server's day, from the activation's and conclusion's effective dates: what the partnerships list shows; `today.assignments` likewise each assignment's status on the day (ended from its end's day, suspended inside a suspension period).",
    notFound: true,
    aggregateView: true,
  })
  async get(@Param('id') id: string): Promise<PartnershipView> {
    const streamId = partnershipStream(id);
    const loaded = await loadAggregate(this.store, streamId, partnershipDecider);
    if (!loaded.state.exists) throw new AggregateNotFoundError(streamId);
    const date = this.clock.today();
    const assignments = loaded.state.assignments.map((a) => ({ assignmentId: a.assignmentId, status: assignmentStatusOn(a, date) }));
    return { id, streamId, revision: loaded.revision, state: loaded.state, today: { date, status: partnershipStatusOn(loaded.state, date), assignments } };
  }

  @Post(':id/schools')
  @CommandEndpoint({
    summary: "Enrol a school of the partnership's LEA (SchoolEnrolled)",
    description: 'Refusals: partnership.school-known, partnership.school-enrolled-once, partnership.scope, partnership.open (effective on or after a recorded conclusion) (409); partnership.school-lea (422).',
    ...RUN_BY,
  })
  enrol(@Param('id') id: string, @Body() body: EnrolSchoolBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new EnrolSchoolMessage(id, body.schoolId, body.effectiveDate, context));
  }

  @Post(':id/commitments')
  @CommandEndpoint({
    summary: "Record the LEA's commitment: stipends, release time, funds (CommitmentRecorded)",
    description: "The partnership must be additive: a commitment declaring that it replaces the school's own sequential arts instruction is refused (422, partnership.additive). One taking effect on or after a recorded conclusion is refused (409, partnership.open).",
    ...RUN_BY,
  })
  commit(@Param('id') id: string, @Body() body: RecordCommitmentBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.change(id, { type: 'RecordCommitment', ...body }, context);
  }

  @Post(':id/activation')
  @CommandEndpoint({
    summary: 'Activate the partnership (PartnershipActivated)',
    description: 'Needs at least one enrolled school and a recorded commitment (409 partnership.ready-to-activate lists what is missing); partnership.activated-once (409).',
    ...RUN_BY,
  })
  activate(@Param('id') id: string, @Body() body: EffectiveDateBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.change(id, { type: 'ActivatePartnership', effectiveDate: body.effectiveDate }, context);
  }

  @Post(':id/assignments')
  @CommandEndpoint({
    summary: 'Assign a teaching artist (ArtistAssigned); the answer\'s id is the assignment id',
    description: "Rule 1, on the start date: partnership active (assignment.partnership-active), school enrolled (assignment.school-enrolled), artist of one of its partners (assignment.artist-of-partner), that partner approved, not suspended, insured, under agreement and certified in the school's LEA (assignment.partner-standing), every clearance the LEA's policy requires for the artist's engagement valid and granted by that LEA (assignment.clearances). 409 with every problem named. 422: assignment.dates, assignment.residency-length (a residency needs at least 10 sessions), assignment.art-form.",
    ...RUN_BY,
  })
  assign(@Param('id') id: string, @Body() body: AssignArtistBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    const { id: requestedId, ...input } = body;
    const assignmentId = requestedId ?? deterministicUuid('assignment', context.commandId);
    return this.commands.execute(new AssignArtistMessage(id, { ...input, assignmentId }, context));
  }

  @Post(':id/assignments/:assignmentId/sessions')
  @CommandEndpoint({
    summary: "Log a session delivered (SessionLogged); the answer's id is the session id",
    description: 'Rule 2: refused (409) for a suspended or ended assignment (session.assignment-running), a date outside it (session.within-assignment), or a date on which a required clearance is missing, suspended, revoked or expired (session.clearances); assignment.exists for an unknown assignment.',
    ...RUN_BY,
  })
  logSession(
    @Param('id') id: string, @Param('assignmentId') assignmentId: string, @Body() body: LogSessionBody, @CommandCtx() context: CommandContext,
  ): Promise<CommandResult> {
    const { id: requestedId, ...input } = body;
    const sessionId = requestedId ?? deterministicUuid('session', context.commandId);
    return this.commands.execute(new LogSessionMessage(id, { ...input, assignmentId, sessionId }, context));
  }

  @Post(':id/sessions/:sessionId/correction')
  @CommandEndpoint({
    summary: "Correct a logged session's minutes, students or notes (SessionLogCorrected)",
    description: 'A compensating event: the original stays in the log. Refusal: session.exists (409).',
    ...RUN_BY,
  })
  correctSession(
    @Param('id') id: string, @Param('sessionId') sessionId: string, @Body() body: CorrectSessionBody, @CommandCtx() context: CommandContext,
  ): Promise<CommandResult> {
    return this.change(id, { type: 'CorrectSessionLog', sessionId, ...body }, context, sessionId);
  }

  @Post(':id/assignments/:assignmentId/end')
  @CommandEndpoint({ summary: 'End an assignment (AssignmentEnded)', description: 'Refusals: assignment.exists, assignment.open (409).', ...RUN_BY })
  endAssignment(
    @Param('id') id: string, @Param('assignmentId') assignmentId: string, @Body() body: EndingBody, @CommandCtx() context: CommandContext,
  ): Promise<CommandResult> {
    return this.change(id, { type: 'EndAssignment', assignmentId, ...body }, context, assignmentId);
  }

  @Post(':id/professional-development')
  @CommandEndpoint({ summary: 'Record teacher professional development delivered (ProfessionalDevelopmentDelivered)', description: 'Refusal: partnership.active (409).', ...RUN_BY })
  professionalDevelopment(@Param('id') id: string, @Body() body: ProfessionalDevelopmentBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.change(id, { type: 'DeliverProfessionalDevelopment', ...body }, context);
  }

  @Post(':id/check-ins')
  @CommandEndpoint({ summary: 'Record a check-in on student growth (CheckInRecorded)', description: 'Refusal: partnership.active (409).', ...RUN_BY })
  checkIn(@Param('id') id: string, @Body() body: CheckInBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.change(id, { type: 'RecordCheckIn', ...body }, context);
  }

  @Post(':id/evaluations')
  @CommandEndpoint({ summary: 'Record an evaluation: meaningful, collaborative, additive, each 1-5 (EvaluationRecorded)', description: 'Refusal: partnership.active (409).', ...RUN_BY })
  evaluate(@Param('id') id: string, @Body() body: EvaluationBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.change(id, { type: 'RecordEvaluation', date: body.date, scores: { ...body.scores }, notes: body.notes }, context);
  }

  @Post(':id/renewal')
  @CommandEndpoint({
    summary: 'Renew for a new term (PartnershipRenewed)',
    description: 'Refusals: partnership.active, partnership.open (a conclusion is recorded) (409); partnership.renewal-term (422): the new term must end after the current one.',
    ...RUN_BY,
  })
  renew(@Param('id') id: string, @Body() body: RenewalBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.change(id, { type: 'RenewPartnership', ...body }, context);
  }

  @Post(':id/conclusion')
  @CommandEndpoint({ summary: 'Conclude the partnership (PartnershipConcluded); ends every assignment still running', description: 'Refusal: partnership.open (409).', ...RUN_BY })
  conclude(@Param('id') id: string, @Body() body: EndingBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.change(id, { type: 'ConcludePartnership', ...body }, context);
  }
}
