import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { renameDurably } from '../files/durable-files';
import { ROLES } from '../http/roles.decorator';
import { ConfiguredApiKey } from '../config/app-config';
import { apiKeysFromFile } from '../config/configured-api-keys';

export interface GeneratedKeys {
  readonly keys: ConfiguredApiKey[];
  /** True when this start wrote the file (a first start). */
  readonly created: boolean;
  /** Set when the file is readable by others than its owner. */
  readonly warning?: string;
}

/**
 * On a first start with no keys configured: one random key per role (32 random bytes, base64url) written to
 * `path` with owner-only permissions; later starts reuse the file. Only hashes leave this function.
 */
export function loadOrGenerateApiKeys(path: string): GeneratedKeys {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (existsSync(path)) {
    const mode = statSync(path).mode & 0o777;
    const warning = (mode & 0o077) !== 0 ? `${path} is readable by others (mode ${mode.toString(8)}); run chmod 600 on it` : undefined;
    return { keys: apiKeysFromFile(path), created: false, warning };
  }
  // The data directory holds the keys: keep it owner-only as well.
  chmodSync(dir, 0o700);
  const keys = ROLES.map((role) => ({ role, name: role, token: randomBytes(32).toString('base64url') }));
  const content = JSON.stringify({ comment: 'Bearer tokens for the Partnership Ledger API, one per role. Keep secret.', keys }, null, 2);
  // Written under a temporary name then renamed, so a crash never leaves a half-written key file to be reused; on the
  // disk before the rename and the name after, so a crash of the machine does not bring back a start with new keys
  // once the operator has handed these out (src/files/durable-files.ts).
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${content}\n`, { mode: 0o600, flag: 'wx' });
  renameDurably(temporary, path);
  return { keys: apiKeysFromFile(path), created: true };
}
