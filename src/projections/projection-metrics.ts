import { Injectable } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { MetricsRegistry } from '../observability/metrics-registry';
import { ProjectionStatus } from './projection-lag';
import { ProjectionRunner } from './projection-runner';

/**
 * Per-projection gauges on /metrics, read from the runner at scrape time: lag in events and seconds, the live
 * position (`rate()` of it is events applied per second) and whether the projection stopped on an event.
 */
@Injectable()
export class ProjectionMetrics {
  /** The status read in flight: the gauges of one scrape collect together and share it. */
  private pending: Promise<ProjectionStatus[]> | undefined;

  constructor(registry: MetricsRegistry, private readonly runner: ProjectionRunner) {
    const gauge = (name: string, help: string, value: (status: ProjectionStatus) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['projection'],
        registers: [registry],
        collect: async function (this: Gauge<'projection'>) {
          this.reset();
          for (const status of await metrics.statuses()) this.set({ projection: status.name }, value(status));
        },
      });
    const metrics = this;
    gauge('ledger_projection_lag_events', 'Events recorded in the log that the projection has not applied yet', (s) => Number(s.positionsBehind));
    gauge('ledger_projection_lag_seconds', 'Age of the oldest event the projection has not applied yet (0 when caught up)', (s) => s.secondsBehind);
    gauge('ledger_projection_position', 'Global position of the last event the live projection applied', (s) => Number(s.position ?? 0));
    gauge('ledger_projection_failed', '1 when the projection stopped on an event it cannot apply (see /health)', (s) => (s.status === 'failed' ? 1 : 0));
  }

  private statuses(): Promise<ProjectionStatus[]> {
    this.pending ??= this.runner.status().finally(() => (this.pending = undefined));
    return this.pending;
  }
}
