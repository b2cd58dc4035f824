import { ConcurrencyError, currentSchemaVersion, EventStore, NewEvent } from '../event-store';
import { earlierAttempt } from './earlier-attempt';
import { loadAggregate, noteAppended } from './aggregate-loader';
import { CommandContext, CommandResult, expectedRevisionOf } from './command-context';
import { CommandRefusedError, IdempotencyKeyReusedError } from './command-errors';
import { Decider, DomainEvent, isRefusal } from './decider';
import { eventIdFor } from './deterministic-id';

export interface CommandExecution<Command, Event extends DomainEvent, State> {
  readonly store: EventStore;
  readonly decider: Decider<Command, Event, State>;
  /** The aggregate's id (answered to the caller) and its stream. */
  readonly id: string;
  readonly streamId: string;
  /** The command, or a function building it from the current state (to attach facts read from other streams). */
  readonly command: Command | ((state: State) => Command | Promise<Command>);
  readonly context: CommandContext;
  /** Re-decide this many times when another writer got in first (only without If-Match). */
  readonly maxAttempts?: number;
}

/**
 * The one path every command takes: fold the stream, decide, append at the revision decided on.
 * - A command id already present in the stream answers its first result again and writes nothing (found by the id
 *   of its first event, without reading the stream: see earlier-attempt.ts).
 * - With If-Match, a stream that moved on is a ConcurrencyError (412), never a silent re-decide.
 * - Without it, a lost race re-folds and re-decides, so the rules are always checked against the state written over.
 */
export async function executeCommand<Command, Event extends DomainEvent, State>(
  execution: CommandExecution<Command, Event, State>,
): Promise<CommandResult> {
  const { store, decider, id, streamId, context } = execution;
  const maxAttempts = context.ifMatch === undefined ? execution.maxAttempts ?? 5 : 1;
  for (let attempt = 1; ; attempt++) {
    const earlier = await earlierAttempt(store, streamId, context.commandId);
    if (earlier !== undefined) {
      if (context.requestHash && earlier.requestHash && earlier.requestHash !== context.requestHash) {
        throw new IdempotencyKeyReusedError('this Idempotency-Key was already used for a different request');
      }
      return { id, streamId, revision: earlier.revision, position: earlier.position, repeated: true, eventsWritten: 0 };
    }
    const loaded = await loadAggregate(store, streamId, decider);
    if (context.ifMatch !== undefined && context.ifMatch !== loaded.revision) {
      throw new ConcurrencyError(streamId, context.ifMatch, loaded.revision);
    }
    const command = typeof execution.command === 'function' ? await (execution.command as (s: State) => Command | Promise<Command>)(loaded.state) : execution.command;
    const decision = decider.decide(command, loaded.state);
    if (isRefusal(decision)) throw new CommandRefusedError(decision);
    if (decision.length === 0) {
      return { id, streamId, revision: loaded.revision, position: loaded.position, repeated: false, eventsWritten: 0 };
    }
    const events: NewEvent[] = decision.map((event, index) => ({
      id: eventIdFor(context.commandId, index),
      type: event.type,
      schemaVersion: currentSchemaVersion(event.type),
      data: event.data,
      metadata: {
        actor: context.actor,
        correlationId: context.correlationId,
        causationId: context.causationId ?? null,
        commandId: context.commandId,
        requestHash: context.requestHash ?? null,
      },
    }));
    try {
      const result = await store.append(streamId, events, expectedRevisionOf(loaded.revision));
      noteAppended(store, streamId, decider, loaded, decision, events[events.length - 1].id, result);
      return { id, streamId, revision: result.nextRevision, position: result.position, repeated: false, eventsWritten: events.length };
    } catch (error) {
      if (error instanceof ConcurrencyError && attempt < maxAttempts) continue;
      throw error;
    }
  }
}
