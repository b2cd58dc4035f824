import { SerializedEvent } from '../event-limits';
import { originalRecordedAt } from '../original-recorded-at';
import { AppendHasher } from '../../log-chain/event-hash';

/** How many streams' last links are remembered; past it the oldest is forgotten first. */
const MAX_LINKS = 20_000;

/** An append's events hashed after a given link: the stream's last revision and hash and the log's head. */
export interface HashedAppend {
  readonly afterRevision: bigint;
  readonly afterHash: string | null;
  readonly afterPosition: bigint;
  readonly recordedAts: readonly number[];
  readonly positionTexts: readonly string[];
  readonly hashes: readonly string[];
  /** The latest recordedAt among the events (what the append answers). */
  readonly latest: number;
}

/**
 * Each event's chain hash (src/log-chain/event-hash.ts) for an append written after `afterRevision` / `afterHash` of
 * its stream and at the positions after `afterPosition`. The time the hash covers is the time stored: an imported
 * event's original one (see originalRecordedAt), else `now`.
 */
export function hashAppend(streamId: string, events: readonly SerializedEvent[], afterRevision: bigint, afterHash: string | null, afterPosition: bigint, now: number): HashedAppend {
  const hasher = new AppendHasher(streamId);
  const count = events.length;
  const recordedAts = new Array<number>(count);
  const positionTexts = new Array<string>(count);
  const hashes = new Array<string>(count);
  let prev = afterHash;
  let revision = afterRevision;
  let position = afterPosition;
  let latest = 0;
  for (let i = 0; i < count; i++) {
    const { event, dataJson, metadataJson } = events[i];
    revision += 1n;
    position += 1n;
    const recordedAt = originalRecordedAt(event.metadata)?.getTime() ?? now;
    recordedAts[i] = recordedAt;
    if (recordedAt > latest) latest = recordedAt;
    const positionText = position.toString();
    positionTexts[i] = positionText;
    prev = hasher.hash(event.id, event.type, event.schemaVersion, revision.toString(), positionText, recordedAt, dataJson, metadataJson, prev);
    hashes[i] = prev;
  }
  return { afterRevision, afterHash, afterPosition, recordedAts, positionTexts, hashes, latest };
}

/** A link this connection wrote: the stream's event at `revision`, stored at `position`, with `hash` and `eventId`. */
export interface OwnLink {
  readonly revision: bigint;
  readonly position: bigint;
  readonly hash: string;
  readonly eventId: string;
}

/**
 * What the chained append path knows from this connection's own writes:
 * - **Committed links**, per stream: the last event this connection wrote to it, once its transaction committed. Rows
 *   are never deleted or moved and a committed position is never reused, so when the stream's index still shows its
 *   last event at that revision and position, that event is this one: its hash and id need no read of the table row
 *   (`committedLink`). A link from a transaction that did not commit is never kept (`rolledBack`): another connection may
 *   then write the same revision at the same position.
 * - **Predictions**: an append is hashed before its group's transaction begins, on the link it will most likely
 *   follow (the stream's committed link, or the one an earlier append of the group leaves) and at the positions after
 *   the last this connection wrote, each earlier append of the group assumed written. The appends of a group are then
 *   hashed in one loop, before any SQLite work (hashing between statements cost about twice as much: SQLite's work
 *   evicts the hashing's code and data from the CPU caches; bench/README.md, "Hash chain"). A prediction is used only
 *   when the link found inside the transaction is exactly the one it assumed (`preparedFor`: same previous hash,
 *   revision and head): a wrong guess (another process wrote, an earlier append was refused, a cold stream) costs the
 *   append its hashing again inside the transaction, never a different hash.
 */
export class ChainPredictions {
  private readonly links = new Map<string, OwnLink>();
  /** Links written by the transaction in progress, kept when it commits. */
  private readonly pending = new Map<string, OwnLink>();
  /** The last position this connection wrote (a guess for the next group: checked like the rest). */
  private head: bigint | undefined;
  /** While a group is prepared: where its next append would start, and the links its earlier appends would leave. */
  private cursor: bigint | undefined;
  private readonly groupLinks = new Map<string, { readonly revision: bigint; readonly hash: string } | null>();

  /** Before a group's appends are prepared, in their order. */
  beginGroup(): void {
    this.cursor = this.head;
    this.groupLinks.clear();
  }

  /** The append hashed on its predicted link, or undefined when there is none to predict. */
  prepare(streamId: string, events: readonly SerializedEvent[], expected: bigint | 'any' | 'stream_exists', now: number): HashedAppend | undefined {
    const cursor = this.cursor;
    if (cursor === undefined) return undefined;
    this.cursor = cursor + BigInt(events.length);
    const inGroup = this.groupLinks.get(streamId);
    const known = inGroup !== undefined ? inGroup : this.links.get(streamId);
    let after: { revision: bigint; hash: string | null } | undefined;
    if (expected === -1n) after = { revision: -1n, hash: null };
    else if (known && (expected === known.revision || expected === 'any' || expected === 'stream_exists')) after = known;
    if (after === undefined) {
      // Nothing to go on: this stream's later appends in the group cannot be predicted either.
      this.groupLinks.set(streamId, null);
      return undefined;
    }
    const hashed = hashAppend(streamId, events, after.revision, after.hash, cursor, now);
    this.groupLinks.set(streamId, { revision: after.revision + BigInt(events.length), hash: hashed.hashes[hashed.hashes.length - 1] });
    return hashed;
  }

  /** The last link this connection committed to the stream, if any: still its last event when its position is (above). */
  committedLink(streamId: string): OwnLink | undefined {
    return this.links.get(streamId);
  }

  /** Inside the write transaction, once an append's events are written: the stream's new last link. */
  written(streamId: string, link: OwnLink): void {
    this.pending.set(streamId, link);
    this.head = link.position;
  }

  committed(): void {
    for (const [streamId, link] of this.pending) {
      if (this.links.size >= MAX_LINKS && !this.links.has(streamId)) this.links.delete(this.links.keys().next().value as string);
      this.links.set(streamId, link);
    }
    this.pending.clear();
  }

  rolledBack(): void {
    this.pending.clear();
  }
}

/** Whether a prepared append was hashed on exactly the link read inside the transaction. */
export function preparedFor(prepared: HashedAppend | undefined, last: { revision: bigint; hash: string | null; head: bigint }): prepared is HashedAppend {
  return prepared !== undefined && prepared.afterRevision === last.revision && prepared.afterHash === last.hash && prepared.afterPosition === last.head;
}
