import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppConfig, ConfiguredApiKey, EventStoreConfig, LogLevel, SqliteSynchronous } from './app-config';
import { ConfigError } from './config-error';
import { apiKeysFromFile, apiKeysFromList, checkNoSharedTokens } from './configured-api-keys';

export type Env = Readonly<Record<string, string | undefined>>;

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const BODY_LIMIT = /^(\d{1,5})(b|kb|mb)$/i;
const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Reads and validates every setting; throws ConfigError naming the first wrong one. Pure apart from reading key/policy files. */
export function loadConfig(env: Env): AppConfig {
  const dataDir = resolve(setting(env, 'DATA_DIR') ?? './data');
  const synchronous = oneOf(env, 'SQLITE_SYNCHRONOUS', ['FULL', 'NORMAL'] as const, 'FULL') as SqliteSynchronous;
  return new AppConfig({
    dataDir,
    port: integer(env, 'PORT', 3000, 1, 65535),
    eventStore: eventStoreConfig(env, dataDir, synchronous),
    readModelPath: join(dataDir, 'read-models.sqlite'),
    configuredApiKeys: configuredApiKeys(env),
    generatedApiKeysFile: join(dataDir, 'api-keys.json'),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info') as LogLevel,
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 600, 1, 1_000_000_000),
    bodyLimit: bodyLimit(env),
    clearancePolicyFile: existingFile(env, 'CLEARANCE_POLICY_FILE'),
    sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 30, 1, 1440),
    sessionAbsoluteHours: integer(env, 'SESSION_ABSOLUTE_HOURS', 12, 1, 168),
    sweepAt: sweepAt(env),
    sweepTimezone: timeZone(env, 'SWEEP_TIMEZONE', 'America/Los_Angeles'),
    foldCacheStreams: integer(env, 'FOLD_CACHE_STREAMS', 1000, 0, 10_000_000),
    snapshotEvery: integer(env, 'SNAPSHOT_EVERY', 500, 0, 100_000_000),
    foldCachePrewarm: integer(env, 'FOLD_CACHE_PREWARM', 0, 0, 10_000_000),
  });
}

function setting(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function eventStoreConfig(env: Env, dataDir: string, synchronous: SqliteSynchronous): EventStoreConfig {
  const url = setting(env, 'EVENT_STORE_URL');
  if (url === undefined) return { kind: 'sqlite', path: join(dataDir, 'events.sqlite'), synchronous };
  // The value is not echoed: a connection string may carry credentials.
  if (!/^esdb(\+discover)?:\/\/[^\s]+$/.test(url)) {
    throw new ConfigError('EVENT_STORE_URL', 'must be an EventStoreDB connection string (esdb://host:2113?tls=false), or unset for the embedded SQLite store');
  }
  return { kind: 'esdb', connectionString: url };
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = setting(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, accepted: readonly T[], fallback: T): T {
  const raw = setting(env, name);
  if (raw === undefined) return fallback;
  const match = accepted.find((candidate) => candidate.toLowerCase() === raw.toLowerCase());
  if (!match) throw new ConfigError(name, `must be one of ${accepted.join(', ')} (got "${raw}")`);
  return match;
}

function bodyLimit(env: Env): string {
  const raw = setting(env, 'BODY_LIMIT') ?? '100kb';
  const match = BODY_LIMIT.exec(raw);
  const unit = match?.[2].toLowerCase();
  const bytes = match ? Number(match[1]) * (unit === 'mb' ? 1024 * 1024 : unit === 'kb' ? 1024 : 1) : NaN;
  if (!match || bytes < 1 || bytes > MAX_BODY_BYTES) {
    throw new ConfigError('BODY_LIMIT', `must be a size such as 100kb or 1mb (units b, kb, mb; at most 10mb) (got "${raw}")`);
  }
  return raw.toLowerCase();
}

function configuredApiKeys(env: Env): ConfiguredApiKey[] | undefined {
  const file = setting(env, 'API_KEYS_FILE');
  const list = setting(env, 'API_KEYS');
  if (file === undefined && list === undefined) return undefined;
  const keys = [...(file ? apiKeysFromFile(resolve(file)) : []), ...(list ? apiKeysFromList(list) : [])];
  const source = file ? 'API_KEYS_FILE' : 'API_KEYS';
  if (keys.length === 0) throw new ConfigError(source, 'must give at least one key');
  checkNoSharedTokens(keys, source);
  return keys;
}

/** SWEEP_AT: `HH:MM` (24-hour, local to SWEEP_TIMEZONE), or `off` for no scheduled sweep. */
function sweepAt(env: Env): string | undefined {
  const raw = setting(env, 'SWEEP_AT') ?? '02:00';
  if (raw.toLowerCase() === 'off') return undefined;
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(raw);
  if (!match) throw new ConfigError('SWEEP_AT', `must be a local time HH:MM from 00:00 to 23:59, or off (got "${raw}")`);
  return `${match[1].padStart(2, '0')}:${match[2]}`;
}

/** An IANA time zone name the runtime knows, e.g. America/Los_Angeles or UTC. */
function timeZone(env: Env, name: string, fallback: string): string {
  const raw = setting(env, name) ?? fallback;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: raw }).resolvedOptions().timeZone;
  } catch {
    throw new ConfigError(name, `must be an IANA time zone such as America/Los_Angeles or UTC (got "${raw}")`);
  }
}

function existingFile(env: Env, name: string): string | undefined {
  const raw = setting(env, name);
  if (raw === undefined) return undefined;
  const path = resolve(raw);
  if (!existsSync(path) || !statSync(path).isFile()) throw new ConfigError(name, `must name an existing file (not found: ${path})`);
  return path;
}
