import { EventMetadata, RecordedEvent } from '../recorded-event';

/** A row selected with EVENT_COLUMNS in raw (array) mode with safe integers. */
export type EventRow = [bigint, string, bigint, string, string, bigint, string, string, bigint];

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    position: row[0],
    streamId: row[1],
    revision: row[2],
    id: row[3],
    type: row[4],
    schemaVersion: Number(row[5]),
    data: JSON.parse(row[6]),
    metadata: JSON.parse(row[7]) as EventMetadata,
    recordedAt: new Date(Number(row[8])),
  };
}
