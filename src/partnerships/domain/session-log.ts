import { SessionState } from './partnership-state';

/** How many of the newest sessions a partnership's state shows; the full record is in the timeline and the reports. */
export const SESSIONS_SHOWN = 20;

/**
 * Older sessions as a durable snapshot holds them, handed over by its codec (plain strings and values, no I/O), so
 * that a cold start does not build 100,000 session objects to answer one command.
 */
export interface EncodedSessions {
  readonly count: number;
  /** The newest min(count, SESSIONS_SHOWN) sessions, newest first, already decoded: what `toJSON` shows. */
  readonly newest: readonly SessionState[];
  /**
   * Whether a session may have this id: false only when none has it (exact), true when one has or may have it (then
   * `decode` tells). Supplied by the codec, which answers it without decoding the sessions (e.g. from a filter of their
   * ids, looking at the ids themselves only when the filter cannot tell).
   */
  mayHold(sessionId: string): boolean;
  /** Every session, oldest first (the newest ones equal to `newest`). Called at most once per segment. */
  decode(): SessionState[];
}

/** Decoded sessions of each segment, oldest first: memoised here, not on the segment, so a frozen state still decodes. */
const decodedSessions = new WeakMap<SessionSegment, readonly SessionState[]>();

/**
 * The older part of a log held as one block: the sessions a snapshot held, decoded on first need (a session id that
 * is there, a correction of one of them, a walk past the newest ones); or, after such a correction, a plain array.
 * Immutable from outside: the decode is memoised internally and gives the same sessions every time.
 */
class SessionSegment {
  constructor(
    readonly count: number,
    /** The encoding's id test (EncodedSessions.mayHold), while it still matches the sessions; null for a plain array. */
    private readonly ids: EncodedSessions | null,
    /** The newest sessions, decoded up front (newest first). */
    private readonly newest: readonly SessionState[],
    private readonly encoded: EncodedSessions | null,
    decoded: readonly SessionState[] | null,
  ) {
    if (decoded !== null) decodedSessions.set(this, decoded);
  }

  static of(encoded: EncodedSessions): SessionSegment {
    return new SessionSegment(encoded.count, encoded, encoded.newest.slice(0, Math.min(encoded.count, SESSIONS_SHOWN)), encoded, null);
  }

  /** Every session, oldest first; decodes them on the first call. */
  private sessions(): readonly SessionState[] {
    let sessions = decodedSessions.get(this);
    if (sessions === undefined) {
      const decoded = this.encoded!.decode();
      if (decoded.length !== this.count) throw new Error(`a session segment of ${this.count} sessions decoded to ${decoded.length}`);
      // The newest ones are the objects already shown (toJSON): the same objects, whatever order their keys decode in.
      for (let i = 0; i < this.newest.length; i++) decoded[this.count - 1 - i] = this.newest[i];
      sessions = decoded;
      decodedSessions.set(this, sessions);
    }
    return sessions;
  }

  /** Whether a session may have this id: false only when the encoding says none has it; true (look) otherwise. */
  private mayHold(sessionId: string): boolean {
    if (this.ids === null || typeof sessionId !== 'string') return true;
    return this.ids.mayHold(sessionId);
  }

  /** The encoding it was made from, while it still holds exactly those sessions (not after a correction). */
  get encoding(): EncodedSessions | null {
    return this.encoded;
  }

  *newestFirst(): IterableIterator<SessionState> {
    yield* this.newest;
    if (this.newest.length === this.count) return;
    const sessions = this.sessions();
    for (let i = this.count - 1 - this.newest.length; i >= 0; i--) yield sessions[i];
  }

  find(sessionId: string): SessionState | undefined {
    for (const session of this.newest) if (session.sessionId === sessionId) return session;
    if (this.newest.length === this.count || !this.mayHold(sessionId)) return undefined;
    const sessions = this.sessions();
    for (let i = this.count - 1 - this.newest.length; i >= 0; i--) if (sessions[i].sessionId === sessionId) return sessions[i];
    return undefined;
  }

  /** A new segment with the newest session of that id changed (a copy of the array), or undefined without one. */
  replace(sessionId: string, change: (session: SessionState) => SessionState): SessionSegment | undefined {
    if (!this.newest.some((session) => session.sessionId === sessionId) && !this.mayHold(sessionId)) return undefined;
    const sessions = this.sessions();
    for (let i = this.count - 1; i >= 0; i--) {
      if (sessions[i].sessionId !== sessionId) continue;
      const copy = sessions.slice();
      copy[i] = change(sessions[i]);
      const sameId = copy[i].sessionId === sessionId;
      const newest = this.newest.map((_, k) => copy[this.count - 1 - k]);
      return new SessionSegment(this.count, sameId ? this.ids : null, newest, null, copy);
    }
    return undefined;
  }
}

/**
 * The sessions of a partnership, newest first, shared between successive states: logging a session is O(1),
 * so folding a partnership with years of sessions stays linear (a copied array made it quadratic).
 * Immutable: every change returns a new log and leaves earlier states (timeline steps) untouched.
 *
 * A log is a chain of nodes, one session each, ending either empty or in one segment: the sessions a durable
 * snapshot held, still encoded (`SessionLog.fromEncoded`). Adding, `toJSON` and looking up an id that is not there
 * never decode the segment; finding a session in it, correcting one or walking past its newest sessions do, once.
 */
export class SessionLog {
  static readonly empty = new SessionLog(null, null, 0, null);

  private constructor(
    private readonly newest: SessionState | null,
    private readonly older: SessionLog | null,
    readonly size: number,
    private readonly segment: SessionSegment | null,
  ) {}

  /** A log of the sessions a snapshot held, decoded lazily. */
  static fromEncoded(encoded: EncodedSessions): SessionLog {
    return encoded.count === 0 ? SessionLog.empty : new SessionLog(null, null, encoded.count, SessionSegment.of(encoded));
  }

  add(session: SessionState): SessionLog {
    return new SessionLog(session, this, this.size + 1, null);
  }

  find(sessionId: string): SessionState | undefined {
    for (let node: SessionLog | null = this; node !== null; node = node.older) {
      if (node.newest !== null) {
        if (node.newest.sessionId === sessionId) return node.newest;
      } else if (node.segment !== null) return node.segment.find(sessionId);
    }
    return undefined;
  }

  /** A new log with one session changed; copies only the sessions newer than it (corrections are usually recent). */
  replace(sessionId: string, change: (session: SessionState) => SessionState): SessionLog {
    const newer: SessionState[] = [];
    for (let node: SessionLog | null = this; node !== null; node = node.older) {
      let log: SessionLog;
      if (node.newest !== null) {
        if (node.newest.sessionId !== sessionId) {
          newer.push(node.newest);
          continue;
        }
        log = (node.older ?? SessionLog.empty).add(change(node.newest));
      } else if (node.segment !== null) {
        const changed = node.segment.replace(sessionId, change);
        if (changed === undefined) return this;
        log = new SessionLog(null, null, node.size, changed);
      } else return this;
      for (let i = newer.length - 1; i >= 0; i--) log = log.add(newer[i]);
      return log;
    }
    return this;
  }

  /**
   * When this log is sessions added over a segment still as a snapshot encoded it: that encoding and the sessions
   * added since, oldest first. A codec writes the log again by appending them, without decoding the segment.
   */
  encodedBase(): { readonly encoded: EncodedSessions; readonly added: readonly SessionState[] } | undefined {
    const added: SessionState[] = [];
    for (let node: SessionLog | null = this; node !== null; node = node.older) {
      if (node.newest !== null) added.push(node.newest);
      else if (node.segment !== null) {
        const encoded = node.segment.encoding;
        return encoded === null ? undefined : { encoded, added: added.reverse() };
      }
    }
    return undefined;
  }

  *newestFirst(): IterableIterator<SessionState> {
    for (let node: SessionLog | null = this; node !== null; node = node.older) {
      if (node.newest !== null) yield node.newest;
      else if (node.segment !== null) yield* node.segment.newestFirst();
    }
  }

  /** In JSON (the state route, timelines): the count and the newest sessions, never the whole chain (nor a decode). */
  toJSON(): { count: number; newest: SessionState[] } {
    const newest: SessionState[] = [];
    const sessions = this.newestFirst();
    while (newest.length < SESSIONS_SHOWN) {
      const next = sessions.next();
      if (next.done) break;
      newest.push(next.value);
    }
    sessions.return?.(undefined);
    return { count: this.size, newest };
  }
}
