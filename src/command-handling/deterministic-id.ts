import { createHash } from 'node:crypto';

/** RFC 4122 version-5 (SHA-1, name-based) UUID: the same inputs always give the same id. */
export function deterministicUuid(namespace: string, ...parts: (string | number | bigint)[]): string {
  const hash = createHash('sha1').update(namespace).update('\u0000').update(parts.map(String).join('\u0000')).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id of the i-th event a command writes: retries of the command produce the same ids. */
export function eventIdFor(commandId: string, index: number): string {
  return deterministicUuid('event', commandId, index);
}
