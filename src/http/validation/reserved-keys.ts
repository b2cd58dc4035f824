import { FieldError } from '../problem-details';

/**
 * Keys no DTO declares and that class-transformer skips instead of reporting (they name Object.prototype's own
 * members), so the whitelist would drop them silently. They are unknown fields like any other: refused, at any depth.
 */
const RESERVED_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

export function reservedKeyErrors(value: unknown, path = ''): FieldError[] {
  if (value === null || typeof value !== 'object') return [];
  const errors: FieldError[] = [];
  for (const key of Object.keys(value)) {
    const field = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (!Array.isArray(value) && RESERVED_KEYS.has(key)) errors.push({ field, message: `property ${key} should not exist` });
    else errors.push(...reservedKeyErrors((value as Record<string, unknown>)[key], field));
  }
  return errors;
}
