import { PartnershipState, SessionState } from '../partnerships/domain/partnership-state';
import { EncodedSessions, SESSIONS_SHOWN, SessionLog } from '../partnerships/domain/session-log';
import { StateCodec } from './state-codec';

/**
 * A partnership's snapshot text: three parts, each free of raw line breaks (JSON never writes one), joined by `\n`:
 *
 *   1. the state as JSON, its `sessions` replaced by `{ count, newest, columnsLength }`: the newest 20 sessions
 *      (what SessionLog.toJSON shows) and the length of part 2;
 *   2. every session but its id, oldest first, by column, in blocks: `[{ count, names, fields: { minutes: … },
 *      absent: { field: [row…] } }, …]`, each column a JSON array or, when shorter, a dictionary and one code per row
 *      (EncodedColumn). A state decoded from a snapshot is written again by appending one block for the sessions
 *      added since (and their ids to part 3), without decoding the older ones; past MAX_BLOCKS it is written whole;
 *   3. every session id as JSON, one a line, oldest first, ending with `\n` (EncodedSessions.idLines).
 *
 * Decoding parses part 1 only and hands parts 2 and 3 to the log as text (substrings: no copy): SessionLog decodes
 * them on first need (a session id it holds, a correction, a walk past the newest). A cold start therefore parses a
 * few kB whatever the number of sessions, and a new session id is refused or accepted by a string search of part 3.
 * SessionLog.toJSON shows only the newest 20, so the log is written out here in full. Fields are taken from the
 * sessions themselves, so a field added to SessionState is kept; a field that is absent (not null) stays absent.
 */
interface SessionColumns {
  readonly count: number;
  /** Field names in the order the sessions first show them (the decoded objects' key order). */
  readonly names: string[];
  /** Every field but `sessionId` (part 3 holds those). */
  readonly fields: Record<string, EncodedColumn>;
  /** Rows (indexes) that do not have the field at all, per field: kept apart from a null value. */
  readonly absent: Record<string, number[]>;
}

/**
 * One column: its values as a JSON array, or — when that is shorter, as it is for fields with few distinct values
 * (assignment, minutes, students, corrected, notes left empty, dates) — a dictionary of the distinct values and one
 * code per row of `width` characters from CODE_DIGITS (no character JSON escapes). The text read at a cold start is
 * what a long log costs, so it is kept small: about 40 % of the plain columns for logged sessions.
 */
type EncodedColumn = { readonly values: unknown[] } | { readonly dictionary: unknown[]; readonly width: number; readonly codes: string };

const CODE_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < CODE_DIGITS.length; i++) DIGIT_OF[CODE_DIGITS.charCodeAt(i)] = i;

function encodeColumn(values: unknown[]): EncodedColumn {
  const plain = { values };
  const codeOf = new Map<string, number>();
  const dictionary: unknown[] = [];
  const rows = new Array<number>(values.length);
  for (let row = 0; row < values.length; row++) {
    const key = JSON.stringify(values[row]);
    let code = codeOf.get(key);
    if (code === undefined) {
      code = dictionary.length;
      if (code === 64 * 64) return plain;
      codeOf.set(key, code);
      dictionary.push(values[row]);
    }
    rows[row] = code;
  }
  const width = dictionary.length <= 64 ? 1 : 2;
  let codes = '';
  for (const code of rows) codes += width === 1 ? CODE_DIGITS[code] : CODE_DIGITS[code >> 6] + CODE_DIGITS[code & 63];
  const coded = { dictionary, width, codes };
  return JSON.stringify(coded).length < JSON.stringify(plain).length ? coded : plain;
}

function decodeColumn(column: EncodedColumn, count: number): unknown[] {
  if ('values' in column) return column.values;
  const { dictionary, width, codes } = column;
  if (codes.length !== count * width) throw new Error(`a session column of ${codes.length / width} codes for ${count} sessions`);
  const digit = (i: number) => {
    const value = DIGIT_OF[codes.charCodeAt(i)];
    if (value === undefined || value < 0) throw new Error('a session column with a code out of its alphabet');
    return value;
  };
  const values = new Array<unknown>(count);
  for (let row = 0; row < count; row++) values[row] = dictionary[width === 1 ? digit(row) : (digit(2 * row) << 6) | digit(2 * row + 1)];
  return values;
}

interface SessionsHead {
  readonly count: number;
  readonly newest: SessionState[];
  readonly columnsLength: number;
  /** How many blocks part 2 holds. */
  readonly blocks: number;
}

const ID = 'sessionId';

function toColumns(sessions: readonly SessionState[]): { columns: SessionColumns; ids: unknown[] } {
  const names = new Set<string>();
  for (const session of sessions) for (const name of Object.keys(session)) names.add(name);
  names.add(ID);
  const fields: Record<string, EncodedColumn> = {};
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
    else fields[name] = encodeColumn(column);
  }
  return { columns: { count: sessions.length, names: [...names], fields, absent }, ids };
}

/** Part 3's text: `\n` + each id as JSON + `\n`. */
function idLinesOf(ids: readonly unknown[]): string {
  let text = '\n';
  for (const id of ids) text += `${JSON.stringify(id) ?? 'null'}\n`;
  return text;
}

/** Blocks beyond which a snapshot is written whole again (decoding it) rather than appended to. */
const MAX_BLOCKS = 64;

/** What this codec hands the log: also its own text, so that writing the log again can append to it. */
interface CodecSessions extends EncodedSessions {
  readonly columnsText: string;
  readonly blocks: number;
}

function decodeBlocks(count: number, columnsText: string, idLines: string): SessionState[] {
  const blocks = JSON.parse(columnsText) as SessionColumns[];
  const ids = JSON.parse(`[${idLines.slice(1, -1).split('\n').join(',')}]`) as unknown[];
  if (ids.length !== count) throw new Error(`a partnership snapshot holds ${ids.length} session ids for ${count} sessions`);
  const sessions = new Array<SessionState>(count);
  let first = 0;
  for (const { count: rows, names, fields, absent } of blocks) {
    const columns = names.map((name) => (name === ID ? ids.slice(first, first + rows) : decodeColumn(fields[name], rows)));
    const missing = names.map((name) => new Set(absent[name] ?? []));
    for (let row = 0; row < rows; row++) {
      const session: Record<string, unknown> = {};
      for (let f = 0; f < names.length; f++) if (!missing[f].has(row)) session[names[f]] = columns[f][row];
      sessions[first + row] = session as unknown as SessionState;
    }
    first += rows;
  }
  if (first !== count) throw new Error(`a partnership snapshot holds ${first} sessions for ${count}`);
  return sessions;
}

/** Parts 2 and 3 and the head's sessions for a log: appended to the snapshot it came from when it can be. */
function encodeSessions(log: SessionLog): { head: Pick<SessionsHead, 'count' | 'newest'>; columnsText: string; idLines: string; blocks: number } {
  const base = log.encodedBase();
  const prior = base?.encoded as CodecSessions | undefined;
  if (base !== undefined && prior !== undefined && typeof prior.columnsText === 'string' && prior.blocks < MAX_BLOCKS) {
    const newest = [...base.added.slice(-SESSIONS_SHOWN).reverse(), ...prior.newest].slice(0, SESSIONS_SHOWN);
    const head = { count: prior.count + base.added.length, newest };
    if (base.added.length === 0) return { head, columnsText: prior.columnsText, idLines: prior.idLines, blocks: prior.blocks };
    const { columns, ids } = toColumns(base.added);
    const columnsText = `${prior.columnsText.slice(0, -1)},${JSON.stringify(columns)}]`;
    return { head, columnsText, idLines: prior.idLines + idLinesOf(ids).slice(1), blocks: prior.blocks + 1 };
  }
  const oldestFirst = [...log.newestFirst()].reverse();
  const { columns, ids } = toColumns(oldestFirst);
  const head = { count: oldestFirst.length, newest: oldestFirst.slice(-SESSIONS_SHOWN).reverse() };
  return { head, columnsText: JSON.stringify([columns]), idLines: idLinesOf(ids), blocks: 1 };
}

export const partnershipStateCodec: StateCodec<PartnershipState> = {
  encode(state) {
    const { head, columnsText, idLines, blocks } = encodeSessions(state.sessions);
    const sessions: SessionsHead = { ...head, columnsLength: columnsText.length, blocks };
    return `${JSON.stringify({ ...state, sessions })}\n${columnsText}${idLines}`;
  },
  decode(text) {
    const headEnd = text.indexOf('\n');
    if (headEnd < 0) throw new Error('not a partnership snapshot of this shape (no sessions part)');
    // Replaced in place, so the state's keys keep the order a fold gives them (the state route's JSON stays the same).
    const state = JSON.parse(text.slice(0, headEnd)) as Record<string, unknown>;
    const { count, newest, columnsLength, blocks } = state.sessions as SessionsHead;
    const columnsText = text.slice(headEnd + 1, headEnd + 1 + columnsLength);
    const idLines = text.slice(headEnd + 1 + columnsLength);
    if (!idLines.startsWith('\n') || !idLines.endsWith('\n')) throw new Error('a partnership snapshot whose session ids are cut');
    const encoded: CodecSessions = { count, newest, idLines, columnsText, blocks, decode: () => decodeBlocks(count, columnsText, idLines) };
    state.sessions = SessionLog.fromEncoded(encoded);
    return state as unknown as PartnershipState;
  },
};
