/**
 * Streams/Tombstone (the only delete the adapter uses: a tombstoned stream can never be written or read again).
 * Streams/Delete (soft delete) is answered UNIMPLEMENTED on purpose rather than imitated wrongly.
 */
import * as grpc from '@grpc/grpc-js';
import { InMemoryLog } from './in-memory-log';
import { expectedState, serviceError, streamDeletedError, streamNameOf, streams } from './wire-messages';

export function tombstoneHandler(log: InMemoryLog): grpc.handleUnaryCall<streams.TombstoneReq, streams.TombstoneResp> {
  return (call, callback) => {
    const options = call.request.getOptions()!;
    const streamId = streamNameOf(options.getStreamIdentifier());
    const expected = expectedState({
      hasAny: () => options.hasAny(),
      hasNoStream: () => options.hasNoStream(),
      hasStreamExists: () => options.hasStreamExists(),
      revision: () => options.getRevision(),
    });
    const outcome = log.tombstone(streamId, expected);
    if (outcome.result === 'stream_deleted') return callback(streamDeletedError(streamId));
    if (outcome.result === 'wrong_expected_version') {
      const metadata: Record<string, string> = {
        exception: 'wrong-expected-version',
        'stream-name': streamId,
        'expected-version': expected.kind === 'revision' ? expected.revision.toString() : '-2',
      };
      if (outcome.currentRevision !== undefined) metadata['actual-version'] = outcome.currentRevision.toString();
      return callback(serviceError(grpc.status.FAILED_PRECONDITION, 'wrong expected version', metadata));
    }
    const position = new streams.TombstoneResp.Position().setCommitPosition(outcome.position.toString()).setPreparePosition(outcome.position.toString());
    callback(null, new streams.TombstoneResp().setPosition(position));
  };
}

export const softDeleteHandler: grpc.handleUnaryCall<streams.DeleteReq, streams.DeleteResp> = (_call, callback) =>
  callback(serviceError(grpc.status.UNIMPLEMENTED, 'the test server only tombstones (hard delete)'));
