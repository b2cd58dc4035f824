import { ExpectedRevision } from '../event-store';

/** Everything about a command that is not its business content: who, why, and the caller's concurrency claim. */
export interface CommandContext {
  /** Unique per command; retries carry the same id (derived from Idempotency-Key when given). */
  readonly commandId: string;
  /** The authenticated caller, e.g. `key:compliance-1`, or `system:assignment-follow-up`. */
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId?: string;
  /** From `If-Match`: the stream revision the caller last saw. A mismatch is a ConcurrencyError (HTTP 412). */
  readonly ifMatch?: bigint;
  readonly requestHash?: string;
}

/** What a command answers on success (HTTP 201, or 200 for a repeat). */
export interface CommandResult {
  readonly id: string;
  readonly streamId: string;
  /** Revision of the stream's last event after the command. */
  readonly revision: bigint;
  /** Global position of the command's last event: pass it as `minPosition` to read your writes. */
  readonly position: bigint | null;
  /** True when this command id had already been applied: nothing new was written. */
  readonly repeated: boolean;
  /** Number of events written by this call. */
  readonly eventsWritten: number;
}

export function expectedRevisionOf(revision: bigint): ExpectedRevision {
  return revision < 0n ? 'no_stream' : revision;
}
