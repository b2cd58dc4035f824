import { artistStream } from '../artists/domain/streams';
import { RecordedEvent } from '../event-store';
import { Role } from '../http/roles.decorator';

/** The `data` of one `event: ledger` message: positions and revisions as decimal strings. */
export interface LiveEventData {
  readonly position: string;
  readonly streamId: string;
  readonly revision: string;
  /** Left out where the role may not learn it (see `liveEventData`). */
  readonly type?: string;
}

/** Roles that read every event's type (they read raw streams and the clearance history). */
const SEES_EVERY_TYPE: ReadonlySet<Role> = new Set(['admin', 'compliance']);
/**
 * Streams whose event types are compliance information: an artist's stream holds clearance grants, suspensions,
 * revocations and arrest notices, which only the clearance history (compliance) reveals. Operations and reporting
 * learn that such a stream changed (to refresh a screen), not how.
 */
const TYPE_HIDDEN_PREFIXES: readonly string[] = [artistStream('')];

/** What a caller of `role` is shown of an event: never its data or metadata, its type only where the role may read it. */
export function liveEventData(event: RecordedEvent, role: Role): LiveEventData {
  const base = { position: event.position.toString(), streamId: event.streamId, revision: event.revision.toString() };
  const hidden = !SEES_EVERY_TYPE.has(role) && TYPE_HIDDEN_PREFIXES.some((prefix) => event.streamId.startsWith(prefix));
  return hidden ? base : { ...base, type: event.type };
}

/** One server-sent-events message (`event`, `id`, `data`, blank line). JSON has no raw newline, so `data` is one line. */
export function liveEventMessage(data: LiveEventData): string {
  return `event: ledger\nid: ${data.position}\ndata: ${JSON.stringify(data)}\n\n`;
}

export const HEARTBEAT_MESSAGE = ': heartbeat\n\n';
