import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppendResult, EventStore, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription, SynchronousLogPages } from '../event-store';
import { ConcurrencyError, InvalidEventError, StreamDeletedError } from '../event-store-errors';
import { assertValidStreamId, SerializedEvent, serializeForAppend } from '../event-limits';
import { ExpectedRevision } from '../expected-revision';
import { NewEvent, RecordedEvent } from '../recorded-event';
import { openEventLog, SqliteSynchronous } from './event-log-schema';
import { EventLogStatements } from './event-log-statements';
import { DEFAULT_GROUP_LIMITS, GroupCommit } from './group-commit';
import { letOthersRun } from './between-pages';
import { toRecordedEvent } from './event-row';
import { originalRecordedAt } from '../original-recorded-at';
import { SqliteSubscription } from './sqlite-subscription';

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
}

/**
 * The embedded event store: one SQLite file in WAL mode. Appends are group-committed (see GroupCommit):
 * appends that arrive together share one BEGIN IMMEDIATE transaction and one fsync, each checked against its
 * own expected revision in its own savepoint, each resolving only after that transaction committed. Writers
 * in several processes serialize on the file lock. Deleted streams are tombstoned: they can no
 * longer be read or written, but their events stay in the global log (readAll and subscriptions still show
 * them, as EventStoreDB does until a scavenge).
 */
export class SqliteEventStore extends EventStore {
  private readonly statements: EventLogStatements;
  private readonly subscriptions = new Set<SqliteSubscription>();
  /** Every write goes through it. IMMEDIATE takes the write lock before any revision is read, so check and write are one step. */
  private readonly writes: GroupCommit;

  private constructor(
    private readonly db: Database.Database,
    onGroupCommitted: ((writes: number) => void) | undefined,
  ) {
    super();
    this.statements = new EventLogStatements(db);
    this.writes = new GroupCommit(db, DEFAULT_GROUP_LIMITS, (writes) => {
      for (const subscription of this.subscriptions) subscription.appended();
      try {
        onGroupCommitted?.(writes);
      } catch {
        // Instrumentation must not break the write path.
      }
    });
  }

  static open({ path, synchronous = 'FULL', onGroupCommitted }: SqliteEventStoreOptions): SqliteEventStore {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    return new SqliteEventStore(openEventLog(path, synchronous), onGroupCommitted);
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    // Validation stays synchronous and before the queue: bad input never reaches a group or the file.
    const serialized = serializeForAppend(streamId, events);
    const normalized = normalizeExpected(expected);
    let chars = 0;
    for (const { dataJson, metadataJson } of serialized) chars += dataJson.length + metadataJson.length;
    // Checks only read; a one-event append then changes the file with a single INSERT.
    return this.writes.submit(() => this.appendOrRecognizeRetry(streamId, serialized, normalized), chars, serialized.length === 1);
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
    await this.writes.submit(() => this.statements.tombstone(streamId, Date.now()), 0, true);
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    if (!this.db.open) return;
    // Appends already accepted are committed (and settle) before the connection goes.
    this.writes.drain();
    this.db.close();
  }

  /** Runs inside the group's transaction, in the append's own savepoint. */
  private appendOrRecognizeRetry(streamId: string, events: SerializedEvent[], expected: bigint | 'any' | 'stream_exists'): AppendResult {
    if (this.statements.isDeleted(streamId)) throw new StreamDeletedError(streamId);
    const current = this.statements.lastRevision(streamId);
    const portExpected: ExpectedRevision = expected === -1n ? 'no_stream' : expected;

    if (typeof expected === 'bigint') {
      if (current === expected) return this.write(streamId, events, current);
      // Someone wrote past the expected revision: it is fine only if it was this very append, earlier.
      const retry = current > expected ? this.earlierIdenticalAppend(streamId, events, expected) : undefined;
      if (retry) return retry;
      throw new ConcurrencyError(streamId, portExpected, current);
    }

    if (expected === 'stream_exists' && current < 0n) throw new ConcurrencyError(streamId, portExpected, current);
    const firstRevision = this.statements.revisionOfEventId(streamId, events[0].event.id);
    if (firstRevision === undefined) return this.write(streamId, events, current);
    const retry = this.earlierIdenticalAppend(streamId, events, firstRevision - 1n);
    if (retry) return retry;
    // Some of these ids are already in the stream, but not as this whole append: not a safe retry.
    throw new ConcurrencyError(streamId, portExpected, current);
  }

  /** The original result when the events right after `expected` are exactly these ids, in this order. */
  private earlierIdenticalAppend(streamId: string, events: SerializedEvent[], expected: bigint): AppendResult | undefined {
    const stored = this.statements.eventIdsAfter(streamId, expected, events.length);
    if (stored.length !== events.length) return undefined;
    const identical = stored.every((row, i) => row.eventId.toLowerCase() === events[i].event.id.toLowerCase());
    if (!identical) return undefined;
    const last = stored[stored.length - 1];
    return { nextRevision: last.revision, position: last.position };
  }

  private write(streamId: string, events: SerializedEvent[], current: bigint): AppendResult {
    const recordedAt = Date.now();
    let revision = current;
    let position = 0n;
    for (const { event, dataJson, metadataJson } of events) {
      revision += 1n;
      position = this.statements.insert(streamId, revision, event.id, event.type, event.schemaVersion, dataJson, metadataJson, originalRecordedAt(event.metadata)?.getTime() ?? recordedAt);
    }
    return { nextRevision: revision, position };
  }
}

/** -1n is how the port reports "no stream" in ConcurrencyError.actual, so it is accepted as no_stream. */
function normalizeExpected(expected: ExpectedRevision): bigint | 'any' | 'stream_exists' {
  if (expected === 'any' || expected === 'stream_exists') return expected;
  if (expected === 'no_stream') return -1n;
  if (typeof expected === 'bigint' && expected >= -1n) return expected;
  throw new InvalidEventError(`expected revision ${String(expected)} is not any, no_stream, stream_exists or a revision`);
}
