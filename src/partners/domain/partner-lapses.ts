import { dayAfter } from './calendar-dates';
import { LapseEventRef, RecordPartnerLapses } from './partner-commands';
import { PartnerEvent, PartnerLapse } from './partner-events';
import { certificateCovers } from './partner-standing';
import { currentRosterChange, PartnerState } from './partner-state';

/*
 * A lapse is a day from which the partner has no insurance (a cancellation, or a recorded expiry) or no agreement
 * (a recorded expiry) with an LEA. While the partner is approved on that LEA's roster, the first lapse on or after
 * the approval in force becomes a recorded roster fact: PartnerSuspended from that day, naming the lapse and the
 * event behind it. The suspension is lifted only by a compliance reinstatement (which needs evidence covering its
 * own date): a new certificate makes reinstatement possible, it does not decide it.
 * Idempotent without bookkeeping: once suspended, the LEA's roster decision in force is no longer an approval,
 * and after a reinstatement every earlier lapse falls before the decision in force.
 */

interface Candidate {
  readonly lea: string;
  readonly from: string;
  readonly lapse: Omit<PartnerLapse, 'eventId'>;
  readonly reason: string;
}

function candidates(partner: PartnerState, asOf: string): Candidate[] {
  const found: Candidate[] = [];
  for (const c of partner.insuranceCertificates) {
    const { lea, certificateNumber, policyNumber } = c;
    if (c.cancelledFrom !== null && c.cancelledFrom < c.expiresOn && c.cancelledFrom <= asOf) {
      found.push({
        lea, from: c.cancelledFrom, reason: `insurance policy ${policyNumber} for LEA ${lea} cancelled from ${c.cancelledFrom}`,
        lapse: { item: 'insurance', eventType: 'InsuranceCancellationNoted', certificateNumber, policyNumber },
      });
    } else if (c.expiryRecorded && c.expiresOn <= asOf) {
      found.push({
        lea, from: c.expiresOn, reason: `insurance policy ${policyNumber} for LEA ${lea} expired on ${c.expiresOn}`,
        lapse: { item: 'insurance', eventType: 'InsuranceExpired', certificateNumber, policyNumber },
      });
    }
  }
  for (const a of partner.agreements) {
    const from = dayAfter(a.endsOn);
    if (!a.expiryRecorded || from > asOf) continue;
    found.push({
      lea: a.lea, from, reason: `agreement ${a.agreementId} with LEA ${a.lea} ended on ${a.endsOn}`,
      lapse: { item: 'agreement', eventType: 'AgreementExpired', agreementId: a.agreementId },
    });
  }
  return found;
}

/** Whether the item that lapsed is really missing on that day (no other certificate or agreement covers it). */
function uncovered(partner: PartnerState, candidate: Candidate): boolean {
  const { lea, from } = candidate;
  return candidate.lapse.item === 'insurance'
    ? !partner.insuranceCertificates.some((c) => c.lea === lea && certificateCovers(c, from))
    : !partner.agreements.some((a) => a.lea === lea && a.startsOn <= from && from <= a.endsOn);
}

function causingEventId(candidate: Candidate, refs: readonly LapseEventRef[]): string | null {
  const { lapse } = candidate;
  const matching = refs.filter((r) => r.eventType === lapse.eventType
    && (lapse.item === 'insurance' ? r.certificateNumber === lapse.certificateNumber : r.agreementId === lapse.agreementId));
  return matching.at(-1)?.eventId ?? null;
}

export function partnerLapsesDueBy(partner: PartnerState, command: RecordPartnerLapses): PartnerEvent[] {
  if (!partner.exists) return [];
  const byLea = new Map<string, Candidate>();
  for (const candidate of candidates(partner, command.asOf)) {
    const inForce = currentRosterChange(partner, candidate.lea);
    if (inForce?.status !== 'approved' || candidate.from < inForce.effectiveDate || !uncovered(partner, candidate)) continue;
    const earliest = byLea.get(candidate.lea);
    if (earliest === undefined || candidate.from < earliest.from) byLea.set(candidate.lea, candidate);
  }
  return [...byLea.values()].map((candidate) => ({
    type: 'PartnerSuspended',
    data: {
      partnerId: partner.partnerId, lea: candidate.lea, reason: candidate.reason, effectiveDate: candidate.from,
      lapse: { ...candidate.lapse, eventId: causingEventId(candidate, command.causingEvents) },
    },
  }));
}
