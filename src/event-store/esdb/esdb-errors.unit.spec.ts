import { convertToCommandError } from '@eventstore/db-client';
import { Metadata, status } from '@grpc/grpc-js';
import { EventStoreUnavailableError } from '../event-store-errors';
import { toPortError } from './esdb-errors';

/** A gRPC error as @grpc/grpc-js hands it to the client, converted as the client converts it. */
function clientError(code: status, details: string): Error {
  const error = Object.assign(new Error(`${code} ${status[code]}: ${details}`), { code, details, metadata: new Metadata() });
  return convertToCommandError(error);
}

describe('toPortError', () => {
  it('treats a connection torn down under a call (status 13, RST_STREAM / session closed) as the store being unavailable', () => {
    const reset = clientError(status.INTERNAL, 'Received RST_STREAM with code 2 triggered by internal client error: Session closed with error code 2');
    expect(toPortError(reset, 'partnership-x')).toBeInstanceOf(EventStoreUnavailableError);
    expect(toPortError(clientError(status.UNAVAILABLE, 'No connection established'), 'partnership-x')).toBeInstanceOf(EventStoreUnavailableError);
  });

  it('leaves any other internal error as it is: it is not known to be the connection', () => {
    const other = clientError(status.INTERNAL, 'Unexpected end of stream');
    expect(toPortError(other, 'partnership-x')).toBe(other);
  });
});
