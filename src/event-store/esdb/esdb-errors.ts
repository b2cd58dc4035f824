import { ErrorType, isCommandError } from '@eventstore/db-client';
import { ConcurrencyError, EventStoreUnavailableError, StreamDeletedError } from '../event-store-errors';
import { ExpectedRevision } from '../expected-revision';

const UNREACHABLE: readonly string[] = [ErrorType.UNAVAILABLE, ErrorType.DEADLINE_EXCEEDED, ErrorType.CANCELLED, ErrorType.TIMEOUT, ErrorType.NOT_LEADER];

/** Translates the client's errors into the port's, so callers never see which adapter they talk to. */
export function toPortError(error: unknown, streamId: string, expected?: ExpectedRevision): unknown {
  if (!(error instanceof Error) || !isCommandError(error)) return error;
  switch (error.type) {
    case ErrorType.WRONG_EXPECTED_VERSION: {
      const actual = error.actualVersion;
      return new ConcurrencyError(streamId, expected ?? 'any', typeof actual === 'bigint' ? actual : actual === 'no_stream' ? -1n : undefined);
    }
    case ErrorType.STREAM_DELETED:
      return new StreamDeletedError(streamId);
  }
  if (UNREACHABLE.includes(error.type)) return new EventStoreUnavailableError(`EventStoreDB: ${error.message}`, { cause: error });
  return error;
}

export function isStreamNotFound(error: unknown): boolean {
  return error instanceof Error && isCommandError(error) && error.type === ErrorType.STREAM_NOT_FOUND;
}
