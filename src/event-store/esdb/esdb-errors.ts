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
  if (isUnreachable(error)) return new EventStoreUnavailableError(`EventStoreDB: ${error.message}`, { cause: error });
  return error;
}

/** The store could not be reached for the call (down, a leader election, a dropped connection): not a fault of the request. */
export function isUnreachable(error: unknown): boolean {
  return error instanceof Error && isCommandError(error) && (UNREACHABLE.includes(error.type) || isTransportReset(error));
}

/**
 * gRPC status 13 (INTERNAL) raised by the client's HTTP/2 layer when the connection a call was on was torn down
 * ("Received RST_STREAM …", "Session closed …"): the store was unreachable for that call, as with UNAVAILABLE (the call
 * may or may not have reached the server). Not a fault of the request, and worth trying again.
 */
export function isTransportReset(error: Error): boolean {
  return (error as { code?: number }).code === 13 && /RST_STREAM|Session closed/.test(error.message);
}

export function isStreamNotFound(error: unknown): boolean {
  return error instanceof Error && isCommandError(error) && error.type === ErrorType.STREAM_NOT_FOUND;
}
