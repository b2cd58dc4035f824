import { Role } from '../http/roles.decorator';

export type EventStoreConfig =
  | { readonly kind: 'sqlite'; readonly path: string; readonly synchronous: SqliteSynchronous }
  | { readonly kind: 'esdb'; readonly connectionString: string };

export type SqliteSynchronous = 'FULL' | 'NORMAL';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** An API key from configuration; only its hash is kept in memory. */
export interface ConfiguredApiKey {
  readonly role: Role;
  /** Recorded as the actor `key:<name>`. */
  readonly name: string;
  /** Hex sha256 of the bearer token. */
  readonly sha256: string;
}

/**
 * The validated configuration, injectable by this class. Built once at start by `loadConfig(env)`,
 * which refuses a wrong value with a message naming the setting.
 */
export class AppConfig {
  /** Absolute path of DATA_DIR. */
  readonly dataDir!: string;
  readonly port!: number;
  readonly eventStore!: EventStoreConfig;
  readonly readModelPath!: string;
  /** Keys given by API_KEYS_FILE / API_KEYS; undefined → keys generated into `generatedApiKeysFile`. */
  readonly configuredApiKeys?: readonly ConfiguredApiKey[];
  readonly generatedApiKeysFile!: string;
  readonly logLevel!: LogLevel;
  readonly rateLimitPerMinute!: number;
  /** body-parser limit, e.g. `100kb`. */
  readonly bodyLimit!: string;
  readonly clearancePolicyFile?: string;
  /** Browser sessions (`POST /session`): signed out after this many minutes without a request (SESSION_IDLE_MINUTES). */
  readonly sessionIdleMinutes!: number;
  /** Browser sessions: signed out this many hours after sign-in, however active (SESSION_ABSOLUTE_HOURS). */
  readonly sessionAbsoluteHours!: number;
  /** The daily expiry sweep's local time, `HH:MM` (SWEEP_AT); undefined when SWEEP_AT=off. */
  readonly sweepAt?: string;
  /** IANA time zone that SWEEP_AT and the scheduled sweep's "as of" date are read in (SWEEP_TIMEZONE). */
  readonly sweepTimezone!: string;
  /** Streams whose folded state the process keeps in memory, least recently used out first; 0 turns the cache off (FOLD_CACHE_STREAMS). */
  readonly foldCacheStreams!: number;
  /** A durable snapshot of a stream is taken each time a load folds past another multiple of this many events; 0: none (SNAPSHOT_EVERY). */
  readonly snapshotEvery!: number;
  /** At start, this many streams with the most recently taken snapshots are loaded into the fold cache in the background; 0: none (FOLD_CACHE_PREWARM). */
  readonly foldCachePrewarm!: number;

  constructor(values: AppConfig) {
    Object.assign(this, values);
    Object.freeze(this);
  }
}
