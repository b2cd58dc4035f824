import { FieldError } from '../problem-details';

export interface JsonChecks {
  /** A finding about a value (called for every value, objects and arrays included), or undefined. */
  readonly value?: (node: unknown, at: string) => FieldError | undefined;
  /** A finding about an object's key; a key with a finding is not walked into. */
  readonly key?: (key: string, field: string) => FieldError | undefined;
}

/**
 * Walks client JSON with an explicit stack (no recursion, whatever the depth) and reports the findings in
 * document order, each with the field's path (`a.b[2].c`).
 */
export function findInJson(value: unknown, checks: JsonChecks, path = ''): FieldError[] {
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
    const finding = checks.value?.(node, at);
    if (finding) errors.push(finding);
    if (node === null || typeof node !== 'object') continue;
    const keys = Object.keys(node);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      const field = Array.isArray(node) ? `${at}[${key}]` : at ? `${at}.${key}` : key;
      const keyFinding = Array.isArray(node) ? undefined : checks.key?.(key, field);
      if (keyFinding) stack.push({ error: keyFinding });
      else stack.push({ node: (node as Record<string, unknown>)[key], at: field });
    }
  }
  return errors;
}
