import { SessionState } from './partnership-state';

/** How many of the newest sessions a partnership's state shows; the full record is in the timeline and the reports. */
const SESSIONS_SHOWN = 20;

/**
 * The sessions of a partnership, newest first, shared between successive states: logging a session is O(1),
 * so folding a partnership with years of sessions stays linear (a copied array made it quadratic).
 * Immutable: every change returns a new log and leaves earlier states (timeline steps) untouched.
 */
export class SessionLog {
  static readonly empty = new SessionLog(null, null, 0);

  private constructor(
    private readonly newest: SessionState | null,
    private readonly older: SessionLog | null,
    readonly size: number,
  ) {}

  add(session: SessionState): SessionLog {
    return new SessionLog(session, this, this.size + 1);
  }

  find(sessionId: string): SessionState | undefined {
    for (const session of this.newestFirst()) if (session.sessionId === sessionId) return session;
    return undefined;
  }

  /** A new log with one session changed; copies only the sessions newer than it (corrections are usually recent). */
  replace(sessionId: string, change: (session: SessionState) => SessionState): SessionLog {
    const newer: SessionState[] = [];
    for (let node: SessionLog | null = this; node !== null && node.newest !== null; node = node.older) {
      if (node.newest.sessionId === sessionId) {
        let log = (node.older ?? SessionLog.empty).add(change(node.newest));
        for (let i = newer.length - 1; i >= 0; i--) log = log.add(newer[i]);
        return log;
      }
      newer.push(node.newest);
    }
    return this;
  }

  *newestFirst(): IterableIterator<SessionState> {
    for (let node: SessionLog | null = this; node !== null && node.newest !== null; node = node.older) yield node.newest;
  }

  /** In JSON (the state route, timelines): the count and the newest sessions, never the whole chain. */
  toJSON(): { count: number; newest: SessionState[] } {
    const newest: SessionState[] = [];
    for (const session of this.newestFirst()) {
      if (newest.length === SESSIONS_SHOWN) break;
      newest.push(session);
    }
    return { count: this.size, newest };
  }
}
