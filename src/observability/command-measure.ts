import { CommandRefusedError, IdempotencyKeyReusedError } from '../command-handling';
import { ConcurrencyError } from '../event-store';
import { CommandMetrics, CommandOutcome } from './command-metrics';

const MEASURE = Symbol('ledger.commandMeasure');

interface CommandMeasure {
  readonly type: string;
  readonly started: bigint;
}

type Measured = { [MEASURE]?: CommandMeasure };

/**
 * A command request is counted once (`ledger_commands_total`, `ledger_command_duration_seconds`) by type
 * (`Controller.handler`) and outcome, from the moment its route's guard let it through (after authentication and the
 * role check, so 401 and 403 are not commands) to its answer or its error, whichever settles it first.
 * Started by CommandRouteGuard; settled by the reply (src/http/command-replies.ts) or by ProblemDetailsFilter.
 * No interceptor: on a route, Nest's interceptors cost every request an async-context bind and an Observable pipeline.
 */
export function startCommandMeasure(request: object, type: string): void {
  (request as Measured)[MEASURE] = { type, started: process.hrtime.bigint() };
}

export function settleCommandMeasure(metrics: CommandMetrics, request: object, outcome: CommandOutcome): void {
  const measured = request as Measured;
  const measure = measured[MEASURE];
  if (measure === undefined) return;
  measured[MEASURE] = undefined;
  metrics.record(measure.type, outcome, Number(process.hrtime.bigint() - measure.started) / 1e9);
}

export function outcomeOfError(error: unknown): CommandOutcome {
  if (error instanceof CommandRefusedError) return 'refused';
  if (error instanceof ConcurrencyError) return 'conflict';
  if (error instanceof IdempotencyKeyReusedError) return 'invalid';
  const status = (error as { getStatus?: () => number } | null | undefined)?.getStatus?.();
  return status !== undefined && status < 500 ? 'invalid' : 'failed';
}
