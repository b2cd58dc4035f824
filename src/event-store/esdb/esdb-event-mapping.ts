import { jsonEvent, type JSONEventType, type AllStreamRecordedEvent, type JSONRecordedEvent } from '@eventstore/db-client';
import { EventMetadata, RecordedEvent } from '../recorded-event';
import { SerializedEvent } from '../event-limits';
import { fromEsdbPosition } from './esdb-positions';
import { originalRecordedAt } from '../original-recorded-at';

/**
 * Our envelope inside an EventStoreDB event: data is the event's JSON data; the custom metadata JSON holds
 * our EventMetadata plus `schemaVersion` (EventStoreDB has no field for it). `recordedAt` is the server's `created`.
 */
export function toEsdbEvent({ event }: SerializedEvent, ledgerHash?: string) {
  return jsonEvent<JSONEventType>({
    id: event.id,
    type: event.type,
    data: event.data as JSONEventType['data'],
    // ledgerHash: the event's hash chain link (src/log-chain); the store's own, never handed to domain code.
    metadata: ledgerHash === undefined ? { ...event.metadata, schemaVersion: event.schemaVersion } : { ...event.metadata, schemaVersion: event.schemaVersion, ledgerHash },
  });
}

/**
 * EventStoreDB's own events ($streamDeleted, $epoch-information, projection links and state…) are never ours
 * to deliver: their type or their stream starts with `$`, and the port refuses both for our events.
 */
export function isSystemEvent(event: { readonly type: string; readonly streamId: string }): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

type StoredEvent = AllStreamRecordedEvent | JSONRecordedEvent;

export function fromEsdbEvent(stored: StoredEvent): RecordedEvent {
  if (!stored.position) throw new Error(`event ${stored.id} in ${stored.streamId} came back without a position`);
  const { schemaVersion, ledgerHash: _chainLink, ...metadata } = (stored.metadata ?? {}) as unknown as EventMetadata & { schemaVersion?: number; ledgerHash?: string };
  return {
    id: stored.id,
    type: stored.type,
    schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 1,
    data: stored.data,
    metadata,
    streamId: stored.streamId,
    revision: stored.revision,
    position: fromEsdbPosition(stored.position),
    // An event moved here by `ledger import-log` keeps the time its first store recorded it.
    recordedAt: originalRecordedAt(metadata) ?? stored.created,
  };
}
