import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { CommandMetrics } from '../observability/command-metrics';
import { outcomeOfError, settleCommandMeasure } from '../observability/command-measure';
import type { Request, Response } from 'express';
import { correlationIdOf } from './correlation-id';
import { INTERNAL_ERROR, problemFor } from './problem-mapping';
import { PROBLEM_CONTENT_TYPE } from './problem-details';

/**
 * Global: every error becomes `application/problem+json` (and a command's measure is settled with its outcome). Anything not mapped is a 500 with a generic
 * detail; the error itself goes to the log with the correlation id, never to the client.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(private readonly metrics: CommandMetrics) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    // A command that failed (refused, a conflict, a bad body, a fault) is counted with its outcome.
    settleCommandMeasure(this.metrics, request, outcomeOfError(error));
    const correlationId = correlationIdOf(request, response);
    const problem = problemFor(error, { hadIfMatch: request.headers['if-match'] !== undefined });
    if (!problem) {
      this.logger.error(
        { err: error, correlationId, method: request.method, path: request.path },
        `unexpected error on ${request.method} ${request.path} (correlation id ${correlationId})`,
      );
    }
    if (response.headersSent) {
      // A streamed answer (NDJSON, CSV) failed midway: the status is gone; cut the connection so the client sees a failure.
      response.destroy();
      return;
    }
    const body = problem ?? INTERNAL_ERROR;
    response.status(body.status).setHeader('Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`);
    response.json(body);
  }
}
