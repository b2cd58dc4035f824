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
