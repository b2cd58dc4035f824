import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const CORRELATION_HEADER = 'x-correlation-id';

// Anything else (too long, spaces, control characters) would be log injection bait: replaced by a fresh id.
const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,128}$/;
const CORRELATION_ID = Symbol('ledger.correlationId');
type WithCorrelationId = IncomingMessage & { [CORRELATION_ID]?: string };

/**
 * The request's correlation id: the caller's `X-Correlation-Id` when acceptable, else a new UUID.
 * Computed once per request and shared by the logs, the events written and the response header.
 */
export function correlationIdOf(request: IncomingMessage, response?: ServerResponse): string {
  const carrier = request as WithCorrelationId;
  if (carrier[CORRELATION_ID] === undefined) {
    const sent = request.headers[CORRELATION_HEADER];
    carrier[CORRELATION_ID] = typeof sent === 'string' && ACCEPTABLE.test(sent) ? sent : randomUUID();
  }
  if (response && !response.headersSent && !response.hasHeader(CORRELATION_HEADER)) {
    response.setHeader('X-Correlation-Id', carrier[CORRELATION_ID]);
  }
  return carrier[CORRELATION_ID];
}
