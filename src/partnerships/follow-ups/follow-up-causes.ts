import { RecordedEvent } from '../../event-store';
import { SuspensionCause } from '../domain/suspension-cause';

/**
 * Rule 3, as data: which events suspend assignments and which lift those suspensions, for whom (an artist or a
 * partner) and in which LEA; `review` events change a clearance without being either (a corrected or withdrawn
 * grant). Every one of them makes the reactor review the standing of that subject's assignments in that LEA: the
 * effect only names the cause it opens or closes. Pure, so the mapping is testable without a store.
 */
export interface FollowUpCause {
  readonly effect: 'suspend' | 'lift' | 'review';
  readonly subject: { readonly kind: 'artist' | 'partner'; readonly id: string };
  readonly cause: SuspensionCause;
  readonly effectiveDate: string;
}

const CLEARANCE_SUSPENDING = ['ClearanceSuspended', 'ClearanceRevoked', 'ClearanceExpired'];
// A fresh grant for the same requirement and LEA lifts too: new evidence starts clean.
const CLEARANCE_LIFTING = ['ClearanceReinstated', 'ClearanceRenewed', 'ClearanceGranted'];
// A grant moved to other dates, or withdrawn as recorded in error, can leave the artist without a valid clearance.
const CLEARANCE_REVIEWING = ['ClearanceGrantCorrected', 'ClearanceGrantWithdrawn'];

/** Partner events, with the standing item they speak about: the roster, the insurance or the agreement. */
const PARTNER_SUSPENDING: Record<string, string> = { PartnerSuspended: 'roster', PartnerRemoved: 'roster', InsuranceExpired: 'insurance', InsuranceCancellationNoted: 'insurance', AgreementExpired: 'agreement' };
const PARTNER_LIFTING: Record<string, string> = { PartnerReinstated: 'roster', PartnerApproved: 'roster', InsuranceCertificateAccepted: 'insurance', AgreementExecuted: 'agreement' };

export const FOLLOW_UP_CAUSE_TYPES = [...CLEARANCE_SUSPENDING, ...CLEARANCE_LIFTING, ...CLEARANCE_REVIEWING, ...Object.keys(PARTNER_SUSPENDING), ...Object.keys(PARTNER_LIFTING)];

interface CauseData {
  artistId?: unknown;
  partnerId?: unknown;
  lea?: unknown;
  requirement?: unknown;
  effectiveDate?: unknown;
  coverageContinues?: unknown;
}

function effectiveDateOf(event: RecordedEvent, data: CauseData): string {
  return typeof data.effectiveDate === 'string' ? data.effectiveDate : event.recordedAt.toISOString().slice(0, 10);
}

export function followUpCauseOf(event: RecordedEvent): FollowUpCause | null {
  const data = (event.data ?? {}) as CauseData;
  if (typeof data.lea !== 'string') return null;
  const base = { eventId: event.id, eventType: event.type, lea: data.lea };
  const effectiveDate = effectiveDateOf(event, data);
  const clearanceEffect = CLEARANCE_SUSPENDING.includes(event.type) ? 'suspend'
    : CLEARANCE_LIFTING.includes(event.type) ? 'lift'
    : CLEARANCE_REVIEWING.includes(event.type) ? 'review'
    : null;
  if (clearanceEffect && typeof data.artistId === 'string' && typeof data.requirement === 'string') {
    return { effect: clearanceEffect, subject: { kind: 'artist', id: data.artistId }, cause: { kind: 'clearance', ...base, requirement: data.requirement }, effectiveDate };
  }
  if (typeof data.partnerId !== 'string') return null;
  // An expiry with another certificate or agreement covering the next day is a renewal in place: nothing lapsed.
  if (data.coverageContinues === true) return null;
  const suspending = Object.hasOwn(PARTNER_SUSPENDING, event.type) ? PARTNER_SUSPENDING[event.type] : undefined;
  const lifting = Object.hasOwn(PARTNER_LIFTING, event.type) ? PARTNER_LIFTING[event.type] : undefined;
  const requirement = suspending ?? lifting;
  if (requirement === undefined) return null;
  return { effect: suspending ? 'suspend' : 'lift', subject: { kind: 'partner', id: data.partnerId }, cause: { kind: 'partner', ...base, requirement }, effectiveDate };
}
