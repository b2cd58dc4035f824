import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../app.module';
import { buildOpenApiDocument } from './openapi';

/**
 * Prints the OpenAPI document (the same one /docs-json serves) without serving anything: the source the console's
 * typed client is generated from (`npm run api:generate`). Boots the app on a scratch data directory, never ./data.
 */
async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-openapi-'));
  Object.assign(process.env, { DATA_DIR: dataDir, LOG_LEVEL: 'silent', EVENT_STORE_URL: ''});
  try {
    const app = await NestFactory.create(AppModule, { logger: ['error'], bodyParser: false, abortOnError: false });
    process.stdout.write(`${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`);
    await app.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
