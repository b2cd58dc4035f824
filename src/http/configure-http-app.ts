import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { HttpMetrics } from '../observability/http-metrics';
import { RequestLogging } from '../observability/request-logging';
import { useJsonBodies } from './json-body';
import { answerCommandResults } from './command-replies';
import { setUpOpenApi } from './openapi';
import { serveConsole } from '../console-assets/serve-console';

/** bigint (revisions, positions) is not JSON: every response body renders it as a decimal string. */
export function bigintAsString(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

/**
 * What the app needs besides its modules, shared by main.ts and the test app. The app must be created
 * with `{ bodyParser: false, bufferLogs: true }`: the JSON parser is installed here with the configured limit.
 */
export function configureHttpApp(app: NestExpressApplication): void {
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  app.set('json replacer', bigintAsString);
  // Our ETags are stream revisions; Express's body-hash ETags would answer 304s we never meant.
  app.set('etag', false);
  app.disable('x-powered-by');
  // First: every request gets its correlation id (echoed in X-Correlation-Id) and its log line, refused ones included.
  app.use(app.get(RequestLogging).middleware);
  // The default policy (script-src 'self', no eval) minus upgrade-insecure-requests, which would break the console
  // served over plain http on an intranet address; behind HTTPS it changes nothing.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  serveConsole(app);
  app.use(app.get(HttpMetrics).middleware);
  useJsonBodies(app, config.bodyLimit);
  setUpOpenApi(app);
  answerCommandResults(app);
}
