/** A stream's last revision and the hash chain link of its event there (null: none, or written before the chain). */
export interface StreamLink {
  readonly revision: bigint;
  readonly hash: string | null;
}

const LINK_CACHE_SIZE = 10_000;

/**
 * The last link of recently written streams, so the usual command (read the stream, append at its revision) costs
 * no extra read for its predecessor's hash: an append at revision r finds r's hash here when this process wrote it
 * last. Only what a store has committed goes in (a link of an append that could still be undone would chain the next
 * append to an event that is not there); the entry put in first goes when it is full.
 */
export class StreamLinks<L extends StreamLink = StreamLink> {
  private readonly links = new Map<string, L>();

  /** The stream's link at `revision`, if that is the one known. */
  get(streamId: string, revision: bigint): L | undefined {
    const link = this.links.get(streamId);
    return link?.revision === revision ? link : undefined;
  }

  set(streamId: string, link: L): void {
    // A stream already in keeps its place: the first one in goes first, written since or not (a miss costs one read).
    this.links.set(streamId, link);
    if (this.links.size > LINK_CACHE_SIZE) this.links.delete(this.links.keys().next().value as string);
  }

  forget(streamId: string): void {
    this.links.delete(streamId);
  }
}
