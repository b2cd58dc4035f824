import { Provider } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { EsdbEventStore } from '../event-store/esdb/esdb-event-store';
import { EventStore } from '../event-store/event-store';
import { PROJECTION_PROVIDER } from '../projections/provide-projection';
import { ReadModelDatabase } from '../read-models/read-model-database';
import { EventIdIndexProjection } from './event-id-index.projection';
import { ReadModelEventIdIndex } from './read-model-event-id-index';

/** The runner discovers the projection by its class (see ProjectionStartup); the factory below decides if there is one. */
Reflect.defineMetadata(PROJECTION_PROVIDER, true, EventIdIndexProjection);

/**
 * The event-id index projection, only where the store is EventStoreDB: elsewhere the factory gives null, which the
 * runner's discovery skips, so the embedded store pays nothing for it.
 */
export const eventIdIndexProjectionProvider: Provider = {
  provide: EventIdIndexProjection,
  inject: [AppConfig],
  useFactory: (config: AppConfig) => (config.eventStore.kind === 'esdb' ? new EventIdIndexProjection() : null),
};

/** Hands an EventStoreDB store the index kept in the read-model database; any other store is returned as it is. */
export function withEventIdIndex<S extends EventStore>(store: S, readModels: ReadModelDatabase | undefined): S {
  if (store instanceof EsdbEventStore && readModels) store.useEventIdIndex(new ReadModelEventIdIndex(readModels.db, new EventIdIndexProjection()));
  return store;
}
