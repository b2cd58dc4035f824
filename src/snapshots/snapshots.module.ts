import { Global, Module } from '@nestjs/common';
import { SnapshotStore } from './snapshot-store';

/** Durable stream snapshots and the fold cache that uses them, for every module. */
@Global()
@Module({
  providers: [SnapshotStore],
  exports: [SnapshotStore],
})
export class SnapshotsModule {}
