import { Controller, Get, Inject, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckResult, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { MeasuredEventStore } from '../observability/measured-event-store';
import { EventStore } from '../event-store';
import { HealthContributors } from './health-contributors';

const CHECK_TIMEOUT_MS = 3000;

/** Liveness and readiness: the event store answers, and every registered contributor (projection lag…) is up. */
@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(EventStore) private readonly store: EventStore,
    private readonly contributors: HealthContributors,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Health of the event store and projections (no token needed)' })
  @ApiResponse({ status: 200, description: 'Everything is up' })
  @ApiResponse({ status: 503, description: 'Something is down; the body says what' })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        () => this.run('eventStore', async () => {
          await this.store.ping();
          return { status: 'up', adapter: adapterName(this.store) };
        }),
        ...this.contributors.entries().map(([name, check]) => () => this.run(name, check)),
      ]);
    } catch (error) {
      // Terminus signals "down" with a 503 carrying the full report: answer it as is, not as a problem document.
      if (error instanceof ServiceUnavailableException) {
        response.status(503);
        return error.getResponse() as HealthCheckResult;
      }
      throw error;
    }
  }

  private async run(name: string, check: () => Promise<{ status: 'up' | 'down'; [detail: string]: unknown }>) {
    const indicator = this.indicators.check(name);
    try {
      const { status, ...details } = await withTimeout(check(), CHECK_TIMEOUT_MS);
      return status === 'up' ? indicator.up(details) : indicator.down(details);
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The adapter's class name, seen through the metrics decorator. */
function adapterName(store: EventStore): string {
  return store instanceof MeasuredEventStore ? store.adapter.constructor.name : store.constructor.name;
}
