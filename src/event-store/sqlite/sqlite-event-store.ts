import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppendResult, EventStore, PrecedingEvent, ReadAllOptions, ReadStreamOptions, StreamHead, SubscribeOptions, Subscription, SynchronousLogPages } from '../event-store';
import { ConcurrencyError, InvalidEventError, StreamDeletedError } from '../event-store-errors';
import { assertValidStreamId, SerializedEvent, serializeForAppend } from '../event-limits';
import { ExpectedRevision } from '../expected-revision';
import { NewEvent, RecordedEvent } from '../recorded-event';
import { openEventLog, SqliteSynchronous } from './event-log-schema';
import { EventLogStatements } from './event-log-statements';
import { DEFAULT_GROUP_LIMITS, FLUSH_FIRST, GroupCommit } from './group-commit';
import { AppendStage, StagedAppend } from './append-stage';
import { letOthersRun } from './between-pages';
import { toRecordedEvent } from './event-row';
import { eventById } from './event-by-id';
import { BackgroundCheckpoint } from '../../sqlite/background-checkpoint';
import { SqliteSubscription } from './sqlite-subscription';
import { KnownStreamHeads } from './known-stream-heads';
import { Logger } from '@nestjs/common';
import { chainSwitch } from '../../log-chain/chain-switch';
import { HasLogChain, LogChain } from '../../log-chain/log-chain';
import { SqliteLogChain } from '../../log-chain/sqlite-log-chain';

/** Rows per keyset page: large enough to amortize a statement step, small enough to bound memory. */
const PAGE_SIZE = 2_000;
/** How often a caught-up subscription looks for appends made by other processes on the same file. */
const POLL_INTERVAL_MS = 150;

export interface SqliteEventStoreOptions {
  /** A file (its directory is created) or ':memory:'. */
  readonly path: string;
  /** FULL (default) fsyncs every commit; NORMAL may lose the last commits on power loss, never corrupts. */
  readonly synchronous?: SqliteSynchronous;
  /**
   * Instrumentation for tests and benchmarks: called after each group commit with the number of appends
   * (and deletes) the transaction held. Errors it throws are ignored.
   */
  readonly onGroupCommitted?: (writes: number) => void;
  /**
   * Checkpoint the WAL from a worker thread instead of inside the commits that cross SQLite's threshold (what a server
   * wants: see src/sqlite/background-checkpoint.ts). Off by default, as SQLite does it.
   */
  readonly checkpointInBackground?: boolean;
}

/**
 * The embedded event store: one SQLite file in WAL mode. Appends are group-committed (see GroupCommit):
 * appends that arrive together share one BEGIN IMMEDIATE transaction and one fsync, each checked against its
 * own expected revision and refused on its own, their rows written together before the COMMIT (AppendStage), each
 * resolving only after that transaction committed. Writers
 * in several processes serialize on the file lock. Deleted streams are tombstoned: they can no
 * longer be read or written, but their events stay in the global log (readAll and subscriptions still show
 * them, as EventStoreDB does until a scavenge).
 */
export class SqliteEventStore extends EventStore implements HasLogChain {
  private readonly statements: EventLogStatements;
  /** The hash chain and seals (src/log-chain): every append hashes its events, every 1,000 positions it seals. */
  private readonly chain: SqliteLogChain;
  private readonly subscriptions = new Set<SqliteSubscription>();
  /**
   * Stream heads as last read or committed here, while no other connection wrote (what `streamHead` answers from),
   * with the hash of the last event when this connection wrote it (what a chained append links to).
   */
  private readonly heads: KnownStreamHeads;
  /**
   * The log's last position inside the group's transaction, once read, moved past every append staged since: the group
   * holds the write lock, so nothing else moves it. Reset before every group.
   */
  private groupHead: bigint | undefined;
  /** The group's accepted appends, their rows written together before it commits (see AppendStage). */
  private readonly stage: AppendStage;
  /** Every write goes through it. IMMEDIATE takes the write lock before any revision is read, so check and write are one step. */
  private readonly writes: GroupCommit;
  private checkpoint: BackgroundCheckpoint | undefined;

  private constructor(
    private readonly db: Database.Database,
    onGroupCommitted: ((writes: number) => void) | undefined,
  ) {
    super();
    this.statements = new EventLogStatements(db);
    this.heads = new KnownStreamHeads(db);
    this.writes = new GroupCommit(db, DEFAULT_GROUP_LIMITS, {
      committed: (writes) => {
        this.heads.committed();
        for (const subscription of this.subscriptions) subscription.appended();
        try {
          onGroupCommitted?.(writes);
        } catch {
          // Instrumentation must not break the write path.
        }
      },
      rolledBack: () => {
        this.stage.clear();
        this.heads.rolledBack();
      },
      beforeGroup: () => {
        this.groupHead = undefined;
        this.stage.clear();
      },
      flush: (alone) => {
        const head = this.stage.write(alone);
        if (head !== undefined) this.groupHead = head;
      },
      settle: settled,
    });
    // A seal covers the rows in the file: the group's staged appends go in first.
    this.chain = new SqliteLogChain(db, <T>(apply: () => T) => this.writes.submit<T>(() => (this.stage.isEmpty ? apply() : flushFirst()), 0, false));
    this.stage = new AppendStage(db, this.statements, this.heads, this.chain);
  }

  static open({ path, synchronous = 'FULL', onGroupCommitted, checkpointInBackground = false }: SqliteEventStoreOptions): SqliteEventStore {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const store = new SqliteEventStore(openEventLog(path, synchronous), onGroupCommitted);
    try {
      // A log written before the hash chain existed: one seal over all of it, once (docs/tamper-evident-log.md).
      const seal = store.chain.sealUnchainedPrefix(new Date());
      if (seal)
        new Logger('EventStore').warn(
          `hash chain added to the event log: its ${seal.events} earlier events (positions up to ${seal.toPosition}) are covered by seal #${seal.number} (${seal.hash})`,
        );
    } catch (error) {
      store.db.close();
      throw error;
    }
    if (checkpointInBackground) store.checkpoint = BackgroundCheckpoint.start(store.db, 'EventStore');
    return store;
  }

  logChain(): LogChain {
    return this.chain;
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    // Validation stays synchronous and before the queue: bad input never reaches a group or the file.
    return this.submitAppend(streamId, serializeForAppend(streamId, events), normalizeExpected(expected));
  }

  override appendsAfterEvent(): boolean {
    return true;
  }

  override async appendAfterEvent(streamId: string, events: readonly NewEvent[], after: PrecedingEvent): Promise<AppendResult> {
    const serialized = serializeForAppend(streamId, events);
    if (typeof after?.revision !== 'bigint' || after.revision < 0n || typeof after.eventId !== 'string') {
      throw new InvalidEventError("an append after an event needs that event's revision (0 or more) and id");
    }
    return this.submitAppend(streamId, serialized, after.revision, after.eventId);
  }

  private submitAppend(streamId: string, serialized: SerializedEvent[], expected: bigint | 'any' | 'stream_exists', precedingEventId?: string): Promise<AppendResult> {
    let chars = 0;
    for (const { dataJson, metadataJson } of serialized) chars += dataJson.length + metadataJson.length;
    // The hashes cover each event's data and metadata as the JSON text stored (src/log-chain/event-hash.ts).
    const chained = chainSwitch.enabled;
    // Checks only read, and an accepted append is staged: nothing an append does in its turn changes the file, so it
    // needs no savepoint. Its outcome is settled when the group writes its rows (AppendStage).
    return this.writes.submit<AppendResult>(() => this.appendOrRecognizeRetry(streamId, serialized, expected, chained, precedingEventId), chars, true);
  }

  override async streamHead(streamId: string): Promise<StreamHead | undefined> {
    assertValidStreamId(streamId);
    const known = this.heads.get(streamId);
    // The port's head: revision, position and id (a chained write also remembers its hash).
    if (known.known) return known.head?.hash === undefined ? known.head : { revision: known.head.revision, position: known.head.position, eventId: known.head.eventId };
    const { deleted, head } = this.statements.liveStreamHead(streamId);
    if (deleted) throw new StreamDeletedError(streamId);
    this.heads.remember(streamId, head);
    return head;
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    assertValidStreamId(streamId);
    if (this.statements.isDeleted(streamId)) throw new StreamDeletedError(streamId);
    const backwards = options.direction === 'backwards';
    let remaining = options.maxCount ?? Infinity;
    let from = options.fromRevision;
    while (remaining > 0) {
      const limit = Math.min(PAGE_SIZE, remaining);
      const rows = this.statements.streamPage(streamId, backwards, from, limit);
      for (const row of rows) yield toRecordedEvent(row);
      if (rows.length < limit) return;
      remaining -= rows.length;
      const last = rows[rows.length - 1][2];
      from = backwards ? last - 1n : last + 1n;
      if (from < 0n) return;
      await letOthersRun();
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    let remaining = options.maxCount ?? Infinity;
    // Bounded by the head at the start: a read of the log ends even while others keep appending.
    const head = this.statements.head();
    if (head === undefined) return;
    let cursor = options.after ?? 0n;
    while (remaining > 0 && cursor < head) {
      const limit = Math.min(PAGE_SIZE, remaining);
      const rows = this.statements.globalPage(cursor, head, options.filter, limit);
      for (const row of rows) yield toRecordedEvent(row);
      if (rows.length < limit) return;
      remaining -= rows.length;
      cursor = rows[rows.length - 1][0];
      await letOthersRun();
    }
  }

  private readonly pages: SynchronousLogPages = {
    readPage: (after, upTo, limit) => this.statements.globalPage(after ?? 0n, upTo, undefined, limit).map(toRecordedEvent),
  };

  override synchronousPages(): SynchronousLogPages {
    return this.pages;
  }

  /** Through the events_by_id index (see eventById): independent of the stream's length. Tombstoned: as readStream. */
  override async findEvent(streamId: string, eventId: string): Promise<RecordedEvent | undefined> {
    assertValidStreamId(streamId);
    const { deleted, event } = eventById(this.db, streamId, eventId);
    if (deleted) throw new StreamDeletedError(streamId);
    return event;
  }

  subscribe(options: SubscribeOptions = {}): Subscription {
    const subscription = new SqliteSubscription(this.statements, options.after ?? 0n, options.filter, POLL_INTERVAL_MS, (closed) =>
      this.subscriptions.delete(closed),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<bigint | undefined> {
    return this.statements.head();
  }

  async deleteStream(streamId: string): Promise<void> {
    assertValidStreamId(streamId);
    // Deleting twice leaves the same state as deleting once. Queued like an append, so it lands after the
    // appends made before it.
    await this.writes.submit(() => {
      // An append staged to it goes in first, so the tombstone follows it, as it was asked.
      if (this.stage.holds(streamId)) flushFirst();
      this.heads.forget(streamId);
      this.statements.tombstone(streamId, Date.now());
    }, 0, true);
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    if (!this.db.open) return;
    // Appends already accepted are committed (and settle) before the connection goes.
    this.writes.drain();
    // The worker's connection first: this one, closing last, checkpoints the WAL away.
    this.checkpoint?.stop();
    this.db.close();
  }

  /**
   * Runs inside the group's transaction. Reads only: an append it accepts is staged, its rows written with the
   * group's (AppendStage); one to a stream that already has an append staged waits for the stage to be written.
   */
  private appendOrRecognizeRetry(
    streamId: string,
    events: SerializedEvent[],
    expected: bigint | 'any' | 'stream_exists',
    /** Whether its events are hashed into the chain (always, but for the benchmark's switch). */
    chained: boolean,
    /** appendAfterEvent: the id the event at revision `expected` must have. */
    precedingEventId?: string,
  ): AppendResult | StagedAppend {
    if (this.stage.holds(streamId)) flushFirst();
    if (this.statements.isDeleted(streamId)) throw new StreamDeletedError(streamId);
    // The stream's last hash comes with its last revision: inside the write transaction, so nothing can come between.
    const last = chained ? this.lastLink(streamId) : { revision: this.statements.lastRevision(streamId), hash: null, head: this.headInGroup(), eventId: undefined };
    const current = last.revision;
    const write = () => this.stageAppend(streamId, events, last, chained);
    const portExpected: ExpectedRevision = expected === -1n ? 'no_stream' : expected;

    if (typeof expected === 'bigint') {
      if (current === expected) {
        if (precedingEventId !== undefined) {
          // The chained read above brought the last event's id; the unchained one (revision only) asks for it here.
          const lastId = chained ? last.eventId : this.statements.streamHead(streamId)?.eventId;
          if (lastId?.toLowerCase() !== precedingEventId.toLowerCase()) throw new ConcurrencyError(streamId, portExpected, current);
        }
        // Its first id already earlier in the stream: another attempt of the same command got there first (two
        // attempts with one Idempotency-Key, the second decided after the first committed). Never written twice: a
        // conflict, on which the command path finds the earlier attempt and answers its result.
        if (current >= 0n && this.statements.revisionOfEventId(streamId, events[0].event.id) !== undefined) {
          throw new ConcurrencyError(streamId, portExpected, current);
        }
        return write();
      }
      // Someone wrote past the expected revision: it is fine only if it was this very append, earlier.
      const retry = current > expected ? this.earlierIdenticalAppend(streamId, events, expected) : undefined;
      if (retry) return retry;
      throw new ConcurrencyError(streamId, portExpected, current);
    }

    if (expected === 'stream_exists' && current < 0n) throw new ConcurrencyError(streamId, portExpected, current);
    const firstRevision = this.statements.revisionOfEventId(streamId, events[0].event.id);
    if (firstRevision === undefined) return write();
    const retry = this.earlierIdenticalAppend(streamId, events, firstRevision - 1n);
    if (retry) return retry;
    // Some of these ids are already in the stream, but not as this whole append: not a safe retry.
    throw new ConcurrencyError(streamId, portExpected, current);
  }

  /**
   * The stream's last revision, hash and id and the log's head, inside the write transaction. The position of the
   * stream's last event comes from its index alone: none, and the stream is empty. When this connection committed the
   * stream's last link at that position (a position is never reused or moved), that event is the link: nothing more
   * is read. Else the row, with its hash.
   */
  private lastLink(streamId: string): { revision: bigint; hash: string | null; head: bigint; eventId: string | undefined } {
    const lastPosition = this.statements.lastPosition(streamId);
    if (lastPosition === undefined) return { revision: -1n, hash: null, head: this.headInGroup(), eventId: undefined };
    const own = this.heads.link(streamId);
    if (own?.hash !== undefined && own.position === lastPosition) return { revision: own.revision, hash: own.hash, head: this.headInGroup(), eventId: own.eventId };
    // The index shows an event, so the row is there: same transaction.
    const link = this.statements.lastLink(streamId)!;
    return { revision: link.revision, hash: link.hash, head: this.headInGroup(), eventId: link.eventId };
  }

  /** The log's head inside the group's transaction: read once, then moved by the group's own chained inserts. */
  private headInGroup(): bigint {
    return (this.groupHead ??= this.statements.head() ?? 0n);
  }

  /** The original result when the events right after `expected` are exactly these ids, in this order. */
  private earlierIdenticalAppend(streamId: string, events: SerializedEvent[], expected: bigint): AppendResult | undefined {
    const stored = this.statements.eventIdsAfter(streamId, expected, events.length);
    if (stored.length !== events.length) return undefined;
    const identical = stored.every((row, i) => row.eventId.toLowerCase() === events[i].event.id.toLowerCase());
    if (!identical) return undefined;
    const last = stored[stored.length - 1];
    const latest = stored.reduce((max, row) => (row.recordedAt > max ? row.recordedAt : max), stored[0].recordedAt);
    return { nextRevision: last.revision, position: last.position, recordedAt: new Date(Number(latest)) };
  }

  /** Accepts an append checked after `last`: staged at the group's head, which moves past its events. */
  private stageAppend(streamId: string, events: SerializedEvent[], last: { revision: bigint; hash: string | null; head: bigint }, chained: boolean): StagedAppend {
    const staged = new StagedAppend(streamId, events, last.revision, last.hash, last.head, chained, Date.now());
    this.stage.add(staged);
    this.groupHead = last.head + BigInt(events.length);
    return staged;
  }
}

/** What a write answers once its group committed: a staged append's outcome; anything else as its apply returned it. */
function settled(value: unknown): unknown {
  return value instanceof StagedAppend ? value.outcome() : value;
}

function flushFirst(): never {
  throw FLUSH_FIRST;
}

/** -1n is how the port reports "no stream" in ConcurrencyError.actual, so it is accepted as no_stream. */
function normalizeExpected(expected: ExpectedRevision): bigint | 'any' | 'stream_exists' {
  if (expected === 'any' || expected === 'stream_exists') return expected;
  if (expected === 'no_stream') return -1n;
  if (typeof expected === 'bigint' && expected >= -1n) return expected;
  throw new InvalidEventError(`expected revision ${String(expected)} is not any, no_stream, stream_exists or a revision`);
}
