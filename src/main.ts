import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';
import { ConfigError } from './config/config-error';
import { loadConfig } from './config/load-config';
import { configureHttpApp } from './http/configure-http-app';

async function main(): Promise<void> {
  // Validated before Nest starts, so a wrong setting stops the start with one clear line (AppModule validates it again).
  const config = loadConfig(process.env);
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, bufferLogs: true });
  configureHttpApp(app);
  app.enableShutdownHooks();
  await app.listen(config.port);
  const actual = app.get(AppConfig);
  const store = actual.eventStore.kind === 'esdb' ? 'EventStoreDB' : `embedded SQLite (${actual.eventStore.path})`;
  process.stdout.write(
    `Partnership Ledger listening on port ${actual.port}; event store: ${store}; ` +
      `API keys: ${actual.configuredApiKeys ? 'from API_KEYS_FILE/API_KEYS' : actual.generatedApiKeysFile}; docs: /docs\n`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Partnership Ledger failed to start: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
});
