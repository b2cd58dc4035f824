import { Global, Module } from '@nestjs/common';
import { CommandMetrics } from './command-metrics';
import { HttpMetrics } from './http-metrics';
import { LoggingModule } from './logging.module';
import { MetricsController } from './metrics.controller';
import { MetricsRegistry } from './metrics-registry';

/** Logs and metrics. Global so any context can inject CommandMetrics or MetricsRegistry (to add its own metrics). */
@Global()
@Module({
  imports: [LoggingModule],
  controllers: [MetricsController],
  // Commands are counted on their routes: CommandRouteGuard starts the measure, the reply or the error filter settles it.
  providers: [MetricsRegistry, HttpMetrics, CommandMetrics],
  exports: [MetricsRegistry, HttpMetrics, CommandMetrics],
})
export class ObservabilityModule {}
