import { Inject, Injectable } from '@nestjs/common';
import { AggregateNotFoundError } from '../../command-handling';
import { EventMetadata, EventStore } from '../../event-store';

/** Stream names an operator may ask for: no system (`$…`) streams, nothing a URL could smuggle. */
export const STREAM_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

export interface RawEvent {
  readonly id: string;
  readonly streamId: string;
  readonly revision: string;
  readonly position: string;
  readonly type: string;
  /** As written: raw events are not upcast, so an auditor sees exactly what was stored. */
  readonly schemaVersion: number;
  readonly recordedAt: string;
  readonly metadata: EventMetadata;
  readonly data: unknown;
}

export interface StreamEventsPage {
  readonly streamId: string;
  readonly events: RawEvent[];
  /** Revision to ask for as `from` to read on; null when this page reaches the end of the stream. */
  readonly nextFrom: string | null;
}

/** The raw events of any stream, a page at a time, for admins and compliance staff. */
@Injectable()
export class StreamEventsQuery {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  async page(streamId: string, from: bigint, limit: number): Promise<StreamEventsPage> {
    if (!STREAM_ID_PATTERN.test(streamId)) throw new AggregateNotFoundError(streamId.slice(0, 200));
    const events: RawEvent[] = [];
    let nextFrom: string | null = null;
    // One more than asked: tells whether there is a next page without a second read.
    for await (const e of this.store.readStream(streamId, { fromRevision: from, maxCount: limit + 1 })) {
      if (events.length === limit) {
        nextFrom = e.revision.toString();
        break;
      }
      events.push({
        id: e.id, streamId: e.streamId, revision: e.revision.toString(), position: e.position.toString(), type: e.type,
        schemaVersion: e.schemaVersion, recordedAt: e.recordedAt.toISOString(), metadata: e.metadata, data: e.data,
      });
    }
    if (events.length === 0 && !(await this.exists(streamId))) throw new AggregateNotFoundError(streamId);
    return { streamId, events, nextFrom };
  }

  private async exists(streamId: string): Promise<boolean> {
    for await (const _ of this.store.readStream(streamId, { maxCount: 1 })) return true;
    return false;
  }
}
