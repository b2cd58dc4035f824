import { PartnershipState, SessionState } from '../partnerships/domain/partnership-state';
import { EncodedSessions, SESSIONS_SHOWN, SessionLog } from '../partnerships/domain/session-log';
import { IdFilter } from './id-filter';
import { StateCodec, StateParts } from './state-codec';
import { StateUnreadableError } from '../command-handling/command-errors';

/**
 * A partnership's snapshot in two parts, each free of raw line breaks within its lines (JSON never writes one):
 *
 *   head (read at every cold load, a few kB plus ~2 bytes per session):
 *     1. the state as JSON, its `sessions` replaced by `{ count, newest, columnsLength, restLength, blocks, filter }`:
 *        the newest 20 sessions (what SessionLog.toJSON shows), the lengths of the rest and of its first part, and the
 *        shape of the ids' filter;
 *     2. `\n`, then a Bloom filter of every session id (IdFilter, base64): a new session id is answered "not there"
 *        from it alone, exactly;
 *   rest (stored apart, read only when something needs the older sessions: a filter hit, a correction, a walk, the
 *        next snapshot write):
 *     3. every session but its id, oldest first, by column, in blocks: `[{ count, names, fields: { minutes: … },
 *        absent: { field: [row…] } }, …]`, each column a JSON array or, when shorter, a dictionary and one code per row
 *        (EncodedColumn). A state decoded from a snapshot is written again by appending one block for the sessions
 *        added since (and their ids to 4, and to the filter), without decoding the older ones; past MAX_BLOCKS it is
 *        written whole;
 *     4. every session id as JSON, one a line, oldest first, with a line break before the first and after the last.
 *
 * `encode` writes head, `\n`, rest as one text and `decode` reads it (tests; a planted row); the snapshot store keeps
 * the two parts in two columns (`encodeParts`) and hands `decode` a function that reads the rest on first call.
 * Decoding parses line 1 only and hands the log an id test and a decode function: a cold start therefore reads and
 * parses a few kB and the filter whatever the number of sessions; a filter hit looks at the ids (the exact line
 * `\n"<id>"\n` in part 4) and only a real one decodes the sessions. SessionLog.toJSON shows only the newest 20, so the
 * log is written out here in full. Fields are taken from the sessions themselves, so a field added to SessionState
 * is kept; a field that is absent (not null) stays absent.
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
  if (codes.length !== count * width) throw new StateUnreadableError(`a session column of ${codes.length / width} codes for ${count} sessions`);
  const digit = (i: number) => {
    const value = DIGIT_OF[codes.charCodeAt(i)];
    if (value === undefined || value < 0) throw new StateUnreadableError('a session column with a code out of its alphabet');
    return value;
  };
  const values = new Array<unknown>(count);
  for (let row = 0; row < count; row++) values[row] = dictionary[width === 1 ? digit(row) : (digit(2 * row) << 6) | digit(2 * row + 1)];
  return values;
}

interface SessionsHead {
  readonly count: number;
  readonly newest: SessionState[];
  /** Length of the rest's first part (the columns); the rest is `columns + ids`. */
  readonly columnsLength: number;
  /** Length of the rest: a rest of any other length is not this head's. */
  readonly restLength: number;
  /** How many blocks the columns hold. */
  readonly blocks: number;
  /** The filter's bits and hashes (its bytes are line 2 of the head). */
  readonly filter: { readonly bits: number; readonly hashes: number };
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

/** An id as it is written in part 4 and hashed into the filter. */
const idText = (id: unknown): string => JSON.stringify(id) ?? 'null';

/** Part 4's text: `\n` + each id as JSON + `\n`. */
function idLinesOf(ids: readonly unknown[]): string {
  let text = '\n';
  for (const id of ids) text += `${idText(id)}\n`;
  return text;
}

/** Blocks beyond which a snapshot is written whole again (decoding it) rather than appended to. */
const MAX_BLOCKS = 64;

/** The rest of a snapshot, split into its parts. */
interface Rest {
  readonly columnsText: string;
  readonly idLines: string;
}

/** What this codec hands the log: also how to reach its own text, so that writing the log again can append to it. */
interface CodecSessions extends EncodedSessions {
  readonly head: SessionsHead;
  readonly filter: IdFilter;
  /** The rest, read (once) on first call. */
  rest(): Rest;
}

function decodeBlocks(count: number, { columnsText, idLines }: Rest): SessionState[] {
  const blocks = JSON.parse(columnsText) as SessionColumns[];
  const ids = JSON.parse(`[${idLines.slice(1, -1).split('\n').join(',')}]`) as unknown[];
  if (ids.length !== count) throw new StateUnreadableError(`a partnership snapshot holds ${ids.length} session ids for ${count} sessions`);
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
  if (first !== count) throw new StateUnreadableError(`a partnership snapshot holds ${first} sessions for ${count}`);
  return sessions;
}

interface EncodedLog {
  readonly head: Omit<SessionsHead, 'filter'>;
  readonly filter: IdFilter;
  readonly rest: string;
}

/** The log's parts: appended to the snapshot it came from when it can be (that snapshot's rest is read, not decoded). */
function encodeSessions(log: SessionLog): EncodedLog {
  const base = log.encodedBase();
  const prior = base?.encoded as CodecSessions | undefined;
  if (base !== undefined && prior !== undefined && typeof prior.rest === 'function' && prior.head.blocks < MAX_BLOCKS) {
    const newest = [...base.added.slice(-SESSIONS_SHOWN).reverse(), ...prior.head.newest].slice(0, SESSIONS_SHOWN);
    const count = prior.head.count + base.added.length;
    const { columnsText: priorColumns, idLines: priorIds } = prior.rest();
    if (base.added.length === 0) return { head: { ...prior.head, newest }, filter: prior.filter, rest: priorColumns + priorIds };
    const { columns, ids } = toColumns(base.added);
    const columnsText = `${priorColumns.slice(0, -1)},${JSON.stringify(columns)}]`;
    const idLines = priorIds + idLinesOf(ids).slice(1);
    const addedIds = ids.map(idText);
    const filter = prior.filter.roomFor(count) ? prior.filter.with(addedIds) : IdFilter.of(count, idTextsOf(idLines));
    const rest = columnsText + idLines;
    return { head: { count, newest, columnsLength: columnsText.length, restLength: rest.length, blocks: prior.head.blocks + 1 }, filter, rest };
  }
  const oldestFirst = [...log.newestFirst()].reverse();
  const { columns, ids } = toColumns(oldestFirst);
  const columnsText = JSON.stringify([columns]);
  const rest = columnsText + idLinesOf(ids);
  const head = { count: oldestFirst.length, newest: oldestFirst.slice(-SESSIONS_SHOWN).reverse(), columnsLength: columnsText.length, restLength: rest.length, blocks: 1 };
  return { head, filter: IdFilter.of(ids.length, ids.map(idText)), rest };
}

/** The ids' texts of part 4, as written (for the filter: no parse needed). */
function idTextsOf(idLines: string): string[] {
  return idLines.slice(1, -1).split('\n');
}

function encodeParts(state: PartnershipState): StateParts {
  const { head, filter, rest } = encodeSessions(state.sessions);
  const sessions: SessionsHead = { ...head, filter: { bits: filter.bits, hashes: filter.hashes } };
  return { head: `${JSON.stringify({ ...state, sessions })}\n${filter.toBase64()}`, rest };
}

function decode(text: string, readRest?: () => string | null): PartnershipState {
  const headEnd = text.indexOf('\n');
  if (headEnd < 0) throw new StateUnreadableError('not a partnership snapshot of this shape (no filter line)');
  const filterEnd = text.indexOf('\n', headEnd + 1);
  // The whole text (encode) holds the rest after the filter line; a head stored apart does not.
  const inlineRest = filterEnd < 0 ? undefined : text.slice(filterEnd + 1);
  // Replaced in place, so the state's keys keep the order a fold gives them (the state route's JSON stays the same).
  const state = JSON.parse(text.slice(0, headEnd)) as Record<string, unknown>;
  const head = state.sessions as SessionsHead;
  const filter = IdFilter.fromBase64(head.filter.bits, head.filter.hashes, text.slice(headEnd + 1, filterEnd < 0 ? undefined : filterEnd));
  let rest: Rest | undefined;
  const readOnce = (): Rest => {
    if (rest === undefined) {
      const restText = inlineRest ?? readRest?.() ?? null;
      if (restText === null) throw new StateUnreadableError('a partnership snapshot whose older sessions are missing');
      if (restText.length !== head.restLength) throw new StateUnreadableError(`a partnership snapshot whose older sessions are ${restText.length} characters, not ${head.restLength}`);
      const idLines = restText.slice(head.columnsLength);
      if (!idLines.startsWith('\n') || !idLines.endsWith('\n')) throw new StateUnreadableError('a partnership snapshot whose session ids are cut');
      rest = { columnsText: restText.slice(0, head.columnsLength), idLines };
    }
    return rest;
  };
  const encoded: CodecSessions = {
    count: head.count,
    newest: head.newest,
    head,
    filter,
    rest: readOnce,
    // Exact: a filter miss is certain; a hit is checked against the ids themselves (read then, not decoded).
    mayHold: (sessionId) => {
      const text = idText(sessionId);
      return filter.mayHold(text) && readOnce().idLines.includes(`\n${text}\n`);
    },
    decode: () => decodeBlocks(head.count, readOnce()),
  };
  state.sessions = SessionLog.fromEncoded(encoded);
  return state as unknown as PartnershipState;
}

export const partnershipStateCodec: StateCodec<PartnershipState> = {
  encode(state) {
    const { head, rest } = encodeParts(state);
    return `${head}\n${rest ?? ''}`;
  },
  encodeParts,
  decode,
};
