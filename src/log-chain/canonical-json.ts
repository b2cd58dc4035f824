/**
 * Canonical JSON: the one encoding of a JSON value the log's hashes are computed over, whoever wrote the value and
 * however its keys were ordered. Object keys sorted by UTF-16 code unit (JavaScript's default sort), no whitespace,
 * strings and numbers exactly as JSON.stringify writes them (numbers: shortest round-trip form, -0 as 0), `undefined`
 * object members left out and `undefined` array items written as null (as JSON.stringify does).
 *
 * Iterative, with an explicit stack: event data may nest deeper than the call stack allows (the HTTP layer limits
 * bodies to depth 64, but the store's own callers are not bound by that), and a hash must never fail on a value the
 * store accepted.
 */
class Literal {
  constructor(readonly text: string) {}
}

const OPEN_ARRAY = new Literal('[');
const CLOSE_ARRAY = new Literal(']');
const OPEN_OBJECT = new Literal('{');
const CLOSE_OBJECT = new Literal('}');
const COMMA = new Literal(',');

export function canonicalJson(value: unknown): string {
  // Flat values (the common case for most members) are written without going through the stack.
  const flat = flatJson(value);
  if (flat !== undefined) return flat;
  let out = '';
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item instanceof Literal) {
      out += item.text;
      continue;
    }
    const text = flatJson(item);
    if (text !== undefined) {
      out += text;
      continue;
    }
    if (Array.isArray(item)) {
      stack.push(CLOSE_ARRAY);
      for (let i = item.length - 1; i >= 0; i--) {
        stack.push(item[i] === undefined ? null : item[i]);
        if (i > 0) stack.push(COMMA);
      }
      stack.push(OPEN_ARRAY);
      continue;
    }
    const object = item as Record<string, unknown>;
    const keys = Object.keys(object)
      .filter((key) => object[key] !== undefined)
      .sort();
    stack.push(CLOSE_OBJECT);
    for (let i = keys.length - 1; i >= 0; i--) {
      stack.push(object[keys[i]]);
      stack.push(new Literal(`${i > 0 ? ',' : ''}${JSON.stringify(keys[i])}:`));
    }
    stack.push(OPEN_OBJECT);
  }
  return out;
}

/** The encoding of a value that holds no other value; undefined for arrays and objects. */
function flatJson(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonical JSON has no encoding for ${value}`);
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return value === null ? 'null' : undefined;
    default:
      throw new TypeError(`canonical JSON has no encoding for a ${typeof value}`);
  }
}
