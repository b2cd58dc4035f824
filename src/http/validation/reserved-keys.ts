import { FieldError } from '../problem-details';
import { findInJson } from './json-findings';

/**
 * Keys no DTO declares and that class-transformer skips instead of reporting (they name Object.prototype's own
 * members), so the whitelist would drop them silently. They are unknown fields like any other: refused, at any depth.
 */
const RESERVED_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** At any depth, in document order. */
export function reservedKeyErrors(value: unknown, path = ''): FieldError[] {
  return findInJson(value, { key: (key, field) => (RESERVED_KEYS.has(key) ? { field, message: `property ${key} should not exist` } : undefined) }, path);
}
