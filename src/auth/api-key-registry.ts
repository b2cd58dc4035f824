import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppConfig, ConfiguredApiKey } from '../config/app-config';
import { loadOrGenerateApiKeys } from './generated-api-keys';
import { Principal } from './principal';

/** Knows the hashes of the valid API keys and which principal each one is. */
@Injectable()
export class ApiKeyRegistry implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');
  private readonly keys: readonly { readonly hash: Buffer; readonly principal: Principal }[];
  // Said once the app's logger is in place (constructors run before it is), so the message reaches the JSON log.
  private readonly startMessages: { level: 'log' | 'warn'; text: string }[] = [];

  constructor(config: AppConfig) {
    const configured = config.configuredApiKeys ?? this.generatedKeys(config.generatedApiKeysFile);
    this.keys = configured.map((key: ConfiguredApiKey) => ({
      hash: Buffer.from(key.sha256, 'hex'),
      principal: { role: key.role, actor: `key:${key.name}` },
    }));
  }

  onApplicationBootstrap(): void {
    for (const { level, text } of this.startMessages) this.logger[level](text);
  }

  /** The principal of a bearer token, or undefined. Compares every key in constant time, so timing reveals nothing. */
  authenticate(token: string): Principal | undefined {
    const presented = createHash('sha256').update(token, 'utf8').digest();
    let found: Principal | undefined;
    for (const key of this.keys) {
      if (timingSafeEqual(presented, key.hash) && found === undefined) found = key.principal;
    }
    return found;
  }

  private generatedKeys(path: string): ConfiguredApiKey[] {
    const { keys, created, warning } = loadOrGenerateApiKeys(path);
    this.startMessages.push({
      level: 'log',
      text: created ? `First start: generated one API key per role in ${path} (owner-only). Use them as Bearer tokens.` : `Using the API keys in ${path}`,
    });
    if (warning) this.startMessages.push({ level: 'warn', text: warning });
    return keys;
  }
}
