import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppModule } from '../app.module';
import { sweepScheduleSettings } from '../compliance/schedule/expiry-sweep-scheduler';
import { AppConfig } from '../config/app-config';
import { progressOn } from '../demo/demo-progress';
import { fillDemoDistrict } from '../demo/fill-demo-district';
import { EventStore } from '../event-store';
import { configureHttpApp } from '../http/configure-http-app';
import { CliCommand } from './cli-command';
import { UsageError } from './cli-errors';

/**
 * `ledger demo [--data-dir <dir>]` (`npm run demo`): fills the data directory with the demo district. It boots
 * the real app on 127.0.0.1 and a free port (projections and follow-ups running) and sends every command over
 * HTTP as admin, so validation, auth and every rule apply. Running it again writes nothing.
 */
export const demoCommand: CliCommand = {
  register(program) {
    program
      .command('demo')
      .description('fill the data directory with the demo district, over HTTP through the real app (a second run writes nothing)')
      .option('--data-dir <dir>', 'the data directory to fill (default: DATA_DIR, else ./data)')
      .action(async (options: { dataDir?: string }) => {
        if (options.dataDir !== undefined) {
          if (options.dataDir.trim() === '') throw new UsageError('--data-dir needs a directory');
          process.env.DATA_DIR = resolve(options.dataDir);
        }
        // This server is private to the demo: a client rate limit would only slow it down, request logs would bury the progress.
        process.env.RATE_LIMIT_PER_MINUTE ??= '1000000';
        process.env.LOG_LEVEL ??= 'warn';
        // The demo sweeps as of its own review date; the daily schedule (and its catch-up as of today) stays off.
        sweepScheduleSettings.runOnBootstrap = false;
        const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, bufferLogs: true });
        configureHttpApp(app);
        await app.listen(0, '127.0.0.1');
        try {
          const config = app.get(AppConfig);
          const store = app.get(EventStore);
          const before = (await store.headPosition())?.toString() ?? "empty";
          const summary = await fillDemoDistrict(await app.getUrl(), adminKey(config), progressOn(process.stderr));
          const after = (await store.headPosition())?.toString() ?? "empty";
          const d = summary.district;
          process.stdout.write(
            [
              `Demo district in ${config.dataDir}: ${d.schools} schools, ${d.partners} partners, ${d.artists} teaching artists, ${d.partnerships} partnerships, ${d.pathways} pathways.`,
              `${summary.commands} commands: ${summary.recorded} recorded, ${summary.repeated} repeated (already there), ${summary.refusedAsExpected} refused on purpose.`,
              `Log head: position ${before} before, ${after} after; ${summary.expiriesSwept} expiries swept as of ${summary.rosterReviewDate}.`,
              `Try: npx ledger export clearance-roster --format csv --as-of ${summary.rosterReviewDate} · npx ledger verify · npx ledger replay partnership-lincoln-theatre-literacy · npm start`,
              '',
            ].join('\n'),
          );
        } finally {
          await app.close();
        }
      });
  },
};

/** The generated admin key, or DEMO_ADMIN_KEY when keys are configured (API_KEYS / API_KEYS_FILE). */
function adminKey(config: AppConfig): string {
  if (process.env.DEMO_ADMIN_KEY) return process.env.DEMO_ADMIN_KEY;
  if (config.configuredApiKeys) throw new UsageError('API keys are configured (API_KEYS/API_KEYS_FILE): set DEMO_ADMIN_KEY to an admin key');
  const file = JSON.parse(readFileSync(config.generatedApiKeysFile, 'utf8')) as { keys: { role: string; token: string }[] };
  const admin = file.keys.find((key) => key.role === 'admin');
  if (!admin) throw new Error(`no admin key in ${config.generatedApiKeysFile}`);
  return admin.token;
}
