import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { artistDecider } from '../../artists/domain/artist-decider';
import { Clock } from '../../clock/clock';
import { CommandContext, CommandResult, Decider, deterministicUuid, DomainEvent, executeCommand } from '../../command-handling';
import { EventStore, RecordedEvent } from '../../event-store';
import { recordPartnerLapses } from '../../partners/application/record-partner-lapses';
import { partnerDecider } from '../../partners/domain/partner-decider';
import { ExpirySweepLog } from '../schedule/expiry-sweep-log';
import { ExpirySweepReport, RunExpirySweep, SweptExpiry } from './run-expiry-sweep';

/**
 * Rule 4: time-driven expiry. Each artist and partner stream decides for itself what expired by `asOf`
 * (their deciders skip what is already recorded), so a second sweep records nothing new. A partner whose
 * insurance or agreement lapsed by `asOf` while approved is then suspended from the lapse (PartnerSuspended by
 * `system:partner-standing`, caused by the lapse's event), and that suspension is one of the sweep's items.
 */
@CommandHandler(RunExpirySweep)
export class RunExpirySweepHandler implements ICommandHandler<RunExpirySweep, ExpirySweepReport> {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    private readonly log: ExpirySweepLog,
    private readonly clock: Clock,
  ) {}

  async execute({ asOf, context }: RunExpirySweep): Promise<ExpirySweepReport> {
    // The global log is the list of streams until a projection offers one: each stream's first event names it.
    const { artists, partners } = await this.streamsToSweep();
    const items: SweptExpiry[] = [];
    for (const streamId of artists) items.push(...(await this.sweep(streamId, artistDecider, { type: 'RecordClearanceExpiries', asOf }, context)));
    for (const streamId of partners) {
      items.push(...(await this.sweep(streamId, partnerDecider, { type: 'RecordPartnerExpiries', asOf }, context)));
      // Then the roster facts those lapses (and cancellations dated by asOf) make: PartnerSuspended from the lapse, by the system.
      const lapses = await recordPartnerLapses(this.store, streamId, asOf, { ...context, commandId: deterministicUuid('expiry-sweep', context.commandId, streamId) });
      if (lapses) items.push(...(await this.written(streamId, lapses)));
    }
    const byType: Record<string, number> = {};
    for (const item of items) byType[item.type] = (byType[item.type] ?? 0) + 1;
    // Remembered only once every stream is swept: a sweep that failed half-way is not "the last sweep".
    this.log.completed({ asOf, completedAt: this.clock.now(), actor: context.actor, eventIds: items.map((item) => item.id) });
    return { asOf, artistsChecked: artists.length, partnersChecked: partners.length, recorded: { total: items.length, byType }, items };
  }

  private async streamsToSweep(): Promise<{ artists: string[]; partners: string[] }> {
    const artists = new Set<string>();
    const partners = new Set<string>();
    const filter = { streamPrefixes: ['artist-', 'partner-'], eventTypes: ['ArtistRegistered', 'PartnerProposed'] };
    for await (const event of this.store.readAll({ filter })) {
      if (event.streamId.startsWith('artist-')) artists.add(event.streamId);
      else partners.add(event.streamId);
    }
    return { artists: [...artists], partners: [...partners] };
  }

  private async sweep<C, E extends DomainEvent, S>(streamId: string, decider: Decider<C, E, S>, command: C, context: CommandContext): Promise<SweptExpiry[]> {
    const result = await executeCommand({
      store: this.store,
      decider,
      id: streamId,
      streamId,
      command,
      // One command per stream per sweep request: a retried request (same Idempotency-Key) repeats nothing.
      context: { ...context, commandId: deterministicUuid('expiry-sweep', context.commandId, streamId), ifMatch: undefined },
    });
    return this.written(streamId, result);
  }

  private async written(streamId: string, result: CommandResult): Promise<SweptExpiry[]> {
    if (result.eventsWritten === 0) return [];
    const written: RecordedEvent[] = [];
    const from = result.revision - BigInt(result.eventsWritten) + 1n;
    for await (const event of this.store.readStream(streamId, { fromRevision: from, maxCount: result.eventsWritten })) written.push(event);
    return written.map((e) => ({ id: e.id, streamId, position: e.position.toString(), type: e.type, revision: e.revision.toString(), data: e.data }));
  }
}
