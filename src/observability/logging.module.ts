import { Global, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import pino, { DestinationStream, Logger } from 'pino';
import { AppConfig } from '../config/app-config';
import { RequestLogging } from './request-logging';

/** Where the JSON log lines go: stdout; tests replace it to read what was logged. */
export const LOG_DESTINATION = Symbol('LOG_DESTINATION');
/** The root pino logger every log line goes through. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

@Global()
@Module({
  providers: [
    { provide: LOG_DESTINATION, useFactory: (): DestinationStream => pino.destination({ dest: 1, sync: false }) },
    {
      provide: ROOT_LOGGER,
      inject: [AppConfig, LOG_DESTINATION],
      useFactory: (config: AppConfig, destination: DestinationStream): Logger => pino({ level: config.logLevel }, destination),
    },
    { provide: RequestLogging, inject: [ROOT_LOGGER], useFactory: (root: Logger) => new RequestLogging(root) },
  ],
  exports: [LOG_DESTINATION, ROOT_LOGGER, RequestLogging],
})
class RootLoggerModule {}

/**
 * Structured JSON logs (pino). `RequestLogging` (installed first by configureHttpApp) writes one line per request and
 * gives each request a child logger carrying its correlation id; nestjs-pino (`useExisting`) binds that logger to the
 * request, so Nest's Logger calls made while handling it carry the id too. Credentials are redacted.
 */
@Module({
  imports: [
    RootLoggerModule,
    LoggerModule.forRootAsync({
      imports: [RootLoggerModule],
      inject: [ROOT_LOGGER],
      useFactory: (root: Logger) => ({ pinoHttp: { logger: root }, useExisting: true }),
    }),
  ],
  exports: [RootLoggerModule],
})
export class LoggingModule {}
