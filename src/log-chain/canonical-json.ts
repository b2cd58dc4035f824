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
  const shallow = shallowCanonical(value);
  if (shallow !== undefined) return shallow;
  const keys = sortedKeysOf(value);
  if (keys !== undefined) {
    try {
      // JSON.stringify with a property list writes every object's members in the list's order: with every key of the
      // value, sorted, that is the canonical form, written natively (several times faster than the walk below).
      return JSON.stringify(value, keys);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      // Nested deeper than the native writer's stack: the iterative walk below.
    }
  }
  return canonicalWalk(value);
}

/**
 * The common case, an object whose members are all strings, finite numbers, booleans or null (most event metadata
 * and much event data): its keys sorted, no walk. Undefined for anything else.
 */
function shallowCanonical(value: unknown): string | undefined {
  if (Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object);
  let sorted = true;
  for (let i = 0; i < keys.length; i++) {
    const member = object[keys[i]];
    if (member !== null && typeof member !== 'string' && typeof member !== 'boolean' && (typeof member !== 'number' || !Number.isFinite(member))) return undefined;
    if (i > 0 && keys[i - 1] > keys[i]) sorted = false;
    if (keys[i] === '__proto__') return undefined;
  }
  if (sorted) return JSON.stringify(object);
  keys.sort();
  // A copy with its members inserted in sorted order, written by JSON.stringify's fast path (a property list takes
  // its slow one). Integer-like keys would be put first by the engine whatever the insertion order: not here.
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    if (isIndexLike(key)) return JSON.stringify(object, keys);
    copy[key] = object[key];
  }
  return JSON.stringify(copy);
}

function isIndexLike(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && /^(?:0|[1-9]\d*)$/.test(key);
}

/**
 * Every object key in `value`, sorted; undefined when the native path cannot be used: a key `__proto__` (a
 * property list would read every object's prototype through it), or a value JSON has no canonical form for.
 */
function sortedKeysOf(value: unknown): string[] | undefined {
  const keys = new Set<string>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== 'object') {
      if (typeof item === 'number' && !Number.isFinite(item)) return undefined;
      if (typeof item === 'bigint' || typeof item === 'function' || typeof item === 'symbol') return undefined;
      continue;
    }
    if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) stack.push(item[i]);
      continue;
    }
    if (typeof (item as { toJSON?: unknown }).toJSON === 'function') return undefined;
    for (const key of Object.keys(item)) {
      if (key === '__proto__') return undefined;
      keys.add(key);
      stack.push((item as Record<string, unknown>)[key]);
    }
  }
  return [...keys].sort();
}

/** The canonical form written by walking the value with an explicit stack: any depth, any key. */
function canonicalWalk(value: unknown): string {
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
