import { AppendExpectedRevision, AppendResult, ErrorType, EventData, EventStoreDBClient, isCommandError } from '@eventstore/db-client';
// The client's classic `Append` RPC (one gRPC call per append), which `appendToStream` uses only when the server
// lacks BatchAppend. @eventstore/db-client is pinned at 6.2.1, its last release.
import { append as classicAppend } from '@eventstore/db-client/dist/streams/appendToStream/append';

/** Sends of one append when the connection drops under it; the client reconnects in between. */
const ATTEMPTS = 3;
const RETRY_DELAY_MS = 50;

/**
 * Appends through the classic `Append` RPC rather than `BatchAppend`, which `appendToStream` picks whenever the
 * server offers it. In @eventstore/db-client 6.2.1 BatchAppend keeps every pending append of the process in one
 * map: when one batch stream fails (the client closes its channel to reconnect after a dropped subscription), every
 * pending append is rejected and the map cleared, and a response that still arrives throws
 * `TypeError: undefined is not iterable` inside a gRPC callback: an uncaught exception that ends the process.
 * (Fixed in the successor client, kurrent-io/KurrentDB-Client-NodeJS#523.) With a call per append, a failure stays
 * with the append it belongs to.
 *
 * An append that fails because the connection went away is sent again, at most ATTEMPTS times in all, when the
 * expectation is exact (`no_stream` or a revision): the same event ids at the same expected revision are written at
 * most once by the server. With `any` or `stream_exists` a resend could write twice, so the failure is returned.
 */
export async function appendThroughClassicCall(
  client: EventStoreDBClient,
  streamId: string,
  events: EventData[],
  expectedRevision: AppendExpectedRevision,
  /** False once the store is closing: its own cancellations are not resent. */
  mayResend: () => boolean,
): Promise<AppendResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      // batchAppendSize is BatchAppend's; the classic call ignores it (the default appendToStream would pass).
      return await classicAppend.call(client, streamId, events, { expectedRevision, batchAppendSize: 3 * 1024 * 1024 });
    } catch (error) {
      if (attempt >= ATTEMPTS || !mayResend() || !isResendable(error, expectedRevision)) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * attempt));
    }
  }
}

function isResendable(error: unknown, expectedRevision: AppendExpectedRevision): boolean {
  const exact = expectedRevision === 'no_stream' || typeof expectedRevision === 'bigint';
  return exact && error instanceof Error && isCommandError(error) && (error.type === ErrorType.UNAVAILABLE || error.type === ErrorType.CANCELLED);
}
