import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { readFileSync } from 'node:fs';
import { AppModule } from '../app.module';
import { AppConfig } from '../config/app-config';
import { EventStore } from '../event-store';
import { configureHttpApp } from '../http/configure-http-app';
import { DemoSummary, fillDemoDistrict } from './fill-demo-district';
import { progressOn } from './demo-progress';

/*
 * `node dist/src/demo/demo-main.js`: fills DATA_DIR (default ./data) with the demo district. Boots the real app
 * in-process on 127.0.0.1 and a free port, and sends every command over HTTP as admin, so nothing skips
 * validation, auth or rules. Run it again: it writes nothing new.
 */
async function main(): Promise<void> {
  // This server is private to the demo: a rate limit meant for clients would only slow it down, and request logs would bury the progress.
  process.env.RATE_LIMIT_PER_MINUTE ??= '1000000';
  process.env.LOG_LEVEL ??= 'warn';
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, bufferLogs: true });
  configureHttpApp(app);
  await app.listen(0, '127.0.0.1');
  try {
    const store = app.get(EventStore);
    const eventsBefore = await countEvents(store);
    const summary = await fillDemoDistrict(await app.getUrl(), adminKey(app.get(AppConfig)), progressOn(process.stderr));
    const eventsAfter = await countEvents(store);
    process.stderr.write(report(summary, eventsBefore, eventsAfter, app.get(AppConfig).dataDir));
  } finally {
    await app.close();
  }
}

/** The generated admin key, or DEMO_ADMIN_KEY when keys are configured (API_KEYS / API_KEYS_FILE) and none was generated. */
function adminKey(config: AppConfig): string {
  if (process.env.DEMO_ADMIN_KEY) return process.env.DEMO_ADMIN_KEY;
  if (config.configuredApiKeys) throw new Error('API keys are configured (API_KEYS/API_KEYS_FILE): set DEMO_ADMIN_KEY to an admin key');
  const file = JSON.parse(readFileSync(config.generatedApiKeysFile, 'utf8')) as { keys: { role: string; token: string }[] };
  const admin = file.keys.find((key) => key.role === 'admin');
  if (!admin) throw new Error(`no admin key in ${config.generatedApiKeysFile}`);
  return admin.token;
}

async function countEvents(store: EventStore): Promise<number> {
  let count = 0;
  for await (const _ of store.readAll()) count++;
  return count;
}

function report(summary: DemoSummary, before: number, after: number, dataDir: string): string {
  const routes = Object.entries(summary.byRoute)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([route, c]) => `  ${route.padEnd(62)} ${String(c.recorded).padStart(5)} recorded ${String(c.repeated).padStart(5)} repeated${c.refusedAsExpected ? `  ${c.refusedAsExpected} refused on purpose` : ''}`);
  const d = summary.district;
  return [
    '',
    `Demo district in ${dataDir}: ${d.schools} schools, ${d.partners} partners, ${d.artists} teaching artists, ${d.partnerships} partnerships, ${d.pathways} pathways.`,
    `${summary.commands} commands: ${summary.recorded} recorded, ${summary.repeated} repeated (already there), ${summary.refusedAsExpected} refused on purpose.`,
    `Events in the store: ${before} before, ${after} after (${after - before} new, including automatic follow-ups; ${summary.expiriesSwept} expiries swept as of ${summary.rosterReviewDate}).`,
    ...routes,
    ...summary.refusals.map((r) => `Refused on purpose: ${r.route} ${r.path}: ${r.rule}: ${r.detail}`),
    `Try: GET /reports/clearance-roster?lea=eastside-usd&asOf=${summary.rosterReviewDate}&expiringWithinDays=30 · GET /partnerships/lincoln-theatre-literacy · GET /artists/nora-callahan/clearance-history`,
    '',
  ].join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`demo failed: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
