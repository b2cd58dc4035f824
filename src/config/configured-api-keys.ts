import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isRole, ROLES } from '../http/roles.decorator';
import { ConfiguredApiKey } from './app-config';
import { ConfigError } from './config-error';

const MIN_TOKEN_LENGTH = 32;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const NAME = /^[A-Za-z0-9._-]{1,64}$/;

export function sha256Hex(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * API_KEYS_FILE: JSON `{ "keys": [{ "role": "compliance", "name": "compliance-1", "token": "…" }] }`
 * (the same shape the server writes on a first start); `"sha256": "<hex>"` may replace `"token"`
 * so the file need not hold the secret. Error messages never quote a token.
 */
export function apiKeysFromFile(path: string): ConfiguredApiKey[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'not valid JSON';
    throw new ConfigError('API_KEYS_FILE', `must name a readable JSON file of API keys (${reason}: ${path})`);
  }
  const keys = (parsed as { keys?: unknown })?.keys;
  if (!Array.isArray(keys)) throw new ConfigError('API_KEYS_FILE', 'must hold { "keys": [{ "role", "name", "token" | "sha256" }] }');
  return keys.map((entry: unknown, index) => {
    const { role, name, token, sha256 } = (entry ?? {}) as Record<string, unknown>;
    const where = `keys[${index}]`;
    if (!isRole(role)) throw new ConfigError('API_KEYS_FILE', `${where}.role must be one of ${ROLES.join(', ')}`);
    const keyName = name === undefined ? role : name;
    if (typeof keyName !== 'string' || !NAME.test(keyName)) throw new ConfigError('API_KEYS_FILE', `${where}.name must match ${NAME}`);
    if (typeof sha256 === 'string' && token === undefined) {
      if (!SHA256_HEX.test(sha256)) throw new ConfigError('API_KEYS_FILE', `${where}.sha256 must be 64 lowercase hex digits`);
      return { role, name: keyName, sha256 };
    }
    if (typeof token !== 'string' || token.length < MIN_TOKEN_LENGTH) {
      throw new ConfigError('API_KEYS_FILE', `${where}.token must be a string of at least ${MIN_TOKEN_LENGTH} characters (or give sha256 instead)`);
    }
    return { role, name: keyName, sha256: sha256Hex(token) };
  });
}

/** API_KEYS: comma-separated `role:token` or `role:name:token`. */
export function apiKeysFromList(list: string): ConfiguredApiKey[] {
  return list
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
    .map((item, index) => {
      const parts = item.split(':');
      const [role, name, token] = parts.length === 2 ? [parts[0], parts[0], parts[1]] : parts;
      const accepted = `entries must be role:token or role:name:token with role one of ${ROLES.join(', ')} and a token of at least ${MIN_TOKEN_LENGTH} characters (entry ${index + 1} is not)`;
      if (parts.length < 2 || parts.length > 3 || !isRole(role) || !NAME.test(name) || token.length < MIN_TOKEN_LENGTH) {
        throw new ConfigError('API_KEYS', accepted);
      }
      return { role, name, sha256: sha256Hex(token) };
    });
}

export function checkNoSharedTokens(keys: readonly ConfiguredApiKey[], setting: string): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key.sha256)) throw new ConfigError(setting, 'must not give the same token twice (each key maps to one role)');
    seen.add(key.sha256);
  }
}
