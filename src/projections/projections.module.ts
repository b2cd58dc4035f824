import { Global, Logger, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { EventStore } from '../event-store';
import { ReadModelDatabase } from '../read-models/read-model-database';
import { ProjectionPositionInterceptor } from './http/projection-position.interceptor';
import { ProjectionMetrics } from './projection-metrics';
import { ProjectionReader } from './projection-reader';
import { ProjectionRunner } from './projection-runner';
import { ProjectionStartup } from './projection-startup';

/**
 * The projection runner for the whole app (global): other modules list their projections with
 * `provideProjection(...)`, inject `ProjectionReader` for queries and put `@ProjectionQuery(...)` on routes.
 */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [
    {
      provide: ProjectionRunner,
      inject: [EventStore, ReadModelDatabase],
      useFactory: (store: EventStore, database: ReadModelDatabase) => new ProjectionRunner(store, database.db, { log: new Logger('Projections') }),
    },
    { provide: ProjectionReader, inject: [ReadModelDatabase], useFactory: (database: ReadModelDatabase) => new ProjectionReader(database.db) },
    ProjectionStartup,
    ProjectionMetrics,
    ProjectionPositionInterceptor,
  ],
  exports: [ProjectionRunner, ProjectionReader, ProjectionPositionInterceptor],
})
export class ProjectionsModule {}
