import { Injectable } from '@nestjs/common';

export interface HealthReport {
  readonly status: 'up' | 'down';
  readonly [detail: string]: unknown;
}

export type HealthCheckFn = () => Promise<HealthReport>;

/**
 * Named checks that /health runs besides the event-store ping. Others register theirs at start, e.g. the
 * projection runner: `contributors.register('projections', async () => ({ status: 'up', lag: {...} }))`.
 * Any check answering `down` (or throwing) makes /health answer 503.
 */
@Injectable()
export class HealthContributors {
  private readonly checks = new Map<string, HealthCheckFn>();

  register(name: string, check: HealthCheckFn): void {
    if (name === 'eventStore') throw new Error('the name "eventStore" is taken by the built-in check');
    this.checks.set(name, check);
  }

  unregister(name: string): void {
    this.checks.delete(name);
  }

  entries(): [string, HealthCheckFn][] {
    return [...this.checks.entries()];
  }
}
