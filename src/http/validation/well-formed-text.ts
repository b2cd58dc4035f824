import { FieldError } from '../problem-details';
import { findInJson } from './json-findings';

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
  return findInJson(value, {
    value: (node, at) =>
      typeof node === 'string' && !isWellFormed(node)
        ? { field: at || '(body)', message: `${at || 'the body'} must be well-formed Unicode text (it holds a lone surrogate)` }
        : undefined,
    key: (key, field) =>
      isWellFormed(key) ? undefined : { field: toWellFormed(field), message: 'a field name must be well-formed Unicode text (it holds a lone surrogate)' },
  });
}
