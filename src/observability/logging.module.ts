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
            redact: {
              paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["idempotency-key"]', 'res.headers["set-cookie"]'],
              censor: '[redacted]',
            },
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
