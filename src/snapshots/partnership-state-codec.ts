import { PartnershipState, SessionState } from '../partnerships/domain/partnership-state';
import { SessionLog } from '../partnerships/domain/session-log';
import { StateCodec } from './state-codec';

/**
 * Every session, oldest first, by column: `{ fields: { sessionId: [...], minutes: [...], … }, absent: { field: [row…] } }`.
 * SessionLog.toJSON shows only the newest 20, so the log is written out here and rebuilt on decoding. Columns rather
 * than one object per session: a third of the text and about half the parse time for a log of 100,000 sessions
 * (what a cold start pays). Fields are taken from the sessions themselves, so a field added to SessionState is kept.
 */
interface SessionColumns {
  readonly count: number;
  readonly fields: Record<string, unknown[]>;
  /** Rows (indexes) that do not have the field at all, per field: kept apart from a null value. */
  readonly absent: Record<string, number[]>;
}

type EncodedPartnership = Omit<PartnershipState, 'sessions'> & { readonly sessions: SessionColumns };

function toColumns(sessions: readonly SessionState[]): SessionColumns {
  const names = new Set<string>();
  for (const session of sessions) for (const name of Object.keys(session)) names.add(name);
  const fields: Record<string, unknown[]> = {};
  const absent: Record<string, number[]> = {};
  for (const name of names) {
    const column = new Array<unknown>(sessions.length);
    for (let row = 0; row < sessions.length; row++) {
      const session = sessions[row] as unknown as Record<string, unknown>;
      if (Object.prototype.hasOwnProperty.call(session, name) && session[name] !== undefined) column[row] = session[name];
      else {
        column[row] = null;
        (absent[name] ??= []).push(row);
      }
    }
    fields[name] = column;
  }
  return { count: sessions.length, fields, absent };
}

function fromColumns({ count, fields, absent }: SessionColumns): SessionLog {
  const names = Object.keys(fields);
  const missing = new Map(Object.entries(absent).map(([name, rows]) => [name, new Set(rows)]));
  let log = SessionLog.empty;
  for (let row = 0; row < count; row++) {
    const session: Record<string, unknown> = {};
    for (const name of names) if (!missing.get(name)?.has(row)) session[name] = fields[name][row];
    log = log.add(session as unknown as SessionState);
  }
  return log;
}

export const partnershipStateCodec: StateCodec<PartnershipState> = {
  encode(state) {
    const oldestFirst = [...state.sessions.newestFirst()].reverse();
    return { ...state, sessions: toColumns(oldestFirst) } satisfies EncodedPartnership;
  },
  decode(encoded) {
    // Replaced in place, so the state's keys keep the order a fold gives them (the state route's JSON stays the same).
    const state = { ...(encoded as EncodedPartnership) } as Record<string, unknown>;
    state.sessions = fromColumns((encoded as EncodedPartnership).sessions);
    return state as unknown as PartnershipState;
  },
};
