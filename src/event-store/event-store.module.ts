import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { MeasuredEventStore } from '../observability/measured-event-store';
import { MetricsRegistry } from '../observability/metrics-registry';
import { EsdbEventStore } from './esdb/esdb-event-store';
import { EventStore } from './event-store';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

/** Opens the adapter the configuration chose: EventStoreDB for `esdb://…`, else the embedded SQLite file. */
export function openEventStore(config: AppConfig): EventStore {
  const settings = config.eventStore;
  if (settings.kind === 'esdb') return EsdbEventStore.connect(settings.connectionString);
  return SqliteEventStore.open({ path: settings.path, synchronous: settings.synchronous });
}

/** Closes the store last, after everything that reads or writes it has stopped (shutdown hooks run after destroy hooks). */
@Injectable()
class EventStoreCloser implements OnApplicationShutdown {
  private readonly logger = new Logger('EventStore');
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    try {
      await this.store.close();
    } catch (error) {
      this.logger.error(`closing the event store failed: ${(error as Error).message}`);
    }
  }
}

@Global()
@Module({
  providers: [
    {
      provide: EventStore,
      inject: [AppConfig, MetricsRegistry],
      useFactory: (config: AppConfig, registry: MetricsRegistry) => new MeasuredEventStore(openEventStore(config), registry),
    },
    EventStoreCloser,
  ],
  exports: [EventStore],
})
export class EventStoreModule {}
