import type Database from 'better-sqlite3';
import { RecordedEvent, upcast } from '../event-store';
import { Projection, wantsEvent } from './projection';
import { Checkpoint, CheckpointSlot, FailedEvent, ProjectionCheckpoints } from './projection-checkpoints';
import { ProjectionGenerations } from './projection-generation';

/** A projection fed by a pass over the log, writing into the generation of its checkpoint row in `slot`. */
export interface BatchMember {
  readonly projection: Projection;
  readonly slot: CheckpointSlot;
}

export interface PoisonEvent {
  readonly projection: string;
  readonly slot: CheckpointSlot;
  readonly event: FailedEvent;
  readonly error: string;
}

export interface BatchOutcome {
  /** Members whose checkpoint lies before the start of this pass (moved by a swap or another process): read again from there. */
  readonly behindPass: string[];
  /** Members that stopped on an event they could not apply. */
  readonly poisoned: PoisonEvent[];
  /** Members that no longer take events in this slot (failed, removed, outdated): leave them out of the pass. */
  readonly inactive: string[];
}

/** What `applySeveral` did in its transaction. */
export interface SeveralBatchesOutcome {
  /** The outcome of the last batch applied (the first one that changes who takes part, if any). */
  readonly outcome: BatchOutcome;
  /** Events read and applied (or skipped as already seen). */
  readonly events: number;
  /** Position of the last event read (`after` when none was). */
  readonly last: bigint | undefined;
  /** A batch came back short: nothing is left to read. */
  readonly exhausted: boolean;
}

/** An outcome nobody is named in yet (a fresh one each time: `applyAll` fills its arrays). */
function nothingChanged(): BatchOutcome {
  return { behindPass: [], poisoned: [], inactive: [] };
}

/**
 * Applies one batch of the global log to every member, in ONE SQLite transaction that also moves each
 * member's checkpoint: a crash keeps both or neither. The checkpoint rows are read inside the transaction
 * and are the authority: events at or before a member's position are skipped (never applied twice), and a
 * member whose position is before the pass's start is reported (never leaving a gap).
 *
 * A member that throws must not take the others down. The batch is first applied with every member writing
 * straight into the transaction (no savepoint each: a savepoint copies every page a member touches to a
 * statement journal, which costs as much as the writes themselves). If a member throws, that whole transaction
 * rolls back and the batch is applied again with each member in its own savepoint: the one that throws is
 * rolled back alone, then replayed event by event to keep everything before the poison event and record which
 * event it was; the others commit. Projections are deterministic, so the second pass writes what the first would have.
 */
export class ProjectionBatch {
  constructor(
    private readonly db: Database.Database,
    private readonly checkpoints: ProjectionCheckpoints,
    private readonly generations: ProjectionGenerations,
    /** Decides whether a checkpoint row still takes events (e.g. live rows must carry the code's version). */
    private readonly accepts: (member: BatchMember, checkpoint: Checkpoint) => boolean,
  ) {}

  /** `passAfter`: the exclusive start of the pass that delivered this batch (undefined = start of the log). */
  apply(members: readonly BatchMember[], batch: readonly RecordedEvent[], passAfter: bigint | undefined): BatchOutcome {
    if (batch.length === 0) return nothingChanged();
    try {
      return this.db.transaction(() => this.applyAll(members, batch, passAfter, false))();
    } catch (error) {
      if (!(error instanceof MemberThrew)) throw error;
      // Rolled back whole: again, each member in its own savepoint.
      return this.db.transaction(() => this.applyAll(members, batch, passAfter, true))();
    }
  }

  /**
   * Up to `maxBatches` batches of `size` events in ONE transaction, each read by `next(after)` only once the one
   * before it is applied: one commit for them all, and never more than one batch of events alive. Stops after a
   * batch whose outcome changes who takes part (a poison event, an inactive member, one behind the pass). If a
   * member throws, the whole transaction rolls back and the first batch alone goes through `apply`, which
   * isolates the member that throws.
   */
  applySeveral(
    members: readonly BatchMember[],
    passAfter: bigint | undefined,
    next: (after: bigint | undefined) => readonly RecordedEvent[],
    after: bigint | undefined,
    size: number,
    maxBatches: number,
  ): SeveralBatchesOutcome {
    try {
      return this.db.transaction((): SeveralBatchesOutcome => {
        let outcome = nothingChanged();
        let events = 0;
        let last = after;
        for (let i = 0; i < maxBatches; i++) {
          const batch = next(last);
          if (batch.length > 0) {
            outcome = this.applyAll(members, batch, passAfter, false);
            events += batch.length;
            last = batch[batch.length - 1].position;
          }
          if (batch.length < size) return { outcome, events, last, exhausted: true };
          if (outcome.behindPass.length + outcome.poisoned.length + outcome.inactive.length > 0) break;
        }
        return { outcome, events, last, exhausted: false };
      })();
    } catch (error) {
      if (!(error instanceof MemberThrew)) throw error;
      const batch = next(after);
      const outcome = this.apply(members, batch, passAfter);
      return { outcome, events: batch.length, last: batch.length > 0 ? batch[batch.length - 1].position : after, exhausted: batch.length < size };
    }
  }

  private applyAll(members: readonly BatchMember[], batch: readonly RecordedEvent[], passAfter: bigint | undefined, isolated: boolean): BatchOutcome {
    const outcome = nothingChanged();
    for (const member of members) {
      const checkpoint = this.checkpoints.get(member.projection.name, member.slot);
      if (!checkpoint || !this.accepts(member, checkpoint)) {
        outcome.inactive.push(member.projection.name);
        continue;
      }
      if (isBefore(checkpoint.position, passAfter)) {
        outcome.behindPass.push(member.projection.name);
        continue;
      }
      const poison = isolated ? this.applyInSavepoint(member, checkpoint, batch) : this.applyDirectly(member, checkpoint, batch);
      if (poison) outcome.poisoned.push(poison);
    }
    return outcome;
  }

  /** The usual case: no savepoint; a throw rolls back the whole batch's transaction (see `apply`). */
  private applyDirectly(member: BatchMember, checkpoint: Checkpoint, batch: readonly RecordedEvent[]): undefined {
    try {
      this.applyUnseen(member, checkpoint, unseenBy(checkpoint, batch));
    } catch (error) {
      throw new MemberThrew(error);
    }
    return undefined;
  }

  private applyInSavepoint(member: BatchMember, checkpoint: Checkpoint, batch: readonly RecordedEvent[]): PoisonEvent | undefined {
    const unseen = unseenBy(checkpoint, batch);
    try {
      this.db.transaction(() => this.applyUnseen(member, checkpoint, unseen))();
      return undefined;
    } catch {
      // Rolled back to the savepoint: find the event that throws, keeping the ones before it.
      return this.applyOneByOne(member, checkpoint.generation, unseen);
    }
  }

  private applyUnseen(member: BatchMember, checkpoint: Checkpoint, unseen: readonly RecordedEvent[]): void {
    if (unseen.length === 0) return;
    const { projection, slot } = member;
    const last = unseen[unseen.length - 1];
    const wanted = unseen.filter((event) => wantsEvent(projection.filter, event));
    if (wanted.length > 0) projection.apply(wanted.map((event) => upcast(event)), this.generations.of(projection, checkpoint.generation));
    this.checkpoints.advance(projection.name, slot, last.position, last.recordedAt.getTime());
  }

  private applyOneByOne(member: BatchMember, generation: number, events: readonly RecordedEvent[]): PoisonEvent | undefined {
    const { projection, slot } = member;
    const target = this.generations.of(projection, generation);
    for (const event of events) {
      try {
        this.db.transaction(() => {
          if (wantsEvent(projection.filter, event)) projection.apply([upcast(event)], target);
          this.checkpoints.advance(projection.name, slot, event.position, event.recordedAt.getTime());
        })();
      } catch (error) {
        const failed: FailedEvent = { position: event.position, id: event.id, type: event.type, streamId: event.streamId };
        const message = (error as Error)?.message ?? String(error);
        this.checkpoints.fail(projection.name, slot, message, failed);
        return { projection: projection.name, slot, event: failed, error: message };
      }
    }
    // Every event applied on its own (the projection's batch path failed, not an event): carry on.
    return undefined;
  }
}

/** The events of the batch after the member's checkpoint. */
function unseenBy(checkpoint: Checkpoint, batch: readonly RecordedEvent[]): readonly RecordedEvent[] {
  const after = checkpoint.position;
  // Usually the whole batch (a batch starts after the lowest checkpoint of its pass): no copy then.
  if (after === undefined || batch[0].position > after) return batch;
  return batch.filter((event) => event.position > after);
}

/** A member's apply threw during the savepoint-free pass: the batch is applied again, member by member. */
class MemberThrew extends Error {
  constructor(cause: unknown) {
    super('a projection threw while applying a batch', { cause });
  }
}

/** `position` < `passAfter`, where undefined means "before everything". */
function isBefore(position: bigint | undefined, passAfter: bigint | undefined): boolean {
  if (passAfter === undefined) return false;
  return position === undefined || position < passAfter;
}
