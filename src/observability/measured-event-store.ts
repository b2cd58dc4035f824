import { Counter, Histogram, Registry } from 'prom-client';
import {
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  PrecedingEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StreamHead,
  SubscribeOptions,
  Subscription,
  SynchronousLogPages,
} from '../event-store';

/**
 * The configured adapter, with append latency and events written counted for /metrics.
 * A decorator rather than code in each adapter, so both adapters are measured the same way.
 */
export class MeasuredEventStore extends EventStore {
  private readonly appendSeconds: Histogram<'outcome'>;
  private readonly eventsWritten: Counter;

  constructor(
    /** The configured adapter this one measures. */
    readonly adapter: EventStore,
    registry: Registry,
  ) {
    super();
    this.appendSeconds = new Histogram({
      name: 'ledger_event_store_append_seconds',
      help: 'Latency of event-store appends, by outcome',
      labelNames: ['outcome'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers: [registry],
    });
    this.eventsWritten = new Counter({
      name: 'ledger_events_written_total',
      help: 'Events appended to the store (rate() of it is events/s)',
      registers: [registry],
    });
  }

  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.measured(events, () => this.adapter.append(streamId, events, expected));
  }

  override appendsAfterEvent(): boolean {
    return this.adapter.appendsAfterEvent();
  }

  override appendAfterEvent(streamId: string, events: readonly NewEvent[], after: PrecedingEvent): Promise<AppendResult> {
    return this.measured(events, () => this.adapter.appendAfterEvent(streamId, events, after));
  }

  private async measured(events: readonly NewEvent[], append: () => Promise<AppendResult>): Promise<AppendResult> {
    const stop = this.appendSeconds.startTimer();
    try {
      const result = await append();
      stop({ outcome: 'ok' });
      this.eventsWritten.inc(events.length);
      return result;
    } catch (error) {
      stop({ outcome: (error as Error).name || 'error' });
      throw error;
    }
  }

  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent> {
    return this.adapter.readStream(streamId, options);
  }

  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent> {
    return this.adapter.readAll(options);
  }

  subscribe(options?: SubscribeOptions): Subscription {
    return this.adapter.subscribe(options);
  }

  override findEvent(streamId: string, eventId: string): Promise<RecordedEvent | undefined> {
    return this.adapter.findEvent(streamId, eventId);
  }

  override streamHead(streamId: string): Promise<StreamHead | undefined> {
    return this.adapter.streamHead(streamId);
  }

  headPosition(): Promise<bigint | undefined> {
    return this.adapter.headPosition();
  }

  deleteStream(streamId: string): Promise<void> {
    return this.adapter.deleteStream(streamId);
  }

  ping(): Promise<void> {
    return this.adapter.ping();
  }

  override synchronousPages(): SynchronousLogPages | undefined {
    return this.adapter.synchronousPages();
  }

  close(): Promise<void> {
    return this.adapter.close();
  }
}
