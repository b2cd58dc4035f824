import fc from 'fast-check';
import { toWellFormed } from '../../src/http/validation/well-formed-text';

/*
 * Requests made from the app's own OpenAPI document (GET /docs-json): for a command route, its request-body schema
 * walked beside a valid body, and every place in it mutated — wrong type, array↔object swap, null, deep nesting, huge
 * strings and arrays, unknown and prototype keys, odd Unicode, bad dates, missing required fields — plus whole-body
 * damage (not an object, truncated JSON, non-JSON media types, bytes that are not UTF-8) and hostile headers and
 * query strings. For a read route, its documented query parameters get the same treatment. No hand-written list of
 * bad bodies: a new field or route is fuzzed as soon as the document describes it.
 */

export interface Schema {
  readonly type?: string;
  readonly properties?: Record<string, Schema>;
  readonly required?: readonly string[];
  readonly items?: Schema;
  readonly nullable?: boolean;
  readonly enum?: readonly unknown[];
  readonly $ref?: string;
  readonly allOf?: readonly Schema[];
}

export interface OpenApiDocument {
  readonly paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> }; parameters?: { name: string; in: string }[] }>>;
  readonly components?: { schemas?: Record<string, Schema> };
}

/** What the answer must be besides "not 5xx, a 4xx is problem+json and writes nothing". */
export type Expectation = 'refused-as-invalid' | 'unsupported-media-type' | 'any';

export interface FuzzRequest {
  readonly kind: string;
  readonly method: 'POST' | 'GET';
  /** Path and query string. */
  readonly url: string;
  readonly contentType?: string;
  readonly body?: string | Uint8Array;
  readonly headers: Record<string, string>;
  readonly expect: Expectation;
}

type Path = readonly (string | number)[];

interface Slot {
  readonly path: Path;
  readonly schema: Schema;
  readonly value: unknown;
  readonly required: boolean;
}

export function resolve(doc: OpenApiDocument, schema: Schema | undefined): Schema {
  let current: Schema = schema ?? {};
  for (let guard = 0; guard < 20; guard++) {
    if (current.$ref) {
      const name = current.$ref.replace('#/components/schemas/', '');
      current = { ...(doc.components?.schemas?.[name] ?? {}), ...(current.nullable ? { nullable: true } : {}) };
    } else if (current.allOf && current.allOf.length === 1) {
      const { allOf, ...rest } = current;
      current = { ...rest, ...allOf[0] };
    } else break;
  }
  return current;
}

export function requestBodySchema(doc: OpenApiDocument, path: string): Schema {
  return resolve(doc, doc.paths[path]?.post?.requestBody?.content?.['application/json']?.schema);
}

const jsonType = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
const schemaType = (schema: Schema, value: unknown): string => (schema.type === 'integer' ? 'number' : schema.type ?? jsonType(value));

/** Every place of the valid body with its schema: the root, each property, each element (the first three). */
function slotsOf(doc: OpenApiDocument, body: unknown, rootSchema: Schema): Slot[] {
  const slots: Slot[] = [];
  const stack: Slot[] = [{ path: [], schema: rootSchema, value: body, required: true }];
  while (stack.length > 0) {
    const slot = stack.pop()!;
    slots.push(slot);
    const { value, schema, path } = slot;
    if (Array.isArray(value)) {
      const items = resolve(doc, schema.items);
      value.slice(0, 3).forEach((element, index) => stack.push({ path: [...path, index], schema: items, value: element, required: true }));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        stack.push({ path: [...path, key], schema: resolve(doc, schema.properties?.[key]), value: child, required: (schema.required ?? []).includes(key) });
      }
    }
  }
  return slots;
}

/** A copy of `body` with `value` at `path` (own enumerable property even for `__proto__`); undefined deletes it. */
export function setAt(body: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy: unknown = structuredClone(body);
  let parent = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === undefined) delete parent[last];
  else Object.defineProperty(parent, last, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const show = (path: Path) => path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('').replace(/^\./, '') || '(body)';

/** Keys no DTO declares, among them those that reach Object.prototype if anything copies them naively. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'isAdmin', 'actor', 'role', 'revision', 'streamId', 'recordedAt', '', ' ', '$where', 'a.b', '0'];

const ODD_STRINGS = [
  '\u0000', 'a\u0000b', '\ud800', '\udfff', 'x\ud83d', '\u202eevil', '\u200b', '\ufeffid', 'e\u0301', '\u0301', 'ﬁ', 'İ', 'ß', '\u2028\u2029', '😀'.repeat(50),
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '\t', '\r\n', '..', '../../etc/passwd', '%00', '${x}', '<script>', '=1+1', 'null', 'NaN', '-0', '1e999', '０１２', '\\u0000',
];

const BAD_DATES = ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-1-5', '2026/01/05', '2026-01-05T00:00:00Z', ' 2026-01-05', '', '２０２６-01-05', '9999999-01-01', '+002026-01-05'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A JSON value whose type differs from `type` and is not null. */
function otherThan(type: string): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.string({ maxLength: 20 }), fc.constantFrom('1', 'true', '2026-09-01'),
    fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
  ).filter((value) => jsonType(value) !== type);
}

/**
 * A deep value stands in the body as a placeholder string and is written out as text after JSON.stringify (which,
 * like any recursive walk, would overflow the stack on the deepest ones).
 */
const nested = (depth: number, asArrays: boolean) => `\u0001deep:${depth}:${asArrays ? 'arrays' : 'objects'}\u0001`;
const DEEP_PLACEHOLDER = /"\\u0001deep:(\d+):(arrays|objects)\\u0001"/g;

function withDeepValues(text: string): string {
  return text.replace(DEEP_PLACEHOLDER, (_m, depth: string, shape: string) =>
    shape === 'arrays' ? `${'['.repeat(Number(depth))}${']'.repeat(Number(depth))}` : `${'{"a":'.repeat(Number(depth) - 1)}{}${'}'.repeat(Number(depth) - 1)}`);
}

const DEPTHS = fc.oneof(fc.integer({ min: 2, max: 70 }), fc.constantFrom(63, 64, 65, 66), fc.integer({ min: 100, max: 6_000 }));

/** Header values a client can send (printable ASCII or Latin-1, no CR/LF), hostile ones first. */
const headerText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', ' ', '*', '"', 'W/', '""', '-1', '0', '00', '1e3', '18446744073709551616', '"1", "2"', 'null', 'undefined', '__proto__', 'é', 'ÿ'.repeat(300), 'x'.repeat(5_000)),
).filter((value) => /^[\x20-\x7e\x80-\xff]*$/.test(value));

const acceptValues = fc.constantFrom('application/json', 'application/problem+json', 'text/csv', 'text/html', 'application/xml', '*/*', 'text/*', 'application/json;q=0', 'image/png', ';;;', 'application/json, text/csv;q=0.5', '');

/** Hostile headers: If-Match (valid revisions too), Idempotency-Key, Accept, X-Correlation-Id. */
export const hostileHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    'If-Match': fc.oneof(fc.nat({ max: 100_000 }).map(String), fc.nat({ max: 50 }).map((n) => `"${n}"`), fc.nat({ max: 50 }).map((n) => `W/"${n}"`), headerText),
    'Idempotency-Key': fc.oneof(fc.uuid(), fc.constantFrom('k-1', 'k-2'), headerText),
    Accept: fc.oneof(acceptValues, headerText),
    'X-Correlation-Id': headerText,
  },
  { requiredKeys: [] },
).map((headers) => Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string')));

/** Query strings no command route declares (and read routes see as unknown or malformed parameters). */
const hostileQuery = fc.oneof(
  fc.constantFrom('a=1', '__proto__[x]=1', 'constructor[prototype][x]=1', 'asOf=', 'asOf[]=1&asOf[]=2', 'x=%00', 'x=%ZZ', '%E0%A4%A=1', '=', '&&', 'a'.repeat(3_000) + '=1', 'lea=a&lea=b'),
  fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 12 }), { maxKeys: 3 }).map((q) => new URLSearchParams(q).toString()),
);

/** Percent-encoding that survives lone surrogates (sent as U+FFFD, as a browser would). */
const enc = (text: string) => encodeURIComponent(toWellFormed(text));

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

interface BodyMutation {
  readonly kind: string;
  readonly value: unknown;
  readonly expect: Expectation;
}

/** Thousands of ways to get a command body wrong, each a small step away from the route's valid body. */
export function commandRequests(doc: OpenApiDocument, route: { route: string; path: string; body: Record<string, unknown> }): fc.Arbitrary<FuzzRequest> {
  const template = route.route.replace(/^POST /, '');
  const schema = requestBodySchema(doc, template);
  const base = route.body;
  const slots = slotsOf(doc, base, schema);
  const inner = slots.filter((s) => s.path.length > 0);
  const objects = slots.filter((s) => jsonType(s.value) === 'object');
  const arrays = inner.filter((s) => jsonType(s.value) === 'array');
  const strings = inner.filter((s) => typeof s.value === 'string');
  const dates = strings.filter((s) => DATE.test(s.value as string));
  const required = inner.filter((s) => s.required && typeof s.path[s.path.length - 1] === 'string');
  const valid = JSON.stringify(base);
  const mutation = (kind: string, value: unknown, expect: Expectation): BodyMutation => ({ kind, value, expect });

  const mutations: fc.Arbitrary<BodyMutation>[] = [
    fc.constant(mutation('valid body', base, 'any')),
    fc.constantFrom(...inner).chain((s) => otherThan(schemaType(s.schema, s.value)).map((v) => mutation(`wrong type at ${show(s.path)}`, setAt(base, s.path, v), 'refused-as-invalid'))),
    fc.constantFrom(...inner).map((s) => mutation(`null at ${show(s.path)}`, setAt(base, s.path, null), s.schema.nullable ? 'any' : 'refused-as-invalid')),
    fc.constantFrom(...objects).map((s) => mutation(`array for the object at ${show(s.path)}`, setAt(base, s.path, s.path.length === 0 ? [base] : [s.value]), 'refused-as-invalid')),
    fc.tuple(DEPTHS, fc.boolean(), fc.constantFrom(...slots)).map(([depth, asArrays, s]) =>
      mutation(`${depth}-deep ${asArrays ? 'arrays' : 'objects'} at ${show(s.path)}`, setAt(base, s.path.length === 0 ? ['deep'] : s.path, nested(depth, asArrays)), 'refused-as-invalid')),
    fc.tuple(fc.constantFrom(...objects), fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ minLength: 1, maxLength: 12 })), fc.jsonValue({ maxDepth: 2 }))
      .filter(([s, key]) => !Object.hasOwn(s.schema.properties ?? {}, key))
      .map(([s, key, v]) => mutation(`unknown key ${JSON.stringify(key)} in ${show(s.path)}`, setAt(base, [...s.path, key], v), 'refused-as-invalid')),
    fc.constantFrom(...inner).chain((s) => fc.jsonValue({ maxDepth: 4 }).map((v) => mutation(`junk at ${show(s.path)}`, setAt(base, s.path, v), 'any'))),
    fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 10 }), fc.boolean(), fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }))
      .map((v) => mutation('not an object', v, 'refused-as-invalid')),
    fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }).map((v) => mutation('random object', v, 'any')),
  ];
  if (arrays.length > 0) {
    mutations.push(fc.constantFrom(...arrays).map((s) => mutation(`object for the array at ${show(s.path)}`, setAt(base, s.path, { ...(s.value as unknown[]) }), 'refused-as-invalid')));
    mutations.push(fc.tuple(fc.constantFrom(...arrays), fc.constantFrom(51, 1_000, 20_000, 60_000)).map(([s, n]) =>
      mutation(`${n}-element array at ${show(s.path)}`, setAt(base, s.path, Array.from({ length: n }, () => (s.value as unknown[])[0] ?? 'x')), 'any')));
  }
  if (strings.length > 0) {
    mutations.push(fc.tuple(fc.constantFrom(...strings), fc.constantFrom(201, 1_001, 5_001, 40_000, 120_000), fc.constantFrom('x', 'é', '\u0000', '😀', '\ud800'))
      .map(([s, n, ch]) => mutation(`${n}×${JSON.stringify(ch)} at ${show(s.path)}`, setAt(base, s.path, ch.repeat(n)), 'any')));
    mutations.push(fc.tuple(fc.constantFrom(...strings), fc.constantFrom(...ODD_STRINGS), fc.boolean())
      .map(([s, odd, append]) => mutation(`odd Unicode at ${show(s.path)}`, setAt(base, s.path, append ? `${s.value as string}${odd}` : odd), 'any')));
  }
  if (dates.length > 0) {
    mutations.push(fc.tuple(fc.constantFrom(...dates), fc.constantFrom(...BAD_DATES)).map(([s, d]) => mutation(`bad date ${JSON.stringify(d)} at ${show(s.path)}`, setAt(base, s.path, d), 'refused-as-invalid')));
  }
  if (required.length > 0) {
    mutations.push(fc.constantFrom(...required).map((s) => mutation(`missing ${show(s.path)}`, setAt(base, s.path, undefined), 'refused-as-invalid')));
  }

  const asJson: fc.Arbitrary<Omit<FuzzRequest, 'headers' | 'url'>> = fc.oneof(...mutations).map((m) => ({
    kind: m.kind, method: 'POST', contentType: 'application/json', body: withDeepValues(JSON.stringify(m.value)), expect: m.expect,
  }));
  const raw: fc.Arbitrary<Omit<FuzzRequest, 'headers' | 'url'>> = fc.oneof(
    fc.integer({ min: 1, max: valid.length - 1 }).map((cut) => ({ kind: 'truncated JSON', method: 'POST' as const, contentType: 'application/json', body: valid.slice(0, cut), expect: 'refused-as-invalid' as const })),
    fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'text/json', 'application/octet-stream', 'application/json; charset=latin1')
      .map((type) => ({ kind: `sent as ${type}`, method: 'POST' as const, contentType: type, body: valid, expect: 'unsupported-media-type' as const })),
    fc.constantFrom('application/merge-patch+json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/json; charset=utf-16')
      .map((type) => ({ kind: `sent as ${type}`, method: 'POST' as const, contentType: type, body: valid, expect: 'any' as const })),
    fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => ({ kind: 'random bytes', method: 'POST' as const, contentType: 'application/json', body: bytes, expect: 'any' as const })),
    fc.constantFrom('\ufeff', '  \n', '/*x*/', 'NaN', '{"a":1}{"b":2}', '{"a":1,}', "{'a':1}", '{"a":01}', '{"a":"\\x41"}', '{"a":"\\ud800"}')
      .map((text) => ({ kind: `not quite JSON ${JSON.stringify(text)}`, method: 'POST' as const, contentType: 'application/json', body: text.length < 6 ? `${text}${valid}` : text, expect: 'any' as const })),
  );

  return fc.tuple(fc.oneof({ arbitrary: asJson, weight: 6 }, { arbitrary: raw, weight: 1 }), fc.option(hostileHeaders, { freq: 4 }), fc.option(hostileQuery, { freq: 6 }))
    .map(([request, headers, query]): FuzzRequest => ({
      ...request,
      kind: `${request.kind}${headers ? ` with headers ${JSON.stringify(headers).slice(0, 200)}` : ''}${query ? ` with ?${query.slice(0, 100)}` : ''}`,
      url: withQuery(route.path, query ?? ''),
      headers: headers ?? {},
      // A hostile header (Accept, If-Match) may decide the 4xx before the body does: then any 4xx will do.
      expect: headers && request.expect === 'refused-as-invalid' ? 'any' : request.expect,
    }));
}

/** Hostile query strings and headers for a read route, from the parameters its OpenAPI entry declares. */
export function readRequests(doc: OpenApiDocument, template: string, path: string): fc.Arbitrary<FuzzRequest> {
  const declared = (doc.paths[template]?.get?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
  const names = fc.oneof(fc.constantFrom(...(declared.length > 0 ? declared : ['q'])), fc.constantFrom(...HOSTILE_KEYS.filter(Boolean)), fc.string({ minLength: 1, maxLength: 8 }));
  const values = fc.oneof(
    fc.string({ maxLength: 20 }), fc.constantFrom(...ODD_STRINGS, ...BAD_DATES, '-1', '0', '1e2', '999999999999999999999', '2026-09-01', 'true', 'a'.repeat(5_000)),
    fc.integer().map(String),
  );
  const shapes = fc.oneof(
    fc.tuple(names, values).map(([n, v]) => new URLSearchParams([[n, v]]).toString()),
    fc.tuple(names, values, values).map(([n, a, b]) => new URLSearchParams([[n, a], [n, b]]).toString()),
    fc.tuple(names, values).map(([n, v]) => `${enc(n)}[]=${enc(v)}`),
    fc.tuple(names, fc.string({ maxLength: 6 }), values).map(([n, k, v]) => `${enc(n)}[${enc(k)}]=${enc(v)}`),
    hostileQuery,
  );
  return fc.tuple(fc.array(shapes, { minLength: 1, maxLength: 4 }), fc.option(hostileHeaders, { freq: 3 })).map(([parts, headers]) => ({
    kind: `GET ${template}?${parts.join('&').slice(0, 200)}${headers ? ` with headers ${JSON.stringify(headers).slice(0, 200)}` : ''}`,
    method: 'GET',
    url: withQuery(path, parts.join('&')),
    headers: headers ?? {},
    expect: 'any',
  }));
}
