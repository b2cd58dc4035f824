import { HttpException, HttpStatus } from '@nestjs/common';
import { AggregateNotFoundError, CommandRefusedError, IdempotencyKeyReusedError, StateUnreadableError } from '../command-handling';
import { ConcurrencyError, EventStoreUnavailableError, InvalidEventError, StreamDeletedError } from '../event-store';
import { ProblemDetails, problemType } from './problem-details';
import { RequestValidationError } from './validation/request-validation';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict',
  412: 'Precondition failed',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

const SLUGS: Record<number, string> = {
  400: 'bad-request', 401: 'unauthorized', 403: 'forbidden', 404: 'not-found', 405: 'method-not-allowed',
  406: 'not-acceptable', 409: 'conflict', 412: 'precondition-failed', 413: 'payload-too-large',
  415: 'unsupported-media-type', 422: 'unprocessable', 429: 'too-many-requests', 503: 'unavailable',
};

export interface RequestFacts {
  /** Whether the request carried If-Match: a concurrency conflict is then the caller's precondition failing. */
  readonly hadIfMatch: boolean;
}

/** The problem document for an error, or undefined when it is unexpected (→ a generic 500, logged). */
export function problemFor(error: unknown, request: RequestFacts): ProblemDetails | undefined {
  if (error instanceof CommandRefusedError) {
    const { rule, detail, status, field } = error.refusal;
    const errors = field === undefined ? undefined : [{ field, message: detail }];
    return { type: problemType('command-refused'), title: 'Command refused', status, detail, rule, ...(errors ? { errors } : {}) };
  }
  if (error instanceof ConcurrencyError) {
    const status = request.hadIfMatch ? 412 : 409;
    const detail = request.hadIfMatch
      ? `${error.streamId} has changed since the revision in If-Match; read it again and retry`
      : `${error.streamId} was changed by another request at the same time; retry`;
    return { type: problemType(request.hadIfMatch ? 'stale-revision' : 'concurrent-write'), title: TITLES[status], status, detail };
  }
  if (error instanceof AggregateNotFoundError) {
    return { type: problemType('not-found'), title: 'Not found', status: 404, detail: error.message };
  }
  if (error instanceof StreamDeletedError) {
    return { type: problemType('gone'), title: 'Gone', status: 410, detail: error.message };
  }
  if (error instanceof IdempotencyKeyReusedError) {
    return { type: problemType('idempotency-key-reused'), title: 'Idempotency-Key reused', status: 422, detail: error.message };
  }
  if (error instanceof InvalidEventError) {
    return { type: problemType('invalid-event'), title: 'Bad request', status: 400, detail: error.message };
  }
  if (error instanceof RequestValidationError) {
    return { type: problemType('validation'), title: 'Validation failed', status: 400, detail: error.message, errors: error.errors };
  }
  if (error instanceof StateUnreadableError) {
    // A state loaded from a snapshot whose row was pruned before it was read in full; the loader has dropped it.
    return { type: problemType('unavailable'), title: TITLES[503], status: 503, detail: 'the state being read changed under the read; retry' };
  }
  if (error instanceof EventStoreUnavailableError) {
    // Nothing about the store's address or the client's message: only that it could not be reached, and to retry.
    return { type: problemType('unavailable'), title: TITLES[503], status: 503, detail: 'the event store could not be reached; retry shortly' };
  }
    if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status >= 500) return undefined;
    return { type: problemType(SLUGS[status] ?? String(status)), title: TITLES[status] ?? 'Error', status, detail: httpExceptionDetail(error) };
  }
  return undefined;
}

export const INTERNAL_ERROR: ProblemDetails = {
  type: problemType('internal'),
  title: TITLES[HttpStatus.INTERNAL_SERVER_ERROR],
  status: 500,
  detail: 'Something went wrong on our side. The correlation id in X-Correlation-Id identifies it in the server log.',
};

function httpExceptionDetail(error: HttpException): string {
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.join('; ');
  return error.message;
}
