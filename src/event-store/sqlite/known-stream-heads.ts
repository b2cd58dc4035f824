import Database from 'better-sqlite3';
import { LruMap } from '../../caching/lru-map';
import { StreamHead } from '../event-store';

/**
 * A head as remembered: when this connection wrote the stream's last event with the chain on, also that event's chain
 * hash, so the stream's next chained append need not read the row for it (see `link`).
 */
export interface KnownHead extends StreamHead {
  readonly hash?: string;
}

/** How many streams' heads are remembered; past it the one remembered longest ago is forgotten first. */
const MAX_KNOWN_HEADS = 20_000;

/**
 * The heads of streams as this connection last read or committed them, so that `streamHead` (asked by every cached
 * fold, for each stream a command depends on) need not query the file when nothing can have changed:
 * - another connection's commit (another process, the CLI) changes `PRAGMA data_version`, and every remembered head
 *   is then forgotten before the next answer;
 * - this connection's own writes never change data_version: an append tells the head it wrote (`written`), which is
 *   remembered only once its transaction committed (`committed`; `rolledBack` drops it, and an append refused or
 *   rolled back to its savepoint never tells one: the file keeps the head remembered before); a tombstone forgets the
 *   stream's head inside its transaction (`forget`).
 * What is remembered is what a read would answer; a deleted stream is never remembered (its read throws).
 *
 * The same memory gives a chained append its stream's last link (`link`): rows are never deleted or moved and a
 * committed position is never reused, so when the stream's index still shows its last event at the position
 * remembered, that event is the one remembered, and its hash (kept when this connection wrote it) needs no read of
 * the row. A head from a transaction that did not commit is never remembered: another connection may then write the
 * same revision at the same position.
 */
export class KnownStreamHeads {
  private readonly heads = new LruMap<string, KnownHead | undefined>(MAX_KNOWN_HEADS);
  /** Heads written by the transaction in progress, remembered when it commits. */
  private readonly pending = new Map<string, KnownHead>();
  private readonly dataVersionStmt: Database.Statement;
  private dataVersion: number | undefined;

  constructor(db: Database.Database) {
    this.dataVersionStmt = db.prepare('PRAGMA data_version').pluck();
  }

  /** The remembered head: `known` false when it must be read from the file. Outside write transactions only. */
  get(streamId: string): { known: boolean; head: KnownHead | undefined } {
    const version = this.dataVersionStmt.get() as number;
    if (version !== this.dataVersion) {
      this.heads.clear();
      this.dataVersion = version;
      return UNKNOWN;
    }
    const head = this.heads.peek(streamId);
    if (head === undefined && !this.heads.has(streamId)) return UNKNOWN;
    return { known: true, head };
  }

  /**
   * Inside a write transaction: the stream's head as last remembered, whatever other connections did since. Its
   * caller compares its position with the stream's index before trusting it (see the class comment).
   */
  link(streamId: string): KnownHead | undefined {
    return this.heads.peek(streamId);
  }

  /** A head just read from the file (right after `get`, with nothing in between). */
  remember(streamId: string, head: StreamHead | undefined): void {
    this.heads.set(streamId, head);
  }

  /** Inside a write transaction, before the stream is tombstoned. */
  forget(streamId: string): void {
    this.heads.delete(streamId);
    this.pending.delete(streamId);
  }

  /** Inside a write transaction, once the stream's events are written: its head if the transaction commits. */
  written(streamId: string, head: KnownHead): void {
    this.pending.set(streamId, head);
  }

  committed(): void {
    for (const [streamId, head] of this.pending) this.remember(streamId, head);
    this.pending.clear();
  }

  rolledBack(): void {
    for (const streamId of this.pending.keys()) this.heads.delete(streamId);
    this.pending.clear();
  }
}

const UNKNOWN = Object.freeze({ known: false, head: undefined });
