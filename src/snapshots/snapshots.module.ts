import { Global, Module } from '@nestjs/common';
import { CachedAggregateLoader } from './cached-aggregate-loader';
import { SnapshotStore } from './snapshot-store';

/** Durable stream snapshots and the fold cache that uses them, for every module. */
@Global()
@Module({
  providers: [SnapshotStore, CachedAggregateLoader],
  exports: [SnapshotStore],
})
export class SnapshotsModule {}
