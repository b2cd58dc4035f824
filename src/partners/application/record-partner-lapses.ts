import { CommandContext, CommandResult, deterministicUuid, executeCommand } from '../../command-handling';
import { EventStore, upcast } from '../../event-store';
import { LapseEventRef, RecordPartnerLapses } from '../domain/partner-commands';
import { partnerDecider } from '../domain/partner-decider';
import { PartnerEvent } from '../domain/partner-events';
import { partnerLapsesDueBy } from '../domain/partner-lapses';

/** Who records a partner suspension for a lapsed insurance or agreement (never a body field, never the caller). */
export const PARTNER_STANDING_ACTOR = 'system:partner-standing';

const LAPSE_EVENT_TYPES: ReadonlySet<string> = new Set(['InsuranceCancellationNoted', 'InsuranceExpired', 'AgreementExpired']);

/**
 * Records the suspensions due by `asOf` for lapsed insurance or agreements in one partner stream (RecordPartnerLapses),
 * as the system actor, caused by the lapse's event. `trigger` is the command id that prompted it (a sweep, a
 * cancellation notice): a retried request derives the same command id and writes nothing twice.
 */
export async function recordPartnerLapses(
  store: EventStore, streamId: string, asOf: string, trigger: CommandContext,
): Promise<CommandResult | null> {
  // The ids of the events that can cause a lapse, so the suspension names the one behind it; and a preview of the
  // decision, so the command's causation id is that event (the decision itself is taken again, on the state appended to).
  let state = partnerDecider.initialState;
  const causingEvents: LapseEventRef[] = [];
  for await (const recorded of store.readStream(streamId)) {
    const event = upcast(recorded);
    state = partnerDecider.evolve(state, { type: event.type, data: event.data } as PartnerEvent);
    if (!LAPSE_EVENT_TYPES.has(event.type)) continue;
    const data = event.data as { certificateNumber?: number; agreementId?: string };
    causingEvents.push({
      eventType: event.type as LapseEventRef['eventType'], eventId: event.id,
      ...(data.certificateNumber !== undefined ? { certificateNumber: data.certificateNumber } : {}),
      ...(data.agreementId !== undefined ? { agreementId: data.agreementId } : {}),
    });
  }
  const command: RecordPartnerLapses = { type: 'RecordPartnerLapses', asOf, causingEvents };
  const preview = partnerLapsesDueBy(state, command);
  if (preview.length === 0) return null;
  const first = preview[0].data as { lapse?: { eventId: string | null } };
  return executeCommand({
    store,
    decider: partnerDecider,
    id: state.partnerId,
    streamId,
    command,
    context: {
      commandId: deterministicUuid('partner-lapses', trigger.commandId, streamId),
      actor: PARTNER_STANDING_ACTOR,
      correlationId: trigger.correlationId,
      ...(first.lapse?.eventId ? { causationId: first.lapse.eventId } : {}),
    },
  });
}
