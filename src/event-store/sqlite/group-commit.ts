import Database from 'better-sqlite3';

/** How large one group may grow, so the latency of the appends in it stays bounded. */
export interface GroupLimits {
  /** Writes per transaction. */
  readonly maxWrites: number;
  /** Serialized data + metadata (characters) per transaction; a single larger write still gets a group of its own. */
  readonly maxChars: number;
}

export const DEFAULT_GROUP_LIMITS: GroupLimits = { maxWrites: 500, maxChars: 4 * 1024 * 1024 };

interface PendingWrite {
  /** Runs inside the group's transaction, in its own savepoint; throws to refuse this write alone. */
  readonly apply: () => unknown;
  /**
   * `apply` runs at most one statement that changes the file. SQLite undoes a failed statement by itself
   * (or aborts the whole transaction), so such a write needs no savepoint of its own.
   */
  readonly singleStatement: boolean;
  readonly chars: number;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

export interface GroupHooks {
  /** Called after each COMMIT with the number of writes in the group (refused ones included). */
  readonly committed: (writes: number) => void;
  /** Called when a transaction did not commit (BEGIN, COMMIT or a statement aborting it failed): nothing of it is written. */
  readonly rolledBack?: () => void;
  /** Called before each group's transaction begins. */
  readonly beforeGroup?: () => void;
  /**
   * Writes what the group's writes staged rather than wrote (see FLUSH_FIRST): inside the transaction, after the last
   * write and before COMMIT, and before a write that asked for it runs again. `alone`: the group is that one write (a
   * failure may then take the whole transaction). It throws only when the group can no longer commit: it then fails.
   */
  readonly flush?: (alone: boolean) => void;
  /**
   * What a write's promise resolves with, from what its apply returned, once the group committed; throwing rejects it.
   * (An outcome decided only when the group wrote its staged rows.) Without it, the value itself.
   */
  readonly settle?: (value: unknown) => unknown;
}

/**
 * Thrown by a write that must see what earlier writes of its group staged before it can run (an append to a stream
 * with an append staged, a tombstone, a seal): the group flushes, then runs the write again. Nothing may have been
 * changed by the write before it throws this.
 */
export const FLUSH_FIRST: Error = Object.freeze(new Error('the staged writes of the group must be written first'));

/**
 * Group commit. Writes that arrive while the connection is not yet committing are committed together in one
 * BEGIN IMMEDIATE transaction (one fsync with synchronous=FULL). Each write runs in its own SAVEPOINT, in
 * arrival order: a write that throws is rolled back to its savepoint and rejected alone, the others stay.
 * (A write of a single changing statement skips the savepoint: SQLite already undoes a failed statement. A write may
 * also change nothing itself and stage its change for the `flush` hook, which writes a group's staged changes
 * together before the COMMIT: the event store's appends, see append-stage.ts.)
 * Every promise settles only after the group's COMMIT returned; if BEGIN or COMMIT fails (or an error aborts
 * the transaction), every write of the group rejects and nothing of it is written.
 *
 * A group is started one setImmediate after the first write of it arrives: a lone sequential writer gets a
 * transaction per write after that one hop, while writes made by several callbacks of the same event-loop
 * turn (concurrent HTTP requests, many async writers) share one commit. SQLite calls are synchronous, so
 * nothing can join a group once it is being committed; what arrives meanwhile forms the next group.
 */
export class GroupCommit {
  private queue: PendingWrite[] = [];
  private scheduled: NodeJS.Immediate | undefined;
  private readonly commitGroup: (group: readonly PendingWrite[], outcomes: Outcome[]) => void;
  private readonly commitAlone: (write: PendingWrite) => unknown;
  private readonly inSavepoint: (write: PendingWrite, thrown: { error?: unknown }) => unknown;

  constructor(
    private readonly db: Database.Database,
    private readonly limits: GroupLimits,
    private readonly hooks: GroupHooks,
  ) {
    // A group of one needs no savepoint: its transaction is its unit (what a lone sequential writer gets).
    this.commitAlone = db.transaction((write: PendingWrite) => {
      const value = this.run(write, {}, true);
      this.hooks.flush?.(true);
      return value;
    }).immediate;
    // Called inside the group's transaction, better-sqlite3 runs this as SAVEPOINT / RELEASE, and on a throw
    // as ROLLBACK TO / RELEASE before rethrowing.
    this.inSavepoint = db.transaction(applyNoting);
    this.commitGroup = db.transaction((group: readonly PendingWrite[], outcomes: Outcome[]) => {
      for (let i = 0; i < group.length; i++) {
        const write = group[i];
        const thrown: { error?: unknown } = {};
        try {
          outcomes[i] = { ok: true, value: this.run(write, thrown, false) };
          // A write that swallowed an error which rolled the whole transaction back must not let the rest of the group
          // run outside it (each statement would then commit on its own): the group fails.
          if (!this.db.inTransaction) throw new Error('the group transaction was rolled back during a write');
        } catch (error) {
          // Only the write's own error, undone (to its savepoint, or by SQLite's statement rollback) inside a live
          // transaction, is that write's alone. Anything else (ROLLBACK TO or RELEASE failed, SQLite aborted the
          // transaction) fails the group.
          if (!('error' in thrown) || thrown.error !== error || !this.db.inTransaction) throw error;
          outcomes[i] = { ok: false, error };
        }
      }
      // Not noted as any write's own error: a failure here fails the group.
      this.hooks.flush?.(false);
    }).immediate;
  }

  /** A write; once more after a flush it asked for (FLUSH_FIRST). */
  private run(write: PendingWrite, thrown: { error?: unknown }, alone: boolean): unknown {
    try {
      return this.applyOnce(write, thrown, alone);
    } catch (error) {
      if (error !== FLUSH_FIRST) throw error;
    }
    delete thrown.error;
    this.hooks.flush?.(alone);
    return this.applyOnce(write, thrown, alone);
  }

  /** In its own savepoint, unless it changes at most one statement or is its group's only write (the transaction is then its unit). */
  private applyOnce(write: PendingWrite, thrown: { error?: unknown }, alone: boolean): unknown {
    return write.singleStatement || alone ? applyNoting(write, thrown) : this.inSavepoint(write, thrown);
  }

  /**
   * Queues a write for the next group; resolves once that group committed, with what `apply` returned (as `settle`
   * makes it, when the hooks have one).
   */
  submit<T>(apply: () => unknown, chars: number, singleStatement: boolean): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ apply, singleStatement, chars, resolve: resolve as (value: unknown) => void, reject });
      this.scheduled ??= setImmediate(this.commitScheduled);
    });
  }

  /** Commits everything queued, now (before the connection closes). */
  drain(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = undefined;
    while (this.queue.length > 0) this.commitNext();
  }

  private readonly commitScheduled = (): void => {
    this.scheduled = undefined;
    this.commitNext();
    // Over the limits: the rest goes next turn, after other callbacks (and the writers just resolved) ran.
    if (this.queue.length > 0) this.scheduled ??= setImmediate(this.commitScheduled);
  };

  private commitNext(): void {
    const group = this.takeGroup();
    this.hooks.beforeGroup?.();
    if (group.length === 1) {
      const [write] = group;
      let value: unknown;
      try {
        value = this.commitAlone(write);
      } catch (error) {
        this.hooks.rolledBack?.();
        write.reject(error);
        return;
      }
      this.resolve(write, value);
      this.hooks.committed(1);
      return;
    }
    const outcomes: Outcome[] = new Array(group.length);
    try {
      this.commitGroup(group, outcomes);
    } catch (error) {
      this.hooks.rolledBack?.();
      for (const write of group) write.reject(error);
      return;
    }
    for (let i = 0; i < group.length; i++) {
      const outcome = outcomes[i];
      if (outcome.ok) this.resolve(group[i], outcome.value);
      else group[i].reject(outcome.error);
    }
    this.hooks.committed(group.length);
  }

  private resolve(write: PendingWrite, value: unknown): void {
    const settle = this.hooks.settle;
    if (settle === undefined) {
      write.resolve(value);
      return;
    }
    let settled: unknown;
    try {
      settled = settle(value);
    } catch (error) {
      write.reject(error);
      return;
    }
    write.resolve(settled);
  }

  private takeGroup(): PendingWrite[] {
    let count = 0;
    let chars = 0;
    while (count < this.queue.length && count < this.limits.maxWrites) {
      chars += this.queue[count].chars;
      if (count > 0 && chars > this.limits.maxChars) break;
      count++;
    }
    return this.queue.splice(0, count);
  }
}

/** Runs the write, noting what it threw, so its own error can be told from one of SQLite's around it. */
function applyNoting(write: PendingWrite, thrown: { error?: unknown }): unknown {
  try {
    return write.apply();
  } catch (error) {
    thrown.error = error;
    throw error;
  }
}
