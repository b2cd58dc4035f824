import { CallHandler, ExecutionContext, Injectable, NestInterceptor, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { Observable } from 'rxjs';
import { ProjectionRunner } from '../projection-runner';
import { PROJECTION_QUERY } from './projection-query.decorator';
import { parseGlobalPosition } from '../../http/global-position-param';

/** How long a query waits for `minPosition` at most. Past it the answer comes anyway (see below). */
export const MIN_POSITION_WAIT_MS = 5_000;

/**
 * Read-your-writes for query routes. `minPosition` must be a non-negative integer (else 400). The route
 * waits until every projection it reads has reached the position, at most MIN_POSITION_WAIT_MS; then it
 * answers 200 either way, with `X-Projection-Position` = the lowest live position of those projections
 * measured just before reading. The answer reflects at least that position, so a client that finds it
 * below its `minPosition` knows the answer is older than its write and may ask again. (A 504 would turn a
 * slow projection into an outage for readers that did not need the very latest.)
 */
@Injectable()
export class ProjectionPositionInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @Optional() private readonly runner?: ProjectionRunner,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const projections = this.reflector.get<string[]>(PROJECTION_QUERY, context.getHandler()) ?? [];
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const minPosition = parseGlobalPosition(request.query.minPosition, 'minPosition');
    if (this.runner && projections.length > 0) {
      if (minPosition !== undefined) await this.runner.waitForPosition(projections, minPosition, MIN_POSITION_WAIT_MS);
      response.setHeader('X-Projection-Position', (this.runner.lowestLivePosition(projections) ?? 0n).toString());
    }
    return next.handle();
  }
}
