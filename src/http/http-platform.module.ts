import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '../config/app-config';
import { CommandMetricsInterceptor } from '../observability/command-metrics.interceptor';
import { CommandResponseInterceptor } from './command-response.interceptor';
import { InterceptorChain } from './interceptor-chain';
import { ProblemDetailsFilter } from './problem-details.filter';
import { createValidationPipe } from './validation/request-validation';

/** The HTTP contract every controller gets: validation, problem details, command responses, rate limit. */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => [{ name: 'per-minute', ttl: 60_000, limit: config.rateLimitPerMinute }],
    }),
  ],
  providers: [
    // Registered before AuthModule's guard, so floods are refused before any token is checked.
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
    CommandResponseInterceptor,
    // One global interceptor (each one Nest registers costs a bind + defer per request): the command/aggregate
    // response shaping outermost, then command metrics, which so see the handler's result (and count a repeat as repeated).
    {
      provide: APP_INTERCEPTOR,
      inject: [CommandMetricsInterceptor, CommandResponseInterceptor],
      useFactory: (metrics: CommandMetricsInterceptor, responses: CommandResponseInterceptor) => new InterceptorChain(responses, metrics),
    },
  ],
})
export class HttpPlatformModule {}
