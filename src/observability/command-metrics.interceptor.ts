import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { catchError, Observable, tap, throwError } from 'rxjs';
import { CommandRefusedError, IdempotencyKeyReusedError } from '../command-handling';
import { ConcurrencyError } from '../event-store';
import { isCommandResult } from '../http/command-response.interceptor';
import { CommandMetrics, CommandOutcome } from './command-metrics';

/**
 * Counts every command sent over HTTP by type (`Controller.handler`) and outcome, with its latency. Bound to the
 * command routes (`@CommandEndpoint`, the compliance sweep), never to reads.
 */
@Injectable()
export class CommandMetricsInterceptor implements NestInterceptor {
  constructor(private readonly metrics: CommandMetrics) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return measureCommand(this.metrics, context, next.handle());
  }
}

/**
 * The handler's result counted (type, outcome, latency) as CommandMetricsInterceptor counts it (the command routes'
 * one interceptor does this and shapes the answer: src/http/command-route.interceptor.ts).
 */
export function measureCommand(metrics: CommandMetrics, context: ExecutionContext, result$: Observable<unknown>): Observable<unknown> {
  const type = `${context.getClass().name.replace(/Controller$/, '')}.${context.getHandler().name}`;
  const started = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  return result$.pipe(
    tap((result) => metrics.record(type, isCommandResult(result) && result.repeated ? 'repeated' : 'accepted', seconds())),
    catchError((error: unknown) => {
      metrics.record(type, outcomeOf(error), seconds());
      return throwError(() => error);
    }),
  );
}

function outcomeOf(error: unknown): CommandOutcome {
  if (error instanceof CommandRefusedError) return 'refused';
  if (error instanceof ConcurrencyError) return 'conflict';
  if (error instanceof IdempotencyKeyReusedError) return 'invalid';
  const status = (error as { getStatus?: () => number }).getStatus?.();
  return status !== undefined && status < 500 ? 'invalid' : 'failed';
}
