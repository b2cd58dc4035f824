import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { ProjectionsModule } from '../projections/projections.module';
import { projectionSettings } from '../projections/projection-startup';

/** The server's modules (ProjectionsModule named too, in case AppModule does not list it): one wiring for server and CLI. */
@Module({ imports: [AppModule, ProjectionsModule] })
class LedgerCliModule {}

/**
 * Boots the app without HTTP for one CLI command and closes it afterwards. Projections are registered but
 * not run in the background: commands like `rebuild` and `verify` drive them in the foreground.
 */
export async function withLedger<T>(use: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  projectionSettings.runOnBootstrap = false;
  const app = await NestFactory.createApplicationContext(LedgerCliModule, { logger: ['error', 'warn'] });
  try {
    return await use(app);
  } finally {
    await app.close();
  }
}
