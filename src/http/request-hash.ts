import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every depth, so the same body always hashes the same. Iterative (an explicit stack
 * of pending output), so no nesting depth can exhaust the call stack.
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  // Either a value still to write, or a literal piece of text (brackets, commas, keys) to emit as is.
  const pending: ({ value: unknown } | { text: string })[] = [{ value }];
  while (pending.length > 0) {
    const item = pending.pop()!;
    if ('text' in item) {
      out.push(item.text);
      continue;
    }
    const node = item.value;
    if (node === undefined) out.push('null');
    else if (node === null || typeof node !== 'object') out.push(JSON.stringify(node));
    else {
      const parts: ({ value: unknown } | { text: string })[] = [];
      if (Array.isArray(node)) {
        parts.push({ text: '[' });
        node.forEach((element: unknown, index) => parts.push(...(index > 0 ? [{ text: ',' }] : []), { value: element }));
        parts.push({ text: ']' });
      } else {
        const record = node as Record<string, unknown>;
        const keys = Object.keys(record).sort().filter((key) => record[key] !== undefined);
        parts.push({ text: '{' });
        keys.forEach((key, index) => parts.push({ text: `${index > 0 ? ',' : ''}${JSON.stringify(key)}:` }, { value: record[key] }));
        parts.push({ text: '}' });
      }
      for (let i = parts.length - 1; i >= 0; i--) pending.push(parts[i]);
    }
  }
  return out.join('');
}

/** Tells an honest retry (same request) from an Idempotency-Key reused for a different request. */
export function requestHash(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(`${method.toUpperCase()}\n${path}\n${canonicalJson(body)}`).digest('hex');
}
