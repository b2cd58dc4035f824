import { Injectable, Logger } from '@nestjs/common';
import type { Statement } from 'better-sqlite3';
import { isAscii } from 'node:buffer';
import { StateUnreadableError } from '../command-handling/command-errors';
import type { ReplayableDecider } from '../history/stream-deciders';
import { ReadModelDatabase } from '../read-models/read-model-database';
import { allStateShapes, shapeFingerprint, stateShapeOf } from './state-shapes';
import { StreamSnapshot } from './stream-snapshot';

/**
 * A snapshot's text from its UTF-8 bytes. Most are plain ASCII, which is read as Latin-1 (a copy of the bytes): for a
 * partnership with 100,000 sessions (~1.7 MB) that is ~1 ms less than SQLite's text value, on a cold start's path.
 */
function textOf(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/**
 * A state's rest (StateCodec.encodeParts) is read this long after the state was decoded, in the background, unless
 * something needed it before: off the load's path, yet soon, so that the row it is in is still there (rows are deleted
 * when newer snapshots of the stream are written). After that the state holds everything it needs in memory.
 */
const REST_PREFETCH_AFTER_MS = 50;

/** Snapshots kept per stream: the newest and one before it (a timeline page needs one at or before its start). */
const KEPT_PER_STREAM = 2;

/** A snapshot as stored: also the id of its last event, when the writer gave it (the loader does; a stronger anchor). */
export type StoredSnapshot<State = unknown> = StreamSnapshot<State> & { readonly eventId?: string | null };

interface SnapshotRow {
  /** With taken_at, which row this is: a row deleted and written again is another row (its rest may differ). */
  id: bigint;
  taken_at: string;
  revision: bigint;
  position: bigint;
  event_id: string | null;
  /** The state's text as stored (UTF-8), read as bytes: see textOf. */
  state: Buffer;
  max_recorded_at: string;
}

/**
 * Durable snapshots of folded streams, in the read-model database (`stream_snapshots`), so a cold start folds only the
 * events after the newest one. Each row carries the fingerprint of its decider's state shape (state-shapes.ts):
 * rows under any other fingerprint are never read, so a changed evolve, state or upcaster falls back to an older
 * usable snapshot or to event 0, and the next load writes a snapshot under the new shape.
 */
@Injectable()
export class SnapshotStore {
  private readonly logger = new Logger('SnapshotStore');
  private readonly selectLatest: Statement<[string, string, bigint]>;
  private readonly insert: Statement<[string, bigint, bigint, string, string, string, string, string | null, string | null]>;
  private readonly selectRest: Statement<[bigint, string]>;
  /** Rests to read in the background (REST_PREFETCH_AFTER_MS), and who to tell when one was gone. */
  private prefetching: { streamId: string; read: () => unknown }[] = [];
  private prefetchTimer: NodeJS.Timeout | undefined;
  private readonly lostListeners: ((streamId: string) => void)[] = [];
  private readonly prune: Statement<[{ streamId: string; shape: string; kept: number }]>;
  private readonly deleteStream: Statement<[string]>;
  private readonly selectRecent: Statement<[number]>;

  constructor(private readonly database: ReadModelDatabase) {
    // Fingerprints are computed now, at startup, from the domain source as deployed (and fail here if it is missing).
    for (const shape of allStateShapes()) shapeFingerprint(shape);
    const db = database.db;
    db.exec(`
      CREATE TABLE IF NOT EXISTS stream_snapshots (
        stream_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        position INTEGER NOT NULL,
        shape TEXT NOT NULL,
        state TEXT NOT NULL,
        max_recorded_at TEXT NOT NULL,
        taken_at TEXT NOT NULL,
        event_id TEXT,
        rest TEXT,
        PRIMARY KEY (stream_id, shape, revision)
      )`);
    // A table created before event_id existed gets it (rows without one are anchored on their position alone); one
    // created before rest existed gets that (older rows are under older shapes: never read, deleted on the next write).
    // rest is the row's last column, so reading the others never touches its pages.
    const columns = db.prepare(`SELECT name FROM pragma_table_info('stream_snapshots')`).all() as { name: string }[];
    if (!columns.some((column) => column.name === 'event_id')) db.exec(`ALTER TABLE stream_snapshots ADD COLUMN event_id TEXT`);
    if (!columns.some((column) => column.name === 'rest')) db.exec(`ALTER TABLE stream_snapshots ADD COLUMN rest TEXT`);
    this.selectLatest = db
      .prepare<[string, string, bigint], SnapshotRow>(
        `SELECT rowid AS id, taken_at, revision, position, event_id, CAST(state AS BLOB) AS state, max_recorded_at FROM stream_snapshots
         WHERE stream_id = ? AND shape = ? AND revision <= ? ORDER BY revision DESC LIMIT 1`,
      )
      .safeIntegers(true) as unknown as Statement<[string, string, bigint]>;
    this.selectRest = db.prepare<[bigint, string], { rest: Buffer | null }>(
      `SELECT CAST(rest AS BLOB) AS rest FROM stream_snapshots WHERE rowid = ? AND taken_at = ?`,
    );
    // A row is never rewritten: a state decoded from it may read its rest later. A snapshot of the same shape at the
    // same revision (another process, anchored on the same event) is the same state.
    this.insert = db.prepare(
      `INSERT OR IGNORE INTO stream_snapshots (stream_id, revision, position, shape, state, max_recorded_at, taken_at, event_id, rest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // Rows of other shapes go at once (never readable again); of this shape, all but the newest KEPT_PER_STREAM.
    this.prune = db.prepare(
      `DELETE FROM stream_snapshots WHERE stream_id = @streamId AND (shape <> @shape OR revision NOT IN (
         SELECT revision FROM stream_snapshots WHERE stream_id = @streamId AND shape = @shape ORDER BY revision DESC LIMIT @kept))`,
    );
    this.deleteStream = db.prepare(`DELETE FROM stream_snapshots WHERE stream_id = ?`);
    this.selectRecent = db.prepare(`SELECT stream_id FROM stream_snapshots GROUP BY stream_id ORDER BY max(taken_at) DESC LIMIT ?`);
  }

  /** The newest snapshot at or before `atOrBefore` (any when omitted) whose shape is the decider's current one. */
  async latest<State>(streamId: string, decider: ReplayableDecider, atOrBefore?: bigint): Promise<StoredSnapshot<State> | undefined> {
    const shape = stateShapeOf(decider);
    if (shape === undefined) return undefined;
    const fingerprint = shapeFingerprint(shape);
    const row = this.selectLatest.get(streamId, fingerprint, atOrBefore ?? BigInt(Number.MAX_SAFE_INTEGER)) as SnapshotRow | undefined;
    if (row === undefined) return undefined;
    try {
      const revision = BigInt(row.revision);
      let readRest: (() => string | null) | undefined;
      if (shape.codec.encodeParts !== undefined) {
        // Read once; a row found gone stays gone (the answer, or the error, is kept).
        let rest: { text: string | null } | { error: Error } | undefined;
        // The row's key only (not the row: its head's bytes would live as long as the state).
        const key = { id: row.id, taken_at: row.taken_at, revision: row.revision };
        readRest = () => {
          if (rest === undefined) {
            try {
              rest = { text: this.readRest(key) };
            } catch (error) {
              rest = { error: new StateUnreadableError(`${streamId}: ${(error as Error).message}`) };
            }
          }
          if ('error' in rest) {
            // Each time, not only the first: a load still running when the row went may have cached this state since.
            for (const listener of this.lostListeners) listener(streamId);
            throw rest.error;
          }
          return rest.text;
        };
        this.prefetch(streamId, readRest);
      }
      return {
        streamId,
        revision,
        position: BigInt(row.position),
        eventId: row.event_id,
        state: shape.codec.decode(textOf(row.state), readRest) as State,
        maxRecordedAt: new Date(row.max_recorded_at),
      };
    } catch (error) {
      // An unreadable row is not worth failing a read for: the caller folds from further back.
      this.logger.warn(`ignoring an unreadable snapshot of ${streamId} at ${row.revision}: ${(error as Error).message}`);
      return undefined;
    }
  }

  /** Whether snapshots of this decider's states can be kept at all. */
  canSnapshot(decider: ReplayableDecider): boolean {
    return stateShapeOf(decider) !== undefined;
  }

  /** Writes a snapshot under the decider's current shape and keeps only the newest few of the stream. */
  save(snapshot: StoredSnapshot, decider: ReplayableDecider, takenAt: Date = new Date()): void {
    const shape = stateShapeOf(decider);
    if (shape === undefined) return;
    const fingerprint = shapeFingerprint(shape);
    const { head, rest } = shape.codec.encodeParts?.(snapshot.state) ?? { head: shape.codec.encode(snapshot.state), rest: null };
    const { streamId } = snapshot;
    this.insert.run(streamId, snapshot.revision, snapshot.position, fingerprint, head, snapshot.maxRecordedAt.toISOString(), takenAt.toISOString(), snapshot.eventId ?? null, rest);
    this.prune.run({ streamId, shape: fingerprint, kept: KEPT_PER_STREAM });
  }

  /**
   * Called with the stream's id when a state decoded from one of its snapshots could not read its rest (the row was
   * deleted first): that state throws if it ever needs it, so whoever keeps such states drops them.
   */
  onRestLost(listener: (streamId: string) => void): void {
    this.lostListeners.push(listener);
  }

  /** A snapshot's rest (StateCodec.encodeParts), as stored (null: it has none); throws when the row is gone. */
  private readRest(row: Pick<SnapshotRow, 'id' | 'taken_at' | 'revision'>): string | null {
    if (!this.database.db.open) throw new Error('the read-model database is closed');
    const found = this.selectRest.get(row.id, row.taken_at) as { rest: Buffer | null } | undefined;
    if (found === undefined) throw new Error(`the snapshot at ${row.revision} was deleted before its older part was read`);
    return found.rest === null ? null : textOf(found.rest);
  }

  private prefetch(streamId: string, read: () => unknown): void {
    this.prefetching.push({ streamId, read });
    if (this.prefetchTimer !== undefined) return;
    this.prefetchTimer = setTimeout(() => {
      this.prefetchTimer = undefined;
      const due = this.prefetching;
      this.prefetching = [];
      if (!this.database.db.open) return;
      for (const { streamId: id, read: readRest } of due) {
        try {
          readRest();
        } catch (error) {
          // The listeners were told by readRest.
          this.logger.warn(`the older part of a snapshot of ${id} could not be read: ${(error as Error).message}`);
        }
      }
    }, REST_PREFETCH_AFTER_MS);
    this.prefetchTimer.unref();
  }

  /** The streams whose newest snapshot was taken most recently, newest first: the ones worth loading at start. */
  recentlySnapshotted(limit: number): string[] {
    return (this.selectRecent.all(limit) as { stream_id: string }[]).map((row) => row.stream_id);
  }

  /** Drops every snapshot of a stream (they no longer match its events: the store was restored or replaced). */
  forget(streamId: string): void {
    this.deleteStream.run(streamId);
  }
}
