/**
 * Streams/Append (client stream: options, then one message per event) and Streams/BatchAppend
 * (bidirectional, one correlation id per append). Each path reports conflicts in its own format.
 */
import * as grpc from '@grpc/grpc-js';
import { AppendOutcome, ExpectedState, InMemoryLog, ProposedEvent } from './in-memory-log';
import {
  expectedState,
  packedStatus,
  shared,
  streamDeletedError,
  streamIdentifier,
  streamNameOf,
  streams,
  uuidText,
  wrongExpectedVersionDetails,
} from './wire-messages';

type Proposed = streams.AppendReq.ProposedMessage | streams.BatchAppendReq.ProposedMessage;

function proposedEvent(message: Proposed): ProposedEvent {
  const metadata = message.getMetadataMap();
  return {
    id: uuidText(message.getId()),
    type: metadata.get('type') ?? '',
    contentType: metadata.get('content-type') ?? 'application/octet-stream',
    data: message.getData_asU8(),
    customMetadata: message.getCustomMetadata_asU8(),
  };
}

export function appendHandler(log: InMemoryLog): grpc.handleClientStreamingCall<streams.AppendReq, streams.AppendResp> {
  return (call, callback) => {
    let streamId: string | undefined;
    let expected: ExpectedState = { kind: 'any' };
    const events: ProposedEvent[] = [];
    call.on('data', (request: streams.AppendReq) => {
      const options = request.getOptions();
      if (options) {
        streamId = streamNameOf(options.getStreamIdentifier());
        expected = expectedState({
          hasAny: () => options.hasAny(),
          hasNoStream: () => options.hasNoStream(),
          hasStreamExists: () => options.hasStreamExists(),
          revision: () => options.getRevision(),
        });
      } else if (request.hasProposedMessage()) {
        events.push(proposedEvent(request.getProposedMessage()!));
      }
    });
    call.on('error', () => undefined);
    call.on('end', () => {
      if (streamId === undefined) return callback({ code: grpc.status.INVALID_ARGUMENT, details: 'append without options' });
      const outcome = log.append(streamId, expected, events);
      if (outcome.result === 'stream_deleted') return callback(streamDeletedError(streamId));
      callback(null, appendResponse(expected, outcome));
    });
  };
}

function appendResponse(expected: ExpectedState, outcome: Exclude<AppendOutcome, { result: 'stream_deleted' }>): streams.AppendResp {
  if (outcome.result === 'written') {
    const success = new streams.AppendResp.Success()
      .setCurrentRevision(outcome.currentRevision.toString())
      // Like the server: commit = the last event's position, prepare = the first event's.
      .setPosition(
        new streams.AppendResp.Position().setCommitPosition(outcome.lastPosition.toString()).setPreparePosition(outcome.firstPosition.toString()),
      );
    return new streams.AppendResp().setSuccess(success);
  }
  const wrong = new streams.AppendResp.WrongExpectedVersion();
  if (outcome.currentRevision === undefined) wrong.setCurrentNoStream(new shared.Empty());
  else wrong.setCurrentRevision(outcome.currentRevision.toString());
  if (expected.kind === 'any') wrong.setExpectedAny(new shared.Empty());
  else if (expected.kind === 'no_stream') wrong.setExpectedNoStream(new shared.Empty());
  else if (expected.kind === 'stream_exists') wrong.setExpectedStreamExists(new shared.Empty());
  else wrong.setExpectedRevision(expected.revision.toString());
  return new streams.AppendResp().setWrongExpectedVersion(wrong);
}

interface PendingBatch {
  streamId: string;
  expected: ExpectedState;
  events: ProposedEvent[];
}

export function batchAppendHandler(log: InMemoryLog): grpc.handleBidiStreamingCall<streams.BatchAppendReq, streams.BatchAppendResp> {
  return (call) => {
    // A large append arrives in several requests under one correlation id; only the final one commits.
    const pending = new Map<string, PendingBatch>();
    call.on('data', (request: streams.BatchAppendReq) => {
      const correlation = uuidText(request.getCorrelationId());
      const options = request.getOptions();
      let batch = pending.get(correlation);
      if (!batch) {
        if (!options) return;
        batch = {
          streamId: streamNameOf(options.getStreamIdentifier()),
          expected: expectedState({
            hasAny: () => options.hasAny(),
            hasNoStream: () => options.hasNoStream(),
            hasStreamExists: () => options.hasStreamExists(),
            revision: () => options.getStreamPosition(),
          }),
          events: [],
        };
        pending.set(correlation, batch);
      }
      for (const message of request.getProposedMessagesList()) batch.events.push(proposedEvent(message));
      if (!request.getIsFinal()) return;
      pending.delete(correlation);
      call.write(batchResponse(request.getCorrelationId()!, batch, log.append(batch.streamId, batch.expected, batch.events)));
    });
    call.on('error', () => undefined);
    call.on('end', () => call.end());
  };
}

function batchResponse(correlationId: shared.UUID, batch: PendingBatch, outcome: AppendOutcome): streams.BatchAppendResp {
  const response = new streams.BatchAppendResp().setCorrelationId(correlationId).setStreamIdentifier(streamIdentifier(batch.streamId));
  if (outcome.result === 'written') {
    const position = new shared.AllStreamPosition().setCommitPosition(outcome.lastPosition.toString()).setPreparePosition(outcome.firstPosition.toString());
    return response.setSuccess(new streams.BatchAppendResp.Success().setCurrentRevision(outcome.currentRevision.toString()).setPosition(position));
  }
  if (outcome.result === 'stream_deleted') {
    const deleted = new shared.StreamDeleted().setStreamIdentifier(streamIdentifier(batch.streamId));
    return response.setError(packedStatus(grpc.status.FAILED_PRECONDITION, 'stream deleted', 'event_store.client.StreamDeleted', deleted));
  }
  const details = wrongExpectedVersionDetails(batch.expected, outcome.currentRevision);
  return response.setError(packedStatus(grpc.status.FAILED_PRECONDITION, 'wrong expected version', 'event_store.client.WrongExpectedVersion', details));
}
