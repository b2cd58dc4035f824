import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import pino, { Logger } from 'pino';
import { correlationIdOf } from '../http/correlation-id';

const REDACTED = '[redacted]';
const REDACTED_REQUEST_HEADERS = ['authorization', 'cookie', 'idempotency-key'] as const;
const REDACTED_RESPONSE_HEADERS = ['set-cookie'] as const;

/** A copy of the headers with the credentials censored (the message's own headers are left untouched). */
function redactHeaders(headers: Record<string, unknown>, names: readonly string[] = REDACTED_REQUEST_HEADERS): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const name of names) {
    if (headers[name] === undefined) continue;
    copy ??= { ...headers };
    copy[name] = REDACTED;
  }
  return copy ?? headers;
}

type Logged = IncomingMessage & { id?: string; log?: Logger };

/**
 * One JSON line per answered request, as pino-http writes it (`req`, `res`, `responseTime`, "request completed", or
 * level error with `err` and "request errored" for a 5xx), with the request's correlation id and its credentials
 * redacted; `/health` probes are not logged. Each request also gets `req.log`, a child logger carrying its
 * `correlationId`, which nestjs-pino binds to the request so every line logged while handling it carries the id.
 *
 * Hand-made rather than pino-http because pino-http serializes every request eagerly into two child loggers, even
 * when nothing is logged: on a cached report that was a sixth of the request's cost. Here the request is
 * serialized only when its line is written.
 */
export class RequestLogging {
  constructor(private readonly root: Logger) {}

  readonly middleware = (request: Request, response: Response, next: NextFunction): void => {
    const correlationId = correlationIdOf(request, response);
    const logged = request as Logged;
    logged.id = correlationId;
    const log = this.root.isLevelEnabled('fatal') ? this.root.child({ correlationId }) : this.root;
    logged.log = log;
    if (request.url !== '/health' && this.root.isLevelEnabled('error')) {
      const started = process.hrtime.bigint();
      let done = false;
      const onDone = () => {
        if (done) return;
        done = true;
        complete(log, logged, response, Math.round(Number(process.hrtime.bigint() - started) / 1e6));
      };
      response.once('finish', onDone);
      response.once('close', onDone);
    }
    next();
  };

}

/** The request's line, written with the request's own logger (it carries the correlation id). */
function complete(log: Logger, request: IncomingMessage, response: ServerResponse, responseTime: number): void {
  const req = pino.stdSerializers.req(request);
  req.headers = redactHeaders(req.headers as Record<string, unknown>) as typeof req.headers;
  const res = pino.stdSerializers.res(response);
  res.headers = redactHeaders(res.headers as Record<string, unknown>, REDACTED_RESPONSE_HEADERS) as typeof res.headers;
  if (response.statusCode >= 500) {
    log.error({ req, res, err: new Error(`failed with status code ${response.statusCode}`), responseTime }, 'request errored');
  } else {
    log.info({ req, res, responseTime }, 'request completed');
  }
}
