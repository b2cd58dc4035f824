import { ConcurrencyError, currentSchemaVersion, EventStore, NewEvent } from '../event-store';
import { earlierAttempt } from './earlier-attempt';
import { forgetLoaded, LoadedAggregate, loadAggregate, noteAppended } from './aggregate-loader';
import { CommandContext, CommandResult, expectedRevisionOf } from './command-context';
import { CommandRefusedError, IdempotencyKeyReusedError, StateUnreadableError } from './command-errors';
import { Decider, Decision, DomainEvent, isRefusal } from './decider';
import { eventIdFor } from './deterministic-id';
import { inFlightAppendsOf } from './in-flight-appends';
import { takeMintedMark } from './minted-command-id';
import { foldAsStored } from './stream-fold';

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
 *   of its first event, without reading the stream: see earlier-attempt.ts). An id minted for the request
 *   (`withMintedCommandId`) is looked for only when deciding again.
 * - With If-Match, a stream that moved on is a ConcurrencyError (412), never a silent re-decide.
 * - Without it, a lost race re-folds and re-decides, so the rules are always checked against the state written over.
 * - Where the store can append after a named event, a command on a stream whose last command is still waiting for its
 *   commit decides on the state that one will leave and appends right after it, in the same group commit; should that
 *   append fail, this one fails too and is decided again. A refusal or a no-op decided that way waits for the commit and
 *   is decided again: no answer rests on a state that may never be written (docs/command-pipelining.md).
 */
export async function executeCommand<Command, Event extends DomainEvent, State>(
  execution: CommandExecution<Command, Event, State>,
): Promise<CommandResult> {
  const { store, decider, id, streamId, context } = execution;
  // Lost races re-decided (only without If-Match); other reasons to decide again below do not count against them.
  let conflictsLeft = (context.ifMatch === undefined ? execution.maxAttempts ?? 5 : 1) - 1;
  const inFlight = inFlightAppendsOf(store);
  // With If-Match the client names the revision it saw: nothing is decided on a state not yet committed.
  let mayPipeline = context.ifMatch === undefined && store.appendsAfterEvent();
  let reloaded = false;
  // A loaded state that lost a part it reads on demand (or whose snapshot is damaged): once per command, the loader
  // drops what it keeps of the stream and the stream is folded again. True when the command should be decided again.
  const foldAgainOnce = (error: unknown): boolean => {
    if (!(error instanceof StateUnreadableError) || reloaded) return false;
    reloaded = true;
    forgetLoaded(store, streamId);
    return true;
  };
  // An id minted for this request has no earlier attempt to find until this execution has tried once itself.
  let firstPassOfMintedId = takeMintedMark(context);
  for (;;) {
    // An attempt of this very command still waiting for its commit (the same Idempotency-Key sent twice at once).
    await inFlight.commandSettled(context.commandId);
    const earlier = firstPassOfMintedId ? undefined : await earlierAttempt(store, streamId, context.commandId);
    firstPassOfMintedId = false;
    if (earlier !== undefined) {
      if (context.requestHash && earlier.requestHash && earlier.requestHash !== context.requestHash) {
        throw new IdempotencyKeyReusedError('this Idempotency-Key was already used for a different request');
      }
      return { id, streamId, revision: earlier.revision, position: earlier.position, repeated: true, eventsWritten: 0 };
    }
    // Another command's append on this stream still waiting for its commit: decide on the state it will leave.
    const pending = mayPipeline ? inFlight.latest<State>(streamId, decider) : undefined;
    let loaded: LoadedAggregate<State>;
    try {
      loaded = pending?.after ?? (await loadAggregate(store, streamId, decider));
    } catch (error) {
      if (foldAgainOnce(error)) continue;
      throw error;
    }
    if (context.ifMatch !== undefined && context.ifMatch !== loaded.revision) {
      throw new ConcurrencyError(streamId, context.ifMatch, loaded.revision);
    }
    let outcome: { decision: Decision<Event> } | { error: unknown };
    try {
      const command = typeof execution.command === 'function' ? await (execution.command as (s: State) => Command | Promise<Command>)(loaded.state) : execution.command;
      outcome = { decision: decider.decide(command, loaded.state) };
    } catch (error) {
      outcome = { error };
    }
    if (pending !== undefined && ('error' in outcome || isRefusal(outcome.decision) || outcome.decision.length === 0)) {
      // Anything but events to write — a refusal, a no-op, an error (a rule, a missing fact, a state that cannot be
      // read) — is an answer, never given on a state that may not happen: once that append has answered, judged again
      // on the committed stream.
      await pending.settled;
      mayPipeline = false;
      continue;
    }
    if ('error' in outcome) {
      if (foldAgainOnce(outcome.error)) continue;
      throw outcome.error;
    }
    const { decision } = outcome;
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
    const lastEventId = events[events.length - 1].id;
    const appending = pending
      ? store.appendAfterEvent(streamId, events, { revision: loaded.revision, eventId: pending.lastEventId })
      : store.append(streamId, events, expectedRevisionOf(loaded.revision));
    const release = mayPipeline
      ? inFlight.track(streamId, context.commandId, decider, () => foldAsStored(decider.evolve, loaded.state, decision), loaded.revision + BigInt(events.length), lastEventId, appending)
      : undefined;
    try {
      const result = await appending;
      noteAppended(store, streamId, decider, loaded, decision, lastEventId, result);
      return { id, streamId, revision: result.nextRevision, position: result.position, repeated: false, eventsWritten: events.length };
    } catch (error) {
      if (error instanceof ConcurrencyError && conflictsLeft-- > 0) continue;
      throw error;
    } finally {
      release?.();
    }
  }
}
