import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { eventIdIndexProjectionProvider, withEventIdIndex } from '../event-id-index/provide-event-id-index';
import { MeasuredEventStore } from '../observability/measured-event-store';
import { MetricsRegistry } from '../observability/metrics-registry';
import { ReadModelDatabase } from '../read-models/read-model-database';
import { EsdbEventStore } from './esdb/esdb-event-store';
import { EventStore } from './event-store';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

/** Opens the adapter the configuration chose: EventStoreDB for `esdb://…`, else the embedded SQLite file. */
export function openEventStore(config: AppConfig): EventStore {
  const settings = config.eventStore;
  if (settings.kind === 'esdb') return EsdbEventStore.connect(settings.connectionString);
  return SqliteEventStore.open({ path: settings.path, synchronous: settings.synchronous, checkpointInBackground: true });
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
      inject: [AppConfig, MetricsRegistry, { token: ReadModelDatabase, optional: true }],
      useFactory: (config: AppConfig, registry: MetricsRegistry, readModels?: ReadModelDatabase) =>
        new MeasuredEventStore(withEventIdIndex(openEventStore(config), readModels), registry),
    },
    EventStoreCloser,
    eventIdIndexProjectionProvider,
  ],
  exports: [EventStore],
})
export class EventStoreModule {}
