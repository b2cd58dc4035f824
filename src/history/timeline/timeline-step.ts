import { TimelineEntry } from './fold-timeline';

/** One timeline step as the API and the CLI show it: who, when (recorded and effective), what, and the state after. */
export interface TimelineStep<State = unknown> {
  readonly revision: string;
  readonly position: string;
  readonly type: string;
  readonly schemaVersion: number;
  /** The date the event speaks about, when it has one. */
  readonly effectiveDate: string | null;
  readonly recordedAt: string;
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly commandId: string | null;
  readonly data: unknown;
  readonly stateAfter: State;
}

export function effectiveDateOf(data: unknown): string | null {
  const value = (data as { effectiveDate?: unknown } | null)?.effectiveDate;
  return typeof value === 'string' ? value : null;
}

export function timelineStep<State>({ event, stateAfter }: TimelineEntry<State>): TimelineStep<State> {
  return {
    revision: event.revision.toString(),
    position: event.position.toString(),
    type: event.type,
    schemaVersion: event.schemaVersion,
    effectiveDate: effectiveDateOf(event.data),
    recordedAt: event.recordedAt.toISOString(),
    actor: event.metadata.actor,
    correlationId: event.metadata.correlationId,
    causationId: event.metadata.causationId ?? null,
    commandId: event.metadata.commandId ?? null,
    data: event.data,
    stateAfter,
  };
}
