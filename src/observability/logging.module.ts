import { Global, Module } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import pino, { DestinationStream } from 'pino';
import { AppConfig } from '../config/app-config';
import { correlationIdOf } from '../http/correlation-id';

/** Where the JSON log lines go: stdout; tests replace it to read what was logged. */
export const LOG_DESTINATION = Symbol('LOG_DESTINATION');

@Global()
@Module({
  providers: [{ provide: LOG_DESTINATION, useFactory: (): DestinationStream => pino.destination({ dest: 1, sync: false }) }],
  exports: [LOG_DESTINATION],
})
class LogDestinationModule {}

const REDACTED = '[redacted]';
const REDACTED_REQUEST_HEADERS = ['authorization', 'cookie', 'idempotency-key'] as const;

/**
 * The `req` serializer after pino's standard one: a copy of the headers with the credentials censored
 * (the request's own headers are left untouched). Applies to every `req` logged, bound or not.
 */
export function redactRequestHeaders(serialized: { headers?: Record<string, unknown> }): unknown {
  const headers = serialized.headers;
  if (typeof headers !== 'object' || headers === null) return serialized;
  let copy: Record<string, unknown> | undefined;
  for (const name of REDACTED_REQUEST_HEADERS) {
    if (headers[name] === undefined) continue;
    copy ??= { ...headers };
    copy[name] = REDACTED;
  }
  if (copy) serialized.headers = copy;
  return serialized;
}

/** Structured JSON logs (pino); each request's lines carry its correlation id; credentials are redacted. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      imports: [LogDestinationModule],
      inject: [AppConfig, LOG_DESTINATION],
      useFactory: (config: AppConfig, destination: DestinationStream) => ({
        pinoHttp: [
          {
            level: config.logLevel,
            genReqId: (request: IncomingMessage) => correlationIdOf(request),
            customProps: (request: IncomingMessage) => ({ correlationId: correlationIdOf(request) }),
            // The request's credentials are censored by its serializer (the same output as a `redact` path, without
            // pino's per-line clone-and-restore of the whole serialized request); `redact` keeps the response's cookies.
            serializers: { req: redactRequestHeaders },
            redact: { paths: ['res.headers["set-cookie"]'], censor: REDACTED },
            // Health probes every few seconds would drown the log.
            autoLogging: { ignore: (request: IncomingMessage) => request.url === '/health' },
          },
          destination,
        ],
      }),
    }),
  ],
})
export class LoggingModule {}
