import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * The app's own Prometheus registry (not prom-client's global one), so several apps in one process
 * (tests, CLI) never clash over metric names. Process metrics (CPU, memory, event loop) included.
 */
export class MetricsRegistry extends Registry {
  constructor() {
    super();
    collectDefaultMetrics({ register: this });
  }
}
