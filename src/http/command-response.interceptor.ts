import { CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, Observable } from 'rxjs';
import { CommandResult } from '../command-handling';
import { isAggregateView } from './aggregate-view';

export function isCommandResult(value: unknown): value is CommandResult {
  if (typeof value !== 'object' || value === null) return false;
  const result = value as Partial<CommandResult>;
  return typeof result.streamId === 'string' && typeof result.revision === 'bigint' && typeof result.repeated === 'boolean';
}

/**
 * Bound by `@QueryEndpoint({ aggregateView: true })`: an AggregateView gets its ETag. (A command's CommandResult is
 * shaped by the same function in the adapter's reply: src/http/command-replies.ts.) Handlers stay free of HTTP details.
 */
@Injectable()
export class CommandResponseInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(map((result: unknown) => shapeCommandResponse(result, response)));
  }
}

/** A handler's result as answered: a CommandResult's status, ETag and body; an AggregateView's ETag. */
export function shapeCommandResponse(result: unknown, response: Response): unknown {
  if (isCommandResult(result)) {
    response.status(result.repeated ? HttpStatus.OK : HttpStatus.CREATED);
    response.setHeader('ETag', `"${result.revision}"`);
    return { id: result.id, streamId: result.streamId, revision: result.revision, position: result.position };
  }
  if (isAggregateView(result)) response.setHeader('ETag', `"${result.revision}"`);
  return result;
}
