import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, Optional } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { HealthContributors } from '../health/health-contributors';
import { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { isProjectionProvider } from './provide-projection';

/** Whether the app runs projections: the server does; the CLI turns it off to run `rebuild`/`verify` itself. */
export const projectionSettings = { runOnBootstrap: true };

/**
 * Registers every provider listed with `provideProjection(...)` in any module, starts the runner once the
 * whole app is up, stops it before the databases close, and reports lag and failures to /health.
 */
@Injectable()
export class ProjectionStartup implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Projections');

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    @Optional() private readonly health?: HealthContributors,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const projections = this.discovery
      .getProviders()
      .filter((wrapper) => wrapper.instance && (isProjectionProvider(wrapper.metatype) || isProjectionProvider(wrapper.instance.constructor)))
      .map((wrapper) => wrapper.instance as Projection);
    const known = new Set(this.runner.registered());
    this.runner.register(...[...new Set(projections)].filter((projection) => !known.has(projection)));
    this.health?.register('projections', async () => {
      const statuses = await this.runner.status();
      const failed = statuses.filter((status) => status.status === 'failed');
      return { status: failed.length > 0 ? 'down' : 'up', projections: statuses };
    });
    if (projectionSettings.runOnBootstrap) {
      await this.runner.start();
      this.logger.log(`running ${this.runner.registered().map((p) => p.name).join(', ') || 'no projections'}`);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.runner.stop();
  }
}
