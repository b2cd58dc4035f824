import { Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test, TestingModuleBuilder } from '@nestjs/testing';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import supertest from 'supertest';
import { AppModule } from '../../src/app.module';
import { Clock, SettableClock } from '../../src/clock/clock';
import { CONFIG_ENV } from '../../src/config/config.module';
import { EventStore } from '../../src/event-store';
import { configureHttpApp } from '../../src/http/configure-http-app';
import { Role } from '../../src/http/roles.decorator';
import { LOG_DESTINATION } from '../../src/observability/logging.module';

export interface TestAppOptions {
  /** Reuse a data directory (e.g. to restart on the same store). Default: a new temp dir, removed by close(). */
  readonly dataDir?: string;
  /** Default: a SettableClock at the current time. */
  readonly clock?: SettableClock;
  /** Settings as in production (see src/config/load-config.ts). Only these and the defaults below apply, never the shell's env. */
  readonly env?: Record<string, string>;
  /** Test-only controllers mounted beside the real ones. */
  readonly controllers?: Type<unknown>[];
  /** Receives the JSON log lines (default: none, LOG_LEVEL=silent unless env sets it). */
  readonly logStream?: Writable;
  /** Further overrides on the testing module. */
  readonly override?: (builder: TestingModuleBuilder) => TestingModuleBuilder;
}

export interface TestApp {
  readonly app: NestExpressApplication;
  /** supertest agent on the real listening server. */
  readonly http: supertest.Agent;
  /** One bearer token per role, read back from DATA_DIR/api-keys.json (empty when env configures keys). */
  readonly tokens: Record<Role, string>;
  readonly store: EventStore;
  readonly dataDir: string;
  readonly clock: SettableClock;
  close(): Promise<void>;
}

/** The real AppModule on a temp data dir with the embedded SQLite store, listening on a free port. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'ledger-test-'));
  const clock = options.clock ?? new SettableClock();
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    LOG_LEVEL: options.logStream ? 'info' : 'silent',
    // Property tests send thousands of requests; the rate limit itself is tested with a low explicit value.
    RATE_LIMIT_PER_MINUTE: '100000000',
    SWEEP_AT: 'off', // no daily expiry sweep (nor its catch-up at start) unless a test turns it on
    ...options.env,
  };
  try {
    let builder = Test.createTestingModule({ imports: [AppModule], controllers: options.controllers ?? [] })
      .overrideProvider(CONFIG_ENV)
      .useValue(env)
      .overrideProvider(Clock)
      .useValue(clock);
    if (options.logStream) builder = builder.overrideProvider(LOG_DESTINATION).useValue(options.logStream);
    if (options.override) builder = options.override(builder);
    const moduleRef = await builder.compile();
    const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, bufferLogs: true });
    configureHttpApp(app);
    await app.listen(0, '127.0.0.1');
    return {
      app,
      http: supertest.agent(app.getHttpServer()),
      tokens: readGeneratedTokens(dataDir, env),
      store: app.get(EventStore),
      dataDir,
      clock,
      async close() {
        await app.close();
        if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

function readGeneratedTokens(dataDir: string, env: Record<string, string>): Record<Role, string> {
  if (env.API_KEYS_FILE || env.API_KEYS) return {} as Record<Role, string>;
  const file = JSON.parse(readFileSync(join(dataDir, 'api-keys.json'), 'utf8')) as { keys: { role: Role; token: string }[] };
  return Object.fromEntries(file.keys.map((key) => [key.role, key.token])) as Record<Role, string>;
}
