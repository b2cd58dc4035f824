import { Global, Module } from '@nestjs/common';
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
  // CommandMetricsInterceptor runs globally through HttpPlatformModule's interceptor chain.
  providers: [MetricsRegistry, HttpMetrics, CommandMetrics, CommandMetricsInterceptor],
  exports: [MetricsRegistry, HttpMetrics, CommandMetrics, CommandMetricsInterceptor],
})
export class ObservabilityModule {}
