import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, Observable } from 'rxjs';
import { CommandMetrics } from '../observability/command-metrics';
import { measureCommand } from '../observability/command-metrics.interceptor';
import { shapeCommandResponse } from './command-response.interceptor';

/**
 * Bound by `@CommandEndpoint`: counts the command (CommandMetricsInterceptor's work, on the handler's own result, so a
 * repeat counts as repeated), then shapes the answer (CommandResponseInterceptor's). One interceptor rather than the
 * two: each interceptor costs every request an async-context bind and an Observable pipeline.
 */
@Injectable()
export class CommandRouteInterceptor implements NestInterceptor {
  constructor(private readonly metrics: CommandMetrics) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    // Shaping after the count, as the two interceptors did: an error while shaping is not counted as the command's.
    return measureCommand(this.metrics, context, next.handle()).pipe(map((result) => shapeCommandResponse(result, response)));
  }
}
