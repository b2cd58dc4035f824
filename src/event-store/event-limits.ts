import { InvalidEventError } from './event-store-errors';
import { NewEvent } from './recorded-event';

/** Limits every adapter enforces before writing, so both refuse the same input the same way. */
export const MAX_STREAM_ID_LENGTH = 200;
export const MAX_EVENT_TYPE_LENGTH = 100;
/** Serialized data + metadata of one event. */
export const MAX_EVENT_BYTES = 512 * 1024;
export const MAX_EVENTS_PER_APPEND = 10_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export function assertValidStreamId(streamId: unknown): asserts streamId is string {
  if (typeof streamId !== 'string' || streamId.length === 0) throw new InvalidEventError('stream id must be a non-empty string');
  if (streamId.length > MAX_STREAM_ID_LENGTH) throw new InvalidEventError(`stream id is longer than ${MAX_STREAM_ID_LENGTH} characters`);
  if (streamId.startsWith('$')) throw new InvalidEventError('stream ids starting with $ are reserved');
  if (CONTROL.test(streamId)) throw new InvalidEventError('stream id contains control characters');
}

export interface SerializedEvent {
  readonly event: NewEvent;
  readonly dataJson: string;
  readonly metadataJson: string;
}

/** Validates a batch and serializes it once; throws InvalidEventError naming the first bad event. */
export function serializeForAppend(streamId: string, events: readonly NewEvent[]): SerializedEvent[] {
  assertValidStreamId(streamId);
  if (!Array.isArray(events) || events.length === 0) throw new InvalidEventError('an append needs at least one event');
  if (events.length > MAX_EVENTS_PER_APPEND) throw new InvalidEventError(`an append takes at most ${MAX_EVENTS_PER_APPEND} events`);
  const ids = new Set<string>();
  return events.map((event, i) => {
    const where = `event ${i} of append to ${streamId}`;
    if (typeof event?.id !== 'string' || !UUID.test(event.id)) throw new InvalidEventError(`${where}: id must be a UUID`);
    if (ids.has(event.id.toLowerCase())) throw new InvalidEventError(`${where}: duplicate event id ${event.id}`);
    ids.add(event.id.toLowerCase());
    if (typeof event.type !== 'string' || event.type.length === 0 || event.type.length > MAX_EVENT_TYPE_LENGTH || event.type.startsWith('$') || CONTROL.test(event.type))
      throw new InvalidEventError(`${where}: type must be 1-${MAX_EVENT_TYPE_LENGTH} characters, not starting with $`);
    if (!Number.isInteger(event.schemaVersion) || event.schemaVersion < 1) throw new InvalidEventError(`${where}: schemaVersion must be a positive integer`);
    const dataJson = toJsonObject(event.data, `${where}: data`);
    const metadataJson = toJsonObject(event.metadata, `${where}: metadata`);
    if (typeof event.metadata.actor !== 'string' || event.metadata.actor.length === 0) throw new InvalidEventError(`${where}: metadata.actor is required`);
    const bytes = Buffer.byteLength(dataJson) + Buffer.byteLength(metadataJson);
    if (bytes > MAX_EVENT_BYTES) throw new InvalidEventError(`${where}: ${bytes} bytes is over the ${MAX_EVENT_BYTES}-byte limit`);
    return { event, dataJson, metadataJson };
  });
}

function toJsonObject(value: unknown, what: string): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new InvalidEventError(`${what} must be a JSON object`);
  let json: string;
  try {
    json = JSON.stringify(value);
  } catch (error) {
    throw new InvalidEventError(`${what} is not serializable as JSON (${(error as Error).message})`);
  }
  // JSON.stringify silently drops functions/undefined and turns NaN into null: refuse rather than store something else.
  if (!roundTrips(value)) throw new InvalidEventError(`${what} holds values JSON cannot represent (functions, undefined, NaN, Infinity, bigint, symbols or class instances)`);
  return json;
}

function roundTrips(value: unknown): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (Array.isArray(value)) return value.every(roundTrips);
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      return Object.values(value as Record<string, unknown>).every((v) => v === undefined || roundTrips(v));
    }
    default:
      return false;
  }
}
