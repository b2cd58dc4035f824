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
import { PartnerCommandMessage } from '../application/partner-command-message';
import { PartnerCommand } from '../domain/partner-commands';
import { partnerDecider } from '../domain/partner-decider';
import { partnerLeas, PartnerState, RosterStatus, rosterStatusInForce } from '../domain/partner-state';
import { partnerStream } from '../domain/streams';
import {
  AgreementBody, ContractorCertificationBody, CorrectPartnerDetailsBody, InsuranceCancellationBody, InsuranceCertificateBody, ProposePartnerBody,
  RosterDecisionBody, RosterDecisionWithReasonBody,
} from './partner.dto';

const PARTNER_ID = new IdParamPipe(partnerStream);

/** The partner as recorded, and per LEA its roster status on the server's day (what the partners list shows). */
export interface PartnerView extends AggregateView<PartnerState> {
  readonly today: { readonly date: string; readonly rosterStatus: Record<string, RosterStatus | 'not-yet-proposed'> };
}

/**
 * Community partners and their standing with each LEA. Operations staff (and admin) propose partners and correct
 * their details; compliance staff (and admin) accept insurance, certifications and agreements and make the roster
 * decisions (approval, suspension, reinstatement, removal). Every role may read a partner.
 */
@ApiTags('partners')
@Controller('partners')
export class PartnersController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  private send(partnerId: string, command: PartnerCommand, context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new PartnerCommandMessage(partnerId, command, context));
  }

  @Post()
  @CommandEndpoint({ summary: 'Propose a partner (PartnerProposed); also proposes again to an LEA that removed it.', description: '409: partner.unique, partner.roster-order. 422: partner.services.', roles: ['operations'] })
  propose(@Body() body: ProposePartnerBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    const { id, effectiveDate, ...profile } = body;
    const partnerId = id ?? deterministicUuid('partner', context.commandId);
    return this.send(partnerId, { type: 'ProposePartner', partnerId, ...profile, effectiveDate: effectiveDate ?? this.clock.today() }, context);
  }

  @Get(':id')
  @QueryEndpoint({
    summary: 'Current state of a partner: profile, insurance certificates, certifications, agreements and every roster decision per LEA',
    description:
      "`state.rosterChanges` is every decision as recorded (one recorded today may take effect next month); `today.rosterStatus` is, per LEA the partner has come before, the decision in force on the server's day: what the partners list shows.",
    notFound: true,
    aggregateView: true,
  })
  async get(@Param('id', PARTNER_ID) id: string): Promise<PartnerView> {
    const streamId = partnerStream(id);
    const loaded = await loadAggregate(this.store, streamId, partnerDecider);
    if (!loaded.state.exists) throw new AggregateNotFoundError(streamId);
    const date = this.clock.today();
    const rosterStatus = Object.fromEntries(partnerLeas(loaded.state).map((lea) => [lea, rosterStatusInForce(loaded.state, lea, date)]));
    return { id, streamId, revision: loaded.revision, state: loaded.state, today: { date, rosterStatus } };
  }

  @Post(':id/corrections')
  @CommandEndpoint({ summary: 'Correct a wrong name, kind, services or art forms (PartnerDetailsCorrected); the original stays in the log.', roles: ['operations'], notFound: true })
  correct(@Param('id', PARTNER_ID) id: string, @Body() body: CorrectPartnerDetailsBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.send(id, { type: 'CorrectPartnerDetails', ...body, effectiveDate: body.effectiveDate ?? this.clock.today() }, context);
  }

  @Post(':id/insurance')
  @CommandEndpoint({ summary: 'Accept a general liability certificate naming the LEA as additional insured (InsuranceCertificateAccepted).', description: '409: partner.insurance-unique. 422: partner.insurance-additional-insured, partner.insurance-term (expiresOn not after effectiveDate).', roles: ['compliance'], notFound: true })
  acceptInsurance(@Param('id', PARTNER_ID) id: string, @Body() body: InsuranceCertificateBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.send(id, { type: 'AcceptInsuranceCertificate', ...body }, context);
  }

  @Post(':id/insurance/cancellation')
  @CommandEndpoint({ summary: "Note a cancellation notice for a policy, from its effective date (InsuranceCancellationNoted per certificate of the policy still giving cover).", description: '409: partner.insurance-known, partner.insurance-cancellable.', roles: ['compliance'], notFound: true })
  noteCancellation(@Param('id', PARTNER_ID) id: string, @Body() body: InsuranceCancellationBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.send(id, { type: 'NoteInsuranceCancellation', ...body }, context);
  }

  @Post(':id/contractor-certification')
  @CommandEndpoint({ summary: "Accept the partner's signed contractor background-check certification for an LEA (ContractorCertificationAccepted).", roles: ['compliance'], notFound: true })
  acceptCertification(@Param('id', PARTNER_ID) id: string, @Body() body: ContractorCertificationBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.send(id, { type: 'AcceptContractorCertification', ...body }, context);
  }

  @Post(':id/agreements')
  @CommandEndpoint({ summary: 'Execute an MOU or service contract with an LEA for a term (AgreementExecuted).', description: '409: partner.agreement-unique. 422: partner.agreement-term (ends before it starts).', roles: ['compliance'], notFound: true })
  executeAgreement(@Param('id', PARTNER_ID) id: string, @Body() body: AgreementBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    const { agreementId, effectiveDate, ...term } = body;
    return this.send(id, {
      type: 'ExecuteAgreement', ...term,
      agreementId: agreementId ?? deterministicUuid('agreement', context.commandId),
      effectiveDate: effectiveDate ?? this.clock.today(),
    }, context);
  }

  @Post(':id/approval')
  @CommandEndpoint({ summary: "Approve onto the LEA's roster (PartnerApproved): needs that LEA's insurance, agreement and contractor certification on the date.", description: '409: partner.approval-prerequisites (names what is missing or expired), partner.approval, partner.removed, partner.roster-order.', roles: ['compliance'], notFound: true })
  approve(@Param('id', PARTNER_ID) id: string, @Body() body: RosterDecisionBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.send(id, { type: 'ApprovePartner', lea: body.lea, effectiveDate: body.effectiveDate ?? this.clock.today() }, context);
  }

  @Post(':id/suspension')
  @CommandEndpoint({ summary: "Suspend from the LEA's roster with a reason (PartnerSuspended).", description: '409: partner.suspension, partner.roster-order.', roles: ['compliance'], notFound: true })
  suspend(@Param('id', PARTNER_ID) id: string, @Body() body: RosterDecisionWithReasonBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.send(id, { type: 'SuspendPartner', lea: body.lea, reason: body.reason, effectiveDate: body.effectiveDate ?? this.clock.today() }, context);
  }

  @Post(':id/reinstatement')
  @CommandEndpoint({ summary: "Reinstate a suspended partner (PartnerReinstated): the LEA's evidence must hold again on the date.", description: '409: partner.reinstatement, partner.reinstatement-prerequisites, partner.roster-order.', roles: ['compliance'], notFound: true })
  reinstate(@Param('id', PARTNER_ID) id: string, @Body() body: RosterDecisionBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.send(id, { type: 'ReinstatePartner', lea: body.lea, effectiveDate: body.effectiveDate ?? this.clock.today() }, context);
  }

  @Post(':id/removal')
  @CommandEndpoint({ summary: "Remove from the LEA's roster (PartnerRemoved); approval there again needs a new proposal.", description: '409: partner.removal, partner.roster-order.', roles: ['compliance'], notFound: true })
  remove(@Param('id', PARTNER_ID) id: string, @Body() body: RosterDecisionWithReasonBody, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.send(id, { type: 'RemovePartner', lea: body.lea, reason: body.reason, effectiveDate: body.effectiveDate ?? this.clock.today() }, context);
  }
}
