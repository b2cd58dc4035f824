import { FieldError } from '../problem-details';

/**
 * Strings (values and keys) that are not well-formed Unicode: a lone surrogate such as "\ud800", which JSON allows
 * as an escape. No field means one, UTF-8 cannot store one, and some validators throw on one (validator.js's isEmail
 * calls encodeURI) — so they are refused up front, at any depth, with the field's path. Iterative.
 */
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

export const isWellFormed = (text: string): boolean => !LONE_SURROGATE.test(text);
/** The text with each lone surrogate replaced by U+FFFD, as String.prototype.toWellFormed does (ES2024). */
export const toWellFormed = (text: string): string => text.replace(LONE_SURROGATES, '\ufffd');

export function malformedTextErrors(value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  // A value still to check, or a finding to report once everything before it in the document is reported.
  const stack: ({ node: unknown; at: string } | { error: FieldError })[] = [{ node: value, at: '' }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('error' in item) {
      errors.push(item.error);
      continue;
    }
    const { node, at } = item;
    if (typeof node === 'string') {
      if (!isWellFormed(node)) errors.push({ field: at || '(body)', message: `${at || 'the body'} must be well-formed Unicode text (it holds a lone surrogate)` });
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const keys = Object.keys(node);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      const field = Array.isArray(node) ? `${at}[${key}]` : at ? `${at}.${key}` : key;
      if (!isWellFormed(key)) stack.push({ error: { field: toWellFormed(field), message: 'a field name must be well-formed Unicode text (it holds a lone surrogate)' } });
      else stack.push({ node: (node as Record<string, unknown>)[key], at: field });
    }
  }
  return errors;
}
