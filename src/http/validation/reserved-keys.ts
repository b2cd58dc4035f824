import { FieldError } from '../problem-details';

/**
 * Keys no DTO declares and that class-transformer skips instead of reporting (they name Object.prototype's own
 * members), so the whitelist would drop them silently. They are unknown fields like any other: refused, at any depth.
 */
const RESERVED_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** Walked with an explicit stack (no recursion), reporting in document order. */
export function reservedKeyErrors(value: unknown, path = ''): FieldError[] {
  const errors: FieldError[] = [];
  // A value still to walk, or a finding to report once everything before it in the document is reported.
  const stack: ({ node: unknown; at: string } | { error: FieldError })[] = [{ node: value, at: path }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('error' in item) {
      errors.push(item.error);
      continue;
    }
    const { node, at } = item;
    if (node === null || typeof node !== 'object') continue;
    const keys = Object.keys(node);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      const field = Array.isArray(node) ? `${at}[${key}]` : at ? `${at}.${key}` : key;
      if (!Array.isArray(node) && RESERVED_KEYS.has(key)) stack.push({ error: { field, message: `property ${key} should not exist` } });
      else stack.push({ node: (node as Record<string, unknown>)[key], at: field });
    }
  }
  return errors;
}
