import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Response } from 'express';
import { CommandMetrics } from '../observability/command-metrics';
import { settleCommandMeasure } from '../observability/command-measure';
import { isCommandResult, shapeCommandResponse } from './command-response.interceptor';

type Reply = (response: Response, body: unknown, statusCode?: number) => unknown;

/**
 * Every handler's answer goes through the HTTP adapter's `reply`: there, a command's measure is settled (accepted, or
 * repeated for a retry with the same Idempotency-Key) and a CommandResult becomes its answer — 201 (200 for a repeat),
 * `ETag: "<revision>"`, `{ id, streamId, revision, position }` (shapeCommandResponse). Done in the adapter rather than
 * by a route interceptor, which costs every command an async-context bind and an Observable pipeline (bench/README.md,
 * "Command path over HTTP"). Handlers stay free of HTTP details.
 */
export function answerCommandResults(app: NestExpressApplication): void {
  const metrics = app.get(CommandMetrics);
  const adapter = app.getHttpAdapter() as unknown as { reply: Reply };
  const reply = adapter.reply.bind(adapter);
  adapter.reply = (response, body, statusCode) => {
    const commandResult = isCommandResult(body);
    settleCommandMeasure(metrics, response.req, commandResult && body.repeated ? 'repeated' : 'accepted');
    if (!commandResult) return reply(response, body, statusCode);
    return reply(response, shapeCommandResponse(body, response), response.statusCode);
  };
}
