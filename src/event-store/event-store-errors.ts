import { describeExpectedRevision, ExpectedRevision } from './expected-revision';

/** The stream is not where the writer expected it: someone else wrote first. Nothing was written. */
export class ConcurrencyError extends Error {
  override readonly name = 'ConcurrencyError';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** Revision of the stream's last event, -1n when the stream does not exist (when the store knows it). */
    readonly actual: bigint | undefined,
  ) {
    super(
      `stream ${streamId}: expected ${describeExpectedRevision(expected)}, found ${
        actual === undefined ? 'a different revision' : actual < 0n ? 'no stream' : `revision ${actual}`
      }`,
    );
  }
}

/** The caller handed the store something it must refuse (bad stream name, oversized or non-JSON event). Nothing was written. */
export class InvalidEventError extends Error {
  override readonly name = 'InvalidEventError';
}

/** The stream was deleted (tombstoned) and cannot be read or written. */
export class StreamDeletedError extends Error {
  override readonly name = 'StreamDeletedError';
  constructor(readonly streamId: string) {
    super(`stream ${streamId} is deleted`);
  }
}

/** The store cannot be reached or failed; the write may or may not have happened only if this is thrown mid-append. */
export class EventStoreUnavailableError extends Error {
  override readonly name = 'EventStoreUnavailableError';
}
