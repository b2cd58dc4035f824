import { RecordedEvent } from '../event-store';

/**
 * The NDJSON a log export is written in: a header line, one line per event in global order, a closing line with the
 * count (a file cut short has none, and import refuses it). Positions and revisions are decimal strings (exact).
 *   {"format":"partnership-ledger-log","version":1,"exportedAt":"…","head":"1234"}
 *   {"position":"1","id":"…","streamId":"…","revision":"0","type":"…","schemaVersion":1,"data":{…},"metadata":{…},"recordedAt":"2026-09-01T15:04:05.123Z"}
 *   {"end":true,"events":1234}
 */
export const LOG_FILE_FORMAT = 'partnership-ledger-log';
export const LOG_FILE_VERSION = 1;

export interface LogFileHeader {
  readonly format: typeof LOG_FILE_FORMAT;
  readonly version: number;
  readonly exportedAt: string;
  /** The source's head position when the export started (undefined: the log was empty). */
  readonly head?: string;
}

export interface LogFileEvent {
  /** The position in the source log (informative: the target assigns its own). */
  readonly position: string;
  readonly id: string;
  readonly streamId: string;
  readonly revision: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
  /** When the source recorded the event, ISO 8601 with milliseconds. */
  readonly recordedAt: string;
}

export interface LogFileEnd {
  readonly end: true;
  readonly events: number;
}

export function toLogFileEvent(event: RecordedEvent): LogFileEvent {
  return {
    position: event.position.toString(),
    id: event.id,
    streamId: event.streamId,
    revision: event.revision.toString(),
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data as Record<string, unknown>,
    metadata: event.metadata as unknown as Record<string, unknown>,
    recordedAt: event.recordedAt.toISOString(),
  };
}

const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** Positions and revisions as the file writes them: decimal, no leading zeros. */
export const DECIMAL = /^(0|[1-9]\d*)$/;
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** What is wrong with a parsed event line, or undefined. (Ids, types and sizes are checked again by the store's append.) */
export function eventLineProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'not a JSON object';
  const e = value as Partial<Record<keyof LogFileEvent, unknown>>;
  if (typeof e.id !== 'string' || e.id === '') return 'id must be a string';
  if (typeof e.streamId !== 'string' || e.streamId === '') return 'streamId must be a string';
  if (typeof e.type !== 'string' || e.type === '') return 'type must be a string';
  if (typeof e.position !== 'string' || !DECIMAL.test(e.position)) return 'position must be a decimal string';
  if (typeof e.revision !== 'string' || !DECIMAL.test(e.revision)) return 'revision must be a decimal string';
  if (!Number.isInteger(e.schemaVersion) || (e.schemaVersion as number) < 1) return 'schemaVersion must be a positive integer';
  if (!isObject(e.data)) return 'data must be a JSON object';
  if (!isObject(e.metadata)) return 'metadata must be a JSON object';
  if (typeof e.recordedAt !== 'string' || !ISO_MS.test(e.recordedAt) || Number.isNaN(Date.parse(e.recordedAt))) return 'recordedAt must be ISO 8601 UTC with milliseconds';
  return undefined;
}

export function isHeader(value: unknown): value is LogFileHeader {
  return isObject(value) && value.format === LOG_FILE_FORMAT;
}

export function isEnd(value: unknown): value is LogFileEnd {
  return isObject(value) && value.end === true && Number.isInteger(value.events);
}
