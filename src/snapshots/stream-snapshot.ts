/**
 * A stream's state folded up to a revision, kept so that a later fold starts there instead of at event 0.
 * Shared seam between the command path (fold cache, durable snapshots) and the timeline (pages from snapshots).
 */
export interface StreamSnapshot<State = unknown> {
  readonly streamId: string;
  /** Revision of the last event folded into `state`. */
  readonly revision: bigint;
  /** Global position of that event. */
  readonly position: bigint;
  /** The state after events 0..revision, decoded (live objects, never shared JSON text). */
  readonly state: State;
  /** The latest recordedAt among events 0..revision: a replay cut by `knownAt` or an instant may start here only when this is inside the cut. */
  readonly maxRecordedAt: Date;
}
