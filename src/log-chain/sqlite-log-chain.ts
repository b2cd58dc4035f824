import Database from 'better-sqlite3';
import { letOthersRun } from '../event-store/sqlite/between-pages';
import { ChainedBody, ChainedContent, chainedBody, unchainedDigest } from './event-hash';
import { ChainEntry, LogChain } from './log-chain';
import { RangeHasher, StoredSeal } from './seal';

/** The embedded store seals the log inside the append that takes it this many positions past the last seal. */
export const SQLITE_SEAL_EVERY = 1_000n;
const PAGE_SIZE = 1_000;

/** position, stream_id, revision, event_id, type, schema_version, data, metadata, recorded_at, hash */
type ChainRow = [bigint, string, bigint, string, string, bigint, string, string, bigint, string | null];
const CHAIN_COLUMNS = 'position, stream_id, revision, event_id, type, schema_version, data, metadata, recorded_at, hash';

/**
 * The hash chain of the embedded store: event hashes live in `events.hash` (written by the append, see
 * SqliteEventStore), seals in `log_seals`. Seals are written inside write transactions (BEGIN IMMEDIATE), so a seal's
 * range can neither miss nor reorder an event, whichever process on the file appends.
 */
export class SqliteLogChain implements LogChain {
  readonly storeKind = 'sqlite';
  private readonly lastSealStmt: Database.Statement;
  private readonly sealsStmt: Database.Statement;
  private readonly insertSealStmt: Database.Statement;
  private readonly rangeStmt: Database.Statement;
  private readonly hashesStmt: Database.Statement;
  private readonly rowStmt: Database.Statement;
  private readonly headStmt: Database.Statement;
  private readonly firstHashStmt: Database.Statement;
  /** The position from which an append checks whether a seal is due (a cache of the last seal's end + SEAL_EVERY). */
  private nextSealCheckAt: bigint | undefined;
  /**
   * The range lines (`<position> <hash>\n`) of the events this connection wrote since `written.from`, so the seal
   * the writer makes need not read them back. Used only when they are exactly the range (contiguous, from the last
   * seal's end to the sealed position) and no other connection committed meanwhile (`PRAGMA data_version`, which
   * changes on other connections' commits only): a rolled-back write of ours is either reused by our next write
   * (the positions then no longer follow on, and the lines are dropped) or filled by another connection (the data
   * version moved). Otherwise the seal reads the range from the file, as it always may.
   */
  private written: { from: bigint; next: bigint; lines: string; dataVersion: number } | undefined;
  private readonly dataVersionStmt: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    /** Runs a write in the store's write queue (its group commit), inside a transaction. */
    private readonly submitWrite: <T>(apply: () => T) => Promise<T>,
  ) {
    this.lastSealStmt = db.prepare('SELECT seal FROM log_seals ORDER BY number DESC LIMIT 1').pluck();
    this.sealsStmt = db.prepare('SELECT seal FROM log_seals WHERE number > ? ORDER BY number LIMIT ?').pluck();
    this.insertSealStmt = db.prepare('INSERT INTO log_seals (number, to_position, seal) VALUES (?, ?, ?)');
    this.rangeStmt = db.prepare(`SELECT ${CHAIN_COLUMNS} FROM events WHERE position > ? AND position <= ? ORDER BY position LIMIT ?`).raw(true).safeIntegers(true);
    this.hashesStmt = db.prepare('SELECT position, hash FROM events WHERE position > ? AND position <= ? ORDER BY position LIMIT ?').raw(true).safeIntegers(true);
    this.rowStmt = db.prepare(`SELECT ${CHAIN_COLUMNS} FROM events WHERE position = ?`).raw(true).safeIntegers(true);
    this.headStmt = db.prepare('SELECT max(position) FROM events').pluck().safeIntegers(true);
    this.firstHashStmt = db.prepare('SELECT hash IS NULL FROM events ORDER BY position LIMIT 1').pluck();
    this.dataVersionStmt = db.prepare('PRAGMA data_version').pluck();
  }

  lastSealSync(): StoredSeal | undefined {
    const json = this.lastSealStmt.get() as string | undefined;
    return json === undefined ? undefined : (JSON.parse(json) as StoredSeal);
  }

  async lastSeal(): Promise<StoredSeal | undefined> {
    return this.lastSealSync();
  }

  async *seals(): AsyncIterable<StoredSeal> {
    let after = 0;
    for (;;) {
      const page = this.sealsStmt.all(after, PAGE_SIZE) as string[];
      for (const json of page) {
        const seal = JSON.parse(json) as StoredSeal;
        after = seal.number;
        yield seal;
      }
      if (page.length < PAGE_SIZE) return;
    }
  }

  async *entries(after?: bigint): AsyncIterable<ChainEntry> {
    const head = this.headStmt.get() as bigint | null;
    if (head === null) return;
    let cursor = after ?? 0n;
    for (;;) {
      const rows = this.rangeStmt.all(cursor, head, PAGE_SIZE) as ChainRow[];
      for (const row of rows) yield entryOf(row);
      if (rows.length < PAGE_SIZE) return;
      cursor = rows[rows.length - 1][0];
      await letOthersRun();
    }
  }

  sealNow(): Promise<StoredSeal | undefined> {
    return this.submitWrite(() => this.sealSync(new Date()));
  }

  /** Inside a write transaction: seals everything after the last seal, if anything. */
  sealSync(now: Date): StoredSeal | undefined {
    const head = this.headStmt.get() as bigint | null;
    const last = this.lastSealSync();
    const from = last ? BigInt(last.toPosition) : 0n;
    if (head === null || head <= from) return undefined;
    return this.sealRange(last, head, now);
  }

  /**
   * Inside the append's write transaction, after it wrote up to `lastPosition`: seals when the log has grown
   * SQLITE_SEAL_EVERY positions past the last seal. Costs a comparison until then.
   */
  afterAppend(lastPosition: bigint, nowMs: number): void {
    this.nextSealCheckAt ??= (BigInt(this.lastSealSync()?.toPosition ?? 0)) + SQLITE_SEAL_EVERY;
    if (lastPosition < this.nextSealCheckAt) return;
    // Another process on the file may have sealed meanwhile: ask the file, not the cache.
    const last = this.lastSealSync();
    const from = last ? BigInt(last.toPosition) : 0n;
    const sealed = lastPosition - from >= SQLITE_SEAL_EVERY ? this.sealRange(last, lastPosition, new Date(nowMs)) : last;
    this.nextSealCheckAt = BigInt(sealed?.toPosition ?? 0) + SQLITE_SEAL_EVERY;
  }

  /**
   * On opening a log written before the chain existed (its first event has no hash and nothing is sealed): seals
   * everything in it, in one write transaction. Returns that seal, or undefined when there was nothing to do.
   */
  sealUnchainedPrefix(now: Date): StoredSeal | undefined {
    const needed = () => this.firstHashStmt.get() === 1 && this.lastSealSync() === undefined;
    if (!needed()) return undefined;
    // Checked again under the write lock: another process may be doing the same.
    return this.db.transaction(() => (needed() ? this.sealSync(now) : undefined)).immediate();
  }

  /** Inside the write transaction, right after the insert: the event's range line, for the next seal. */
  noteWritten(position: bigint, positionText: string, hash: string): void {
    const written = this.written;
    if (written && written.next === position) {
      written.lines += `${positionText} ${hash}\n`;
      written.next = position + 1n;
      return;
    }
    // The first event noted, or positions that no longer follow on: start again from this one.
    this.written = { from: position - 1n, next: position + 1n, lines: `${positionText} ${hash}\n`, dataVersion: this.dataVersionStmt.get() as number };
  }

  private sealRange(last: StoredSeal | undefined, to: bigint, now: Date): StoredSeal {
    const hasher = new RangeHasher();
    let cursor = last ? BigInt(last.toPosition) : 0n;
    const written = this.written;
    this.written = undefined;
    if (written && written.from === cursor && written.next === to + 1n && this.dataVersionStmt.get() === written.dataVersion) {
      hasher.addLines(written.lines, Number(to - cursor), to);
      return this.recordSeal(hasher.seal(last, to, now), to);
    }
    for (;;) {
      // Positions and hashes only: a row's content is read back only when it has no hash (written before the chain).
      const rows = this.hashesStmt.all(cursor, to, PAGE_SIZE) as [bigint, string | null][];
      for (const [position, hash] of rows) {
        hasher.add(position, hash ?? digestOfUnchained(this.rowStmt.get(position) as ChainRow), hash !== null);
      }
      if (rows.length < PAGE_SIZE) break;
      cursor = rows[rows.length - 1][0];
    }
    return this.recordSeal(hasher.seal(last, to, now), to);
  }

  private recordSeal(seal: StoredSeal, to: bigint): StoredSeal {
    this.insertSealStmt.run(seal.number, to, JSON.stringify(seal));
    return seal;
  }
}

function contentOf(row: ChainRow): ChainedContent {
  return {
    position: row[0],
    streamId: row[1],
    revision: row[2],
    id: row[3],
    type: row[4],
    schemaVersion: Number(row[5]),
    recordedAt: Number(row[8]),
  };
}

function entryOf(row: ChainRow): ChainEntry {
  return { position: row[0], content: contentOf(row), body: bodyOf(row), hash: row[9] };
}

function digestOfUnchained(row: ChainRow): string {
  return unchainedDigest(contentOf(row), bodyOf(row));
}

/** The stored data and metadata text, as hashed: nothing to parse. */
function bodyOf(row: ChainRow): ChainedBody {
  return chainedBody(row[6], row[7]);
}
