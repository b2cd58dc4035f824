import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '../config/app-config';
import { ProblemDetailsFilter } from './problem-details.filter';
import { CountingThrottlerStorage } from './rate-limit/counting-throttler-storage';
import { createValidationPipe } from './validation/request-validation';

/**
 * The HTTP contract every controller gets: validation, problem details, rate limit. Command responses and metrics
 * are bound per route by `@CommandEndpoint` (and aggregate ETags by `@QueryEndpoint({ aggregateView })`): a global
 * interceptor would cost every read Nest's per-request interceptor machinery for nothing.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ name: 'per-minute', ttl: 60_000, limit: config.rateLimitPerMinute }],
        storage: new CountingThrottlerStorage(),
      }),
    }),
  ],
  providers: [
    // Registered before AuthModule's guard, so floods are refused before any token is checked.
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
  ],
})
export class HttpPlatformModule {}
