import Database from 'better-sqlite3';
import { EventFilter } from '../event-store';
import { EVENT_COLUMNS } from './event-log-schema';
import { EventRow } from './event-row';
import { filterSql } from './event-filter-sql';

/** The largest revision SQLite can hold: where a backwards read starts when no revision is given. */
const LAST_POSSIBLE_REVISION = 9_223_372_036_854_775_807n;

export interface StoredEventId {
  readonly revision: bigint;
  readonly eventId: string;
  readonly position: bigint;
  /** Epoch milliseconds. */
  readonly recordedAt: bigint;
}

/**
 * Every statement the store runs, prepared once. Reads return raw rows with bigints (positions and
 * revisions stay exact); each call returns one bounded page, so no SQLite iterator outlives a call.
 */
export class EventLogStatements {
  private readonly lastRevisionStmt: Database.Statement;
  private readonly isDeletedStmt: Database.Statement;
  private readonly revisionOfIdStmt: Database.Statement;
  private readonly streamHeadStmt: Database.Statement;
  private readonly liveHeadStmt: Database.Statement;
  private readonly idsAfterStmt: Database.Statement;
  private readonly insertStmt: Database.Statement;
  private readonly lastLinkStmt: Database.Statement;
  private readonly lastPositionStmt: Database.Statement;
  private readonly tombstoneStmt: Database.Statement;
  private readonly headStmt: Database.Statement;
  private readonly forwardsStmt: Database.Statement;
  private readonly backwardsStmt: Database.Statement;
  private readonly globalPageStmts = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {
    this.lastRevisionStmt = db.prepare('SELECT revision FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1').pluck().safeIntegers(true);
    this.isDeletedStmt = db.prepare('SELECT 1 FROM deleted_streams WHERE stream_id = ?').pluck();
    this.streamHeadStmt = db.prepare('SELECT revision, position, event_id FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1').raw(true).safeIntegers(true);
    // The tombstone and the head in one statement: each statement outside a transaction opens a read snapshot of its
    // own, which costs more than the two index lookups when the log is being written all the time.
    this.liveHeadStmt = db
      .prepare(
        `SELECT (SELECT 1 FROM deleted_streams WHERE stream_id = @s), head.revision, head.position, head.event_id FROM (SELECT 1)
         LEFT JOIN (SELECT revision, position, event_id FROM events WHERE stream_id = @s ORDER BY revision DESC LIMIT 1) AS head`,
      )
      .raw(true)
      .safeIntegers(true);
    this.revisionOfIdStmt = db.prepare('SELECT revision FROM events INDEXED BY events_by_id WHERE event_id = ? AND stream_id = ? ORDER BY revision LIMIT 1').pluck().safeIntegers(true);
    this.idsAfterStmt = db
      .prepare('SELECT revision, event_id AS eventId, position, recorded_at AS recordedAt FROM events WHERE stream_id = ? AND revision > ? ORDER BY revision LIMIT ?')
      .safeIntegers(true);
    // What a chained append reads of its stream's last event when it did not write that event itself (its hash is in the row).
    this.lastLinkStmt = db.prepare('SELECT revision, hash, event_id FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1').raw(true).safeIntegers(true);
    // The position of the stream's last event from its index alone (the rowid, i.e. the position, is in every entry).
    this.lastPositionStmt = db.prepare('SELECT position FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1').pluck().safeIntegers(true);
    this.insertStmt = db
      .prepare(
        'INSERT INTO events (stream_id, revision, event_id, type, schema_version, data, metadata, recorded_at, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .safeIntegers(true);
    this.tombstoneStmt = db.prepare('INSERT OR IGNORE INTO deleted_streams (stream_id, deleted_at) VALUES (?, ?)');
    this.headStmt = db.prepare('SELECT max(position) FROM events').pluck().safeIntegers(true);
    this.forwardsStmt = db
      .prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?`)
      .raw(true)
      .safeIntegers(true);
    this.backwardsStmt = db
      .prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`)
      .raw(true)
      .safeIntegers(true);
  }

  /** Revision of the stream's last event, -1n when it has none. */
  lastRevision(streamId: string): bigint {
    return (this.lastRevisionStmt.get(streamId) as bigint | undefined) ?? -1n;
  }

  /** Revision, hash (null when written before the chain) and id of the stream's last event; undefined when it has none. */
  lastLink(streamId: string): { revision: bigint; hash: string | null; eventId: string } | undefined {
    const row = this.lastLinkStmt.get(streamId) as [bigint, string | null, string] | undefined;
    return row && { revision: row[0], hash: row[1], eventId: row[2] };
  }

  /** The position of the stream's last event, read from the stream's index alone; undefined when it has none. */
  lastPosition(streamId: string): bigint | undefined {
    return this.lastPositionStmt.get(streamId) as bigint | undefined;
  }

  /** Revision, position and id of the stream's last event (no data or metadata read), undefined when it has none. */
  streamHead(streamId: string): { revision: bigint; position: bigint; eventId: string } | undefined {
    const row = this.streamHeadStmt.get(streamId) as [bigint, bigint, string] | undefined;
    return row && { revision: row[0], position: row[1], eventId: row[2] };
  }

  /** Whether the stream is tombstoned, and its head as `streamHead` gives it: one read. */
  liveStreamHead(streamId: string): { deleted: boolean; head: { revision: bigint; position: bigint; eventId: string } | undefined } {
    const [deleted, revision, position, eventId] = this.liveHeadStmt.get({ s: streamId }) as [bigint | null, bigint | null, bigint | null, string | null];
    return { deleted: deleted !== null, head: revision === null ? undefined : { revision, position: position!, eventId: eventId! } };
  }

  isDeleted(streamId: string): boolean {
    return this.isDeletedStmt.get(streamId) !== undefined;
  }

  revisionOfEventId(streamId: string, eventId: string): bigint | undefined {
    return this.revisionOfIdStmt.get(eventId, streamId) as bigint | undefined;
  }

  eventIdsAfter(streamId: string, revision: bigint, count: number): StoredEventId[] {
    return this.idsAfterStmt.all(streamId, revision, count) as StoredEventId[];
  }

  /**
   * An insert at the position the writer expects, with the event's chain hash (null with the chain off). SQLite
   * assigns the position (max + 1, its append path, faster than an explicit rowid); that it is the one the writer
   * expected is checked.
   */
  insertAt(
    position: bigint,
    streamId: string,
    revision: bigint,
    eventId: string,
    type: string,
    schemaVersion: number,
    dataJson: string,
    metadataJson: string,
    recordedAt: number,
    hash: string | null,
  ): void {
    const assigned = this.insertStmt.run(streamId, revision, eventId, type, schemaVersion, dataJson, metadataJson, recordedAt, hash).lastInsertRowid;
    // Cannot differ (SQLite gives max(rowid) + 1 and the writer read max under the same write lock). Were it ever to,
    // the event is written all the same (the append stands) and `ledger verify --log` names it: never a false refusal.
    if (assigned !== position) console.error(`event log: event ${eventId} stored at position ${assigned}, but it was expected at position ${position}`);
  }

  tombstone(streamId: string, deletedAt: number): void {
    this.tombstoneStmt.run(streamId, deletedAt);
  }

  head(): bigint | undefined {
    return (this.headStmt.get() as bigint | null) ?? undefined;
  }

  streamPage(streamId: string, backwards: boolean, fromRevision: bigint | undefined, limit: number): EventRow[] {
    if (backwards) return this.backwardsStmt.all(streamId, fromRevision ?? LAST_POSSIBLE_REVISION, limit) as EventRow[];
    return this.forwardsStmt.all(streamId, fromRevision ?? 0n, limit) as EventRow[];
  }

  /** Events with after < position <= upTo matching the filter, in global order. */
  globalPage(after: bigint, upTo: bigint, filter: EventFilter | undefined, limit: number): EventRow[] {
    const sql = filterSql(filter);
    let stmt = this.globalPageStmts.get(sql.key);
    if (!stmt) {
      stmt = this.db
        .prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? AND position <= ? ${sql.condition} ORDER BY position LIMIT ?`)
        .raw(true)
        .safeIntegers(true);
      this.globalPageStmts.set(sql.key, stmt);
    }
    return stmt.all(after, upTo, ...sql.params, limit) as EventRow[];
  }
}
