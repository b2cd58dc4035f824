import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthModule } from './auth/auth.module';
import { BOUNDED_CONTEXT_MODULES } from './bounded-contexts';
import { ClockModule } from './clock/clock.module';
import { ConfigModule } from './config/config.module';
import { EventStoreModule } from './event-store/event-store.module';
import { FeedsModule } from './feeds/feeds.module';
import { HealthModule } from './health/health.module';
import { HttpPlatformModule } from './http/http-platform.module';
import { LiveModule } from './live/live.module';
import { ObservabilityModule } from './observability/observability.module';
import { ProjectionsModule } from './projections/projections.module';
import { ReadModelModule } from './read-models/read-model.module';
import { SnapshotsModule } from './snapshots/snapshots.module';
import { LogChainModule } from './log-chain/log-chain.module';

@Module({
  imports: [
    ConfigModule,
    ObservabilityModule,
    EventStoreModule,
    ReadModelModule,
    SnapshotsModule,
    ClockModule,
    CqrsModule.forRoot(),
    HttpPlatformModule,
    AuthModule,
    HealthModule,
    ProjectionsModule,
    FeedsModule,
    LiveModule,
    LogChainModule,
    ...BOUNDED_CONTEXT_MODULES,
  ],
})
export class AppModule {}
