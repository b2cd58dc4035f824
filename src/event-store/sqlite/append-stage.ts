import Database from 'better-sqlite3';
import { Logger } from '@nestjs/common';
import { AppendResult } from '../event-store';
import { SerializedEvent } from '../event-limits';
import { originalRecordedAt } from '../original-recorded-at';
import { SqliteLogChain } from '../../log-chain/sqlite-log-chain';
import { EventLogStatements } from './event-log-statements';
import { HashedAppend, hashAppend } from './hash-append';
import { KnownStreamHeads } from './known-stream-heads';

/**
 * An append its group checked and accepted, waiting for the group's rows to be written (AppendStage.write). What it
 * answers is decided there: written, or refused by SQLite.
 */
export class StagedAppend {
  result: AppendResult | undefined;
  error: unknown;

  constructor(
    readonly streamId: string,
    readonly events: readonly SerializedEvent[],
    /** The stream's last revision when checked (-1n: none). */
    readonly afterRevision: bigint,
    /** Its last event's hash when checked, null for none or one from before the chain. */
    readonly afterHash: string | null,
    /** The log's head it expects to follow: the group's head when checked, past the appends staged before it. */
    readonly afterPosition: bigint,
    /** Whether its events are hashed into the chain (always, but for the benchmark's switch). */
    readonly chained: boolean,
    readonly now: number,
  ) {}

  /** What the append answers once its group committed. */
  outcome(): AppendResult {
    if (this.result !== undefined) return this.result;
    throw this.error ?? new Error(`the append to ${this.streamId} was never written`);
  }
}

/**
 * The rows of a group's accepted appends, written together once the group's checks are done: every hash of the
 * group in one loop, then every insert in one loop, inside the group's transaction (before its COMMIT, or earlier when
 * a later write must see them). Hashing and inserting in runs of their own, rather than append by append between
 * SQLite's reads, measured ~0.8 µs less chain cost per single-event append from 32 writers (bench/README.md, stop 22).
 *
 * An append is staged only when no other append of its stream is (the store flushes the stage first), so each staged
 * append's link and revision, read when it was checked, stay what they were until it is written. Positions are the
 * ones the checks predicted (the head, then one more per event: what SQLite assigns, the store holding the write
 * lock). Should SQLite refuse a row (a trigger, a full disk that leaves the transaction alive), that append alone
 * fails, as when each append wrote its own rows, and the appends after it are hashed again for the positions they then
 * take.
 */
export class AppendStage {
  private staged: StagedAppend[] = [];
  private readonly streams = new Set<string>();
  private readonly savepoint: Database.Statement;
  private readonly release: Database.Statement;
  private readonly rollbackTo: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly statements: EventLogStatements,
    private readonly heads: KnownStreamHeads,
    private readonly chain: SqliteLogChain,
  ) {
    this.savepoint = db.prepare('SAVEPOINT append_stage');
    this.release = db.prepare('RELEASE append_stage');
    this.rollbackTo = db.prepare('ROLLBACK TO append_stage');
  }

  get isEmpty(): boolean {
    return this.staged.length === 0;
  }

  holds(streamId: string): boolean {
    return this.streams.has(streamId);
  }

  add(append: StagedAppend): void {
    this.staged.push(append);
    this.streams.add(append.streamId);
  }

  /** Before a group, and after one that did not commit: nothing staged survives its transaction. */
  clear(): void {
    this.staged = [];
    this.streams.clear();
  }

  /**
   * Inside the group's transaction: writes the staged appends' rows and settles each one's outcome. Returns the log's
   * head after them, undefined when nothing was staged. `alone`: the group is this one append, whose failure may take
   * the whole transaction. Throws (failing the group) only when the transaction is gone, or when that lone append's
   * several rows cannot all go in.
   */
  write(alone: boolean): bigint | undefined {
    if (this.staged.length === 0) return undefined;
    const staged = this.staged;
    this.clear();
    const hashed = new Array<HashedAppend | undefined>(staged.length);
    for (let i = 0; i < staged.length; i++) {
      const append = staged[i];
      if (append.chained) hashed[i] = hashAppend(append.streamId, append.events, append.afterRevision, append.afterHash, append.afterPosition, append.now);
    }
    let head = staged[0].afterPosition;
    let sealAfter: StagedAppend | undefined;
    for (let i = 0; i < staged.length; i++) {
      const append = staged[i];
      // An append before it refused by SQLite took no positions: its hashes are made again for where it now goes.
      const hashes = append.chained && head !== append.afterPosition ? hashAppend(append.streamId, append.events, append.afterRevision, append.afterHash, head, append.now) : hashed[i];
      head = this.insertOne(append, head, hashes, alone);
      if (hashes && append.result) sealAfter = append;
    }
    if (sealAfter) this.sealIfDue(head, sealAfter.now);
    return head;
  }

  /**
   * One append's rows; returns the head after them. A refused one-row insert is undone by SQLite itself (a statement
   * rollback); several rows get a savepoint, unless the append is its group's only write (a savepoint makes SQLite copy
   * every page it then changes aside first: what a lone batch append need not pay). Either way only an error SQLite
   * undid while the transaction lives is the append's alone. Once its rows are in, its head (and last link) is
   * remembered for when the group commits.
   */
  private insertOne(append: StagedAppend, head: bigint, hashed: HashedAppend | undefined, alone: boolean): bigint {
    const single = append.events.length === 1;
    const inSavepoint = !single && !alone;
    if (inSavepoint) this.savepoint.run();
    let result: AppendResult;
    try {
      result = this.insert(append, head, hashed);
      if (inSavepoint) this.release.run();
    } catch (error) {
      if (!this.db.inTransaction || (!single && !inSavepoint)) throw error;
      if (inSavepoint) {
        this.rollbackTo.run();
        this.release.run();
      }
      append.error = error;
      return head;
    }
    append.result = result;
    const eventId = append.events[append.events.length - 1].event.id;
    const { nextRevision: revision, position } = result;
    this.heads.written(append.streamId, hashed ? { revision, position, eventId, hash: hashed.hashes[hashed.hashes.length - 1] } : { revision, position, eventId });
    return position;
  }

  /**
   * One append's rows after `head`, each chained row's line noted for the next seal (a row a savepoint then takes
   * back leaves a line the seal does not use: the next row noted does not follow on from it).
   */
  private insert(append: StagedAppend, head: bigint, hashed: HashedAppend | undefined): AppendResult {
    const { streamId, events, now } = append;
    let revision = append.afterRevision;
    let position = head;
    let latest = 0;
    for (let i = 0; i < events.length; i++) {
      const { event, dataJson, metadataJson } = events[i];
      revision += 1n;
      position += 1n;
      if (hashed) {
        this.statements.insertAt(position, streamId, revision, event.id, event.type, event.schemaVersion, dataJson, metadataJson, hashed.recordedAts[i], hashed.hashes[i]);
        this.chain.noteWritten(position, hashed.positionTexts[i], hashed.hashes[i]);
      } else {
        const recordedAt = originalRecordedAt(event.metadata)?.getTime() ?? now;
        this.statements.insertAt(position, streamId, revision, event.id, event.type, event.schemaVersion, dataJson, metadataJson, recordedAt, null);
        if (recordedAt > latest) latest = recordedAt;
      }
    }
    return { nextRevision: revision, position, recordedAt: new Date(hashed ? hashed.latest : latest) };
  }

  /** After the rows: a seal when one is due (src/log-chain/sqlite-log-chain.ts). */
  private sealIfDue(head: bigint, now: number): void {
    try {
      this.chain.afterAppend(head, now);
    } catch (error) {
      // A seal whose failure took the whole transaction with it (SQLite rolls back on a full disk or an I/O error) took
      // the group's appends too: they fail, all of them.
      if (!this.db.inTransaction) throw error;
      // A seal that fails alone is left to the next append (or `ledger seal`); the appends stand.
      new Logger('EventStore').error(`sealing the event log failed: ${(error as Error).message}`);
    }
  }
}
