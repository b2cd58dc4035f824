import { Body, Controller, Get, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { AggregateNotFoundError, CommandContext, CommandResult, deterministicUuid, loadAggregate } from '../../command-handling';
import { EventStore } from '../../event-store';
import { AggregateView } from '../../http/aggregate-view';
import { CommandCtx } from '../../http/command-context.decorator';
import { CommandEndpoint } from '../../http/command-endpoint.decorator';
import { QueryEndpoint } from '../../http/query-endpoint.decorator';
import { ArtistClearanceRequest, ChangeArtistClearanceMessage, RegisterArtistMessage } from '../application/artist-command-messages';
import { artistDecider } from '../domain/artist-decider';
import { ArtistState } from '../domain/artist-state';
import { CLEARANCE_REQUIREMENTS, ClearanceRequirement } from '../domain/clearance-requirement';
import { artistStream } from '../domain/streams';
import { ArtistIdParamPipe } from './artist-id-param.pipe';
import { RegisterArtistBody } from './artist-registration.dto';
import {
  ArrestNotificationBody, ClearanceGrantCorrectionBody, ClearanceGrantWithdrawalBody, ClearanceReinstatementBody, ClearanceRevocationBody,
  ClearanceSuspensionBody, GrantClearanceBody,
} from './clearance-decisions.dto';
import { RequirementParamPipe } from './requirement-param.pipe';

const REQUIREMENT = { name: 'requirement', enum: CLEARANCE_REQUIREMENTS };

/**
 * Teaching artists and their per-LEA clearances. Operations staff register artists (they onboard partners' staff);
 * clearances and arrest notifications are compliance decisions. Admin may do everything.
 */
@ApiTags('artists')
@Controller('artists')
export class ArtistsController {
  constructor(private readonly commands: CommandBus, @Inject(EventStore) private readonly store: EventStore) {}

  private decide(artistId: string, command: ArtistClearanceRequest, context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new ChangeArtistClearanceMessage(artistId, command, context));
  }

  @Post()
  @CommandEndpoint({ summary: 'Register a teaching artist of a partner (ArtistRegistered)', roles: ['operations'], description: 'Refusals: artist.partner-exists, artist.not-yet-registered' })
  register(@Body() body: RegisterArtistBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    const { id, ...input } = body;
    const artistId = id ?? deterministicUuid('artist', context.commandId);
    return this.commands.execute(new RegisterArtistMessage({ ...input, artistId }, context));
  }

  @Get(':id')
  @QueryEndpoint({ summary: 'Current state of an artist: partner, engagement, art forms, and every effective-dated clearance fact per LEA', notFound: true, aggregateView: true })
  async get(@Param('id', ArtistIdParamPipe) id: string): Promise<AggregateView<ArtistState>> {
    const streamId = artistStream(id);
    const loaded = await loadAggregate(this.store, streamId, artistDecider);
    if (!loaded.state.exists) throw new AggregateNotFoundError(streamId);
    return { id, streamId, revision: loaded.revision, state: loaded.state };
  }

  @Post(':id/clearances')
  @CommandEndpoint({ summary: 'Grant a clearance by an LEA (ClearanceGranted, plus ClearanceRenewed when it replaces an earlier grant). Expiry from the evidence or the clearance policy', roles: ['compliance'], notFound: true, description: 'Refusals: clearance.not-suspended, clearance.new-evidence-after-revocation, clearance.not-already-granted; clearance.expiry-after-effective-date, clearance.expiry-within-policy' })
  grant(@Param('id', ArtistIdParamPipe) id: string, @Body() body: GrantClearanceBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.decide(id, { type: 'GrantClearance', ...body }, context);
  }

  @Post(':id/arrest-notifications')
  @CommandEndpoint({ summary: "Record a subsequent arrest notification: suspends that LEA's background check at once (ArrestNotificationReceived, ClearanceSuspended)", roles: ['compliance'], notFound: true, description: 'Refusals: clearance.arrest-notice-has-background-check, clearance.arrest-notice-not-yet-recorded' })
  arrestNotification(@Param('id', ArtistIdParamPipe) id: string, @Body() body: ArrestNotificationBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.decide(id, { type: 'ReceiveArrestNotification', ...body }, context);
  }

  @Post(':id/clearances/:requirement/suspension')
  @ApiParam(REQUIREMENT)
  @CommandEndpoint({ summary: 'Suspend a clearance from its effective date (ClearanceSuspended)', roles: ['compliance'], notFound: true, description: 'Refusals: clearance.suspendable' })
  suspend(
    @Param('id', ArtistIdParamPipe) id: string,
    @Param('requirement', RequirementParamPipe) requirement: ClearanceRequirement,
    @Body() body: ClearanceSuspensionBody,
    @CommandCtx() context: CommandContext,
  ): Promise<CommandResult> {
    return this.decide(id, { type: 'SuspendClearance', requirement, ...body }, context);
  }

  @Post(':id/clearances/:requirement/revocation')
  @ApiParam(REQUIREMENT)
  @CommandEndpoint({ summary: 'Revoke a clearance, e.g. after a serious conviction (ClearanceRevoked). Final: only a new grant on new evidence restores it', roles: ['compliance'], notFound: true, description: 'Refusals: clearance.revocable' })
  revoke(
    @Param('id', ArtistIdParamPipe) id: string,
    @Param('requirement', RequirementParamPipe) requirement: ClearanceRequirement,
    @Body() body: ClearanceRevocationBody,
    @CommandCtx() context: CommandContext,
  ): Promise<CommandResult> {
    return this.decide(id, { type: 'RevokeClearance', requirement, ...body }, context);
  }

  @Post(':id/clearances/:requirement/reinstatement')
  @ApiParam(REQUIREMENT)
  @CommandEndpoint({ summary: 'Lift a suspension on evidence (ClearanceReinstated)', roles: ['compliance'], notFound: true, description: 'Refusals: clearance.reinstatement-needs-suspension: the clearance is not suspended on that date, or was revoked' })
  reinstate(
    @Param('id', ArtistIdParamPipe) id: string,
    @Param('requirement', RequirementParamPipe) requirement: ClearanceRequirement,
    @Body() body: ClearanceReinstatementBody,
    @CommandCtx() context: CommandContext,
  ): Promise<CommandResult> {
    return this.decide(id, { type: 'ReinstateClearance', requirement, ...body }, context);
  }

  @Post(':id/clearances/:requirement/grant-corrections')
  @ApiParam(REQUIREMENT)
  @CommandEndpoint({ summary: 'Correct a grant recorded with a wrong date or evidence (ClearanceGrantCorrected; the original stays in the log)', roles: ['compliance'], notFound: true, description: 'Refusals: clearance.grant-correctable; clearance.expiry-after-effective-date, clearance.correction-changes-something' })
  correctGrant(
    @Param('id', ArtistIdParamPipe) id: string,
    @Param('requirement', RequirementParamPipe) requirement: ClearanceRequirement,
    @Body() body: ClearanceGrantCorrectionBody,
    @CommandCtx() context: CommandContext,
  ): Promise<CommandResult> {
    return this.decide(id, { type: 'CorrectClearanceGrant', requirement, ...body }, context);
  }

  @Post(':id/clearances/:requirement/grant-withdrawals')
  @ApiParam(REQUIREMENT)
  @CommandEndpoint({ summary: 'Withdraw a grant recorded in error: it no longer counts at any date (ClearanceGrantWithdrawn)', roles: ['compliance'], notFound: true, description: 'Refusals: clearance.grant-correctable' })
  withdrawGrant(
    @Param('id', ArtistIdParamPipe) id: string,
    @Param('requirement', RequirementParamPipe) requirement: ClearanceRequirement,
    @Body() body: ClearanceGrantWithdrawalBody,
    @CommandCtx() context: CommandContext,
  ): Promise<CommandResult> {
    return this.decide(id, { type: 'WithdrawClearanceGrant', requirement, ...body }, context);
  }
}
