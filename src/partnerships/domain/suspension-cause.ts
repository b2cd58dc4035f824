/**
 * Why an assignment is suspended: a clearance of its artist, or its partner's standing, in one LEA.
 * The causing event id is kept for the audit trail; what a later reinstatement lifts is the *kind of cause*
 * (same kind, same requirement, same LEA), so a reinstatement after a revocation or a renewal after an
 * expiry lifts it even though it answers a different event.
 */
export interface SuspensionCause {
  readonly kind: 'clearance' | 'partner';
  /** The event that caused (or lifted) the suspension. */
  readonly eventId: string;
  /** The causing event's type, e.g. `ClearanceSuspended`, `PartnerReinstated`. */
  readonly eventType: string;
  /** The clearance requirement (`background-check`…) or the partner standing item (`roster`, `insurance`, `agreement`). */
  readonly requirement?: string;
  readonly lea: string;
  /**
   * What stood in the way when the follow-up looked, in compliance staff's words (e.g. "TB risk screening for LEA
   * lausd expired on 2026-05-01"). Absent on causes recorded before follow-ups checked the standing.
   */
  readonly problem?: string;
}

/** Two causes with the same key are the same reason to stay suspended. */
export function causeKey(cause: Pick<SuspensionCause, 'kind' | 'requirement' | 'lea'>): string {
  return `${cause.kind}:${cause.requirement ?? ''}:${cause.lea}`;
}

export function describeCause(cause: SuspensionCause): string {
  const what = cause.kind === 'clearance' ? `clearance ${cause.requirement ?? ''}`.trim() : `partner ${cause.requirement ?? 'standing'}`;
  const event = `${what} in LEA ${cause.lea} (${cause.eventType})`;
  return cause.problem ? `${event}: ${cause.problem}` : event;
}
