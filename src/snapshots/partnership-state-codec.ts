import { PartnershipState, SessionState } from '../partnerships/domain/partnership-state';
import { EncodedSessions, SESSIONS_SHOWN, SessionLog } from '../partnerships/domain/session-log';
import { StateCodec } from './state-codec';

/**
 * A partnership's snapshot text: three parts, each free of raw line breaks (JSON never writes one), joined by `\n`:
 *
 *   1. the state as JSON, its `sessions` replaced by `{ count, newest, columnsLength }`: the newest 20 sessions
 *      (what SessionLog.toJSON shows) and the length of part 2;
 *   2. every session but its id, oldest first, by column: `{ names, fields: { minutes: […] … }, absent: { field: [row…] } }`
 *      (columns rather than one object per session: a third of the text and about half the parse time);
 *   3. every session id as JSON, one a line, oldest first, ending with `\n` (EncodedSessions.idLines).
 *
 * Decoding parses part 1 only and hands parts 2 and 3 to the log as text (substrings: no copy): SessionLog decodes
 * them on first need (a session id it holds, a correction, a walk past the newest). A cold start therefore parses a
 * few kB whatever the number of sessions, and a new session id is refused or accepted by a string search of part 3.
 * SessionLog.toJSON shows only the newest 20, so the log is written out here in full. Fields are taken from the
 * sessions themselves, so a field added to SessionState is kept; a field that is absent (not null) stays absent.
 */
interface SessionColumns {
  /** Field names in the order the sessions first show them (the decoded objects' key order). */
  readonly names: string[];
  /** Every field but `sessionId` (part 3 holds those). */
  readonly fields: Record<string, unknown[]>;
  /** Rows (indexes) that do not have the field at all, per field: kept apart from a null value. */
  readonly absent: Record<string, number[]>;
}

interface SessionsHead {
  readonly count: number;
  readonly newest: SessionState[];
  readonly columnsLength: number;
}

const ID = 'sessionId';

function toColumns(sessions: readonly SessionState[]): { columns: SessionColumns; ids: unknown[] } {
  const names = new Set<string>();
  for (const session of sessions) for (const name of Object.keys(session)) names.add(name);
  names.add(ID);
  const fields: Record<string, unknown[]> = {};
  const absent: Record<string, number[]> = {};
  let ids: unknown[] = [];
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
    if (name === ID) ids = column;
    else fields[name] = column;
  }
  return { columns: { names: [...names], fields, absent }, ids };
}

/** Part 3's text: `\n` + each id as JSON + `\n`. */
function idLinesOf(ids: readonly unknown[]): string {
  let text = '\n';
  for (const id of ids) text += `${JSON.stringify(id) ?? 'null'}\n`;
  return text;
}

function decodeColumns(count: number, columnsText: string, idLines: string): SessionState[] {
  const { names, fields, absent } = JSON.parse(columnsText) as SessionColumns;
  const ids = JSON.parse(`[${idLines.slice(1, -1).split('\n').join(',')}]`) as unknown[];
  if (ids.length !== count) throw new Error(`a partnership snapshot holds ${ids.length} session ids for ${count} sessions`);
  const columns = names.map((name) => (name === ID ? ids : fields[name]));
  const missing = names.map((name) => new Set(absent[name] ?? []));
  const sessions = new Array<SessionState>(count);
  for (let row = 0; row < count; row++) {
    const session: Record<string, unknown> = {};
    for (let f = 0; f < names.length; f++) if (!missing[f].has(row)) session[names[f]] = columns[f][row];
    sessions[row] = session as unknown as SessionState;
  }
  return sessions;
}

export const partnershipStateCodec: StateCodec<PartnershipState> = {
  encode(state) {
    const oldestFirst = [...state.sessions.newestFirst()].reverse();
    const { columns, ids } = toColumns(oldestFirst);
    const columnsText = JSON.stringify(columns);
    const head: SessionsHead = { count: oldestFirst.length, newest: oldestFirst.slice(-SESSIONS_SHOWN).reverse(), columnsLength: columnsText.length };
    return `${JSON.stringify({ ...state, sessions: head })}\n${columnsText}${idLinesOf(ids)}`;
  },
  decode(text) {
    const headEnd = text.indexOf('\n');
    if (headEnd < 0) throw new Error('not a partnership snapshot of this shape (no sessions part)');
    // Replaced in place, so the state's keys keep the order a fold gives them (the state route's JSON stays the same).
    const state = JSON.parse(text.slice(0, headEnd)) as Record<string, unknown>;
    const { count, newest, columnsLength } = state.sessions as SessionsHead;
    const columnsText = text.slice(headEnd + 1, headEnd + 1 + columnsLength);
    const idLines = text.slice(headEnd + 1 + columnsLength);
    if (!idLines.startsWith('\n') || !idLines.endsWith('\n')) throw new Error('a partnership snapshot whose session ids are cut');
    const encoded: EncodedSessions = { count, newest, idLines, decode: () => decodeColumns(count, columnsText, idLines) };
    state.sessions = SessionLog.fromEncoded(encoded);
    return state as unknown as PartnershipState;
  },
};
