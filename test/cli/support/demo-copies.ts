import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { EventStore, NewEvent, RecordedEvent } from '../../../src/event-store';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store';

/** The ids a partnership's events carry that must differ between copies (the rest — schools, artists, partners — is shared). */
const COPIED_IDS = ['partnershipId', 'assignmentId', 'sessionId'] as const;

/** A demo partnership's stream, as the demo's commands wrote it. */
export interface PartnershipTemplate {
  readonly partnershipId: string;
  readonly events: readonly RecordedEvent[];
}

/**
 * A demo-shaped log of any size: the partnership streams a real `ledger demo` wrote (through the real command path,
 * so in the shapes and order the deciders write), appended again as new partnerships over the same schools, partners
 * and artists. Copy `k` of partnership `p` is `p~k`, its assignments and sessions suffixed the same way; every
 * copy keeps its template's event types, dates and figures, so the log's totals grow by exact multiples.
 */
export class DemoCopies {
  private constructor(readonly templates: readonly PartnershipTemplate[]) {}

  /** Reads the partnership streams of the demo log at `dataDir` (events.sqlite). */
  static async of(dataDir: string): Promise<DemoCopies> {
    const store = SqliteEventStore.open({ path: join(dataDir, 'events.sqlite') });
    try {
      const streams = new Map<string, RecordedEvent[]>();
      for await (const event of store.readAll()) {
        if (!event.streamId.startsWith('partnership-')) continue;
        const events = streams.get(event.streamId) ?? [];
        events.push(event);
        streams.set(event.streamId, events);
      }
      const templates = [...streams.values()].map((events) => ({ partnershipId: (events[0].data as { partnershipId: string }).partnershipId, events }));
      if (templates.length === 0) throw new Error(`no partnership streams in ${dataDir}: run "ledger demo" there first`);
      return new DemoCopies(templates);
    } finally {
      await store.close();
    }
  }

  /** Events in one copy of every template. */
  get eventsPerRound(): number {
    return this.templates.reduce((sum, template) => sum + template.events.length, 0);
  }

  /**
   * Appends copies `from`…`from + rounds - 1` of every template to `store`, one append per partnership stream;
   * `between` runs after each append (to yield, or to stop early by returning false). Returns the events appended.
   */
  async append(store: EventStore, from: number, rounds: number, between?: () => Promise<boolean | void>): Promise<number> {
    let appended = 0;
    for (let k = from; k < from + rounds; k++) {
      for (const template of this.templates) {
        const events = template.events.map((event) => copyOf(event, k));
        await store.append(`partnership-${template.partnershipId}~${k}`, events, 'no_stream');
        appended += events.length;
        if ((await between?.()) === false) return appended;
      }
    }
    return appended;
  }

  /** Fills `dataDir`'s log with `rounds` copies (synchronous=NORMAL: the fill is not what is tested). Returns the events appended. */
  async fill(dataDir: string, rounds: number): Promise<number> {
    const store = SqliteEventStore.open({ path: join(dataDir, 'events.sqlite'), synchronous: 'NORMAL' });
    try {
      return await this.append(store, 1, rounds);
    } finally {
      await store.close();
    }
  }
}

function copyOf(event: RecordedEvent, k: number): NewEvent {
  const data = { ...(event.data as Record<string, unknown>) };
  for (const key of COPIED_IDS) if (typeof data[key] === 'string') data[key] = `${data[key]}~${k}`;
  const metadata = event.metadata as { actor: string };
  return {
    id: randomUUID(),
    type: event.type,
    schemaVersion: event.schemaVersion,
    data,
    metadata: { actor: metadata.actor, correlationId: randomUUID(), causationId: null, commandId: randomUUID() },
  };
}
