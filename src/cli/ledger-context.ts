import { ConsoleLogger, INestApplicationContext, LogLevel, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { ProjectionsModule } from '../projections/projections.module';
import { projectionSettings } from '../projections/projection-startup';
import { followUpSettings } from '../partnerships/follow-ups/assignment-follow-ups';
import { sweepScheduleSettings } from '../compliance/schedule/expiry-sweep-scheduler';

/** The server's modules (ProjectionsModule named too, in case AppModule does not list it): one wiring for server and CLI. */
@Module({ imports: [AppModule, ProjectionsModule] })
class LedgerCliModule {}

/** The app's log lines on stderr: a command's stdout is its answer (JSON, CSV), which a warning must not break. */
class StderrLogger extends ConsoleLogger {
  protected override printMessages(messages: unknown[], context?: string, logLevel?: LogLevel, _stream?: 'stdout' | 'stderr', errorStack?: unknown): void {
    super.printMessages(messages, context, logLevel, 'stderr', errorStack);
  }
}

/**
 * Boots the app without HTTP for one CLI command and closes it afterwards. Projections are registered but
 * not run in the background: commands like `rebuild` and `verify` drive them in the foreground. The rule 3
 * follow-ups do not run either, so a reading command never writes; a command that records events the
 * follow-ups react to (`sweep`) starts them itself and waits for them. Nor does the daily sweep schedule.
 */
export async function withLedger<T>(use: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  projectionSettings.runOnBootstrap = false;
  followUpSettings.runOnBootstrap = false;
  sweepScheduleSettings.runOnBootstrap = false;
  const app = await NestFactory.createApplicationContext(LedgerCliModule, { logger: new StderrLogger({ logLevels: ['error', 'warn'] }) });
  try {
    return await use(app);
  } finally {
    await app.close();
  }
}
