import { LruMap } from '../../caching/lru-map';

/** How many streams' last links are remembered; past it the one written longest ago is forgotten first. */
const MAX_LINKS = 20_000;

/** A link this connection wrote: the stream's event at `revision`, stored at `position`, with `hash` and `eventId`. */
export interface OwnLink {
  readonly revision: bigint;
  readonly position: bigint;
  readonly hash: string;
  readonly eventId: string;
}

/**
 * The last event this connection wrote to each stream, once its transaction committed. Rows are never deleted or
 * moved and a committed position is never reused, so when the stream's index still shows its last event at that
 * revision and position, that event is this one: its hash and id need no read of the table row (`committedLink`). A
 * link from a transaction that did not commit is never kept (`rolledBack`): another connection may then write the
 * same revision at the same position.
 */
export class OwnChainLinks {
  private readonly links = new LruMap<string, OwnLink>(MAX_LINKS);
  /** Links written by the transaction in progress, kept when it commits. */
  private readonly pending = new Map<string, OwnLink>();

  /** The last link this connection committed to the stream, if any: still its last event when its position is (above). */
  committedLink(streamId: string): OwnLink | undefined {
    return this.links.peek(streamId);
  }

  /** Inside the write transaction, once an append's events are written: the stream's new last link. */
  written(streamId: string, link: OwnLink): void {
    this.pending.set(streamId, link);
  }

  committed(): void {
    for (const [streamId, link] of this.pending) this.links.set(streamId, link);
    this.pending.clear();
  }

  rolledBack(): void {
    this.pending.clear();
  }
}
