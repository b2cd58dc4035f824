import { Refusal } from './decider';

/** A business rule refused the command. Nothing was written. */
export class CommandRefusedError extends Error {
  override readonly name = 'CommandRefusedError';
  constructor(readonly refusal: Refusal) {
    super(`${refusal.rule}: ${refusal.detail}`);
  }
}

/** The command id was reused for a different request (same Idempotency-Key, different body). Nothing was written. */
export class IdempotencyKeyReusedError extends Error {
  override readonly name = 'IdempotencyKeyReusedError';
}

/** The aggregate the command addresses does not exist. */
export class AggregateNotFoundError extends Error {
  override readonly name = 'AggregateNotFoundError';
  constructor(readonly streamId: string) {
    super(`${streamId} does not exist`);
  }
}

/**
 * A loaded state could not read a part it keeps out of memory (a snapshot's older sessions, whose row was pruned before
 * they were read: src/snapshots/snapshot-store.ts). Nothing was decided on it: the command path loads the stream again,
 * and a read answers 503 (retry).
 */
export class StateUnreadableError extends Error {
  override readonly name = 'StateUnreadableError';
}
