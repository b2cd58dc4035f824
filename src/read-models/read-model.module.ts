import { Global, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { ReadModelDatabase } from './read-model-database';

/** Closes the read-model database after projections and reactors have stopped (shutdown hooks run last). */
@Injectable()
class ReadModelDatabaseCloser implements OnApplicationShutdown {
  constructor(private readonly database: ReadModelDatabase) {}
  onApplicationShutdown(): void {
    this.database.close();
  }
}

/** `ReadModelDatabase` at DATA_DIR/read-models.sqlite, injectable everywhere. */
@Global()
@Module({
  providers: [
    { provide: ReadModelDatabase, inject: [AppConfig], useFactory: (config: AppConfig) => new ReadModelDatabase(config.readModelPath, { checkpointInBackground: true }) },
    ReadModelDatabaseCloser,
  ],
  exports: [ReadModelDatabase],
})
export class ReadModelModule {}
