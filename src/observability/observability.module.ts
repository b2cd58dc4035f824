import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CommandMetrics } from './command-metrics';
import { CommandMetricsInterceptor } from './command-metrics.interceptor';
import { HttpMetrics } from './http-metrics';
import { LoggingModule } from './logging.module';
import { MetricsController } from './metrics.controller';
import { MetricsRegistry } from './metrics-registry';

/** Logs and metrics. Global so any context can inject CommandMetrics or MetricsRegistry (to add its own metrics). */
@Global()
@Module({
  imports: [LoggingModule],
  controllers: [MetricsController],
  providers: [MetricsRegistry, HttpMetrics, CommandMetrics, { provide: APP_INTERCEPTOR, useClass: CommandMetricsInterceptor }],
  exports: [MetricsRegistry, HttpMetrics, CommandMetrics],
})
export class ObservabilityModule {}
