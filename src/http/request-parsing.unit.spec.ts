import { ConcurrencyError, EventStoreUnavailableError } from '../event-store';
import { CommandRefusedError, refuse } from '../command-handling';
import { parseIfMatch } from './if-match';
import { jsonDepthExceeds } from './json-body';
import { problemFor } from './problem-mapping';
import { canonicalJson, requestHash } from './request-hash';
import { isIsoDate } from './validation/is-iso-date';
import { isIsoInstant } from './validation/is-iso-instant';
import { reservedKeyErrors } from './validation/reserved-keys';

function deep(depth: number): unknown {
  let value: unknown = [1, { z: 2, y: 'bottom' }];
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { b: value, a: i };
  return value;
}

describe('request parsing', () => {
  it('accepts only real calendar dates as YYYY-MM-DD', () => {
    expect(['2026-02-28', '2024-02-29', '2000-02-29', '1999-12-31'].every(isIsoDate)).toBe(true);
    expect(['2026-02-29', '1900-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-2-1', '2026-02-01T00:00:00Z', ' 2026-02-01', 20260201, null].some(isIsoDate)).toBe(false);
  });

  it('accepts instants only with a zone and a real date', () => {
    expect(['2026-03-01T09:30:00Z', '2026-03-01T09:30Z', '2026-03-01T10:30:00.123+01:00'].every(isIsoInstant)).toBe(true);
    expect(['2026-03-01T09:30:00', '2026-02-30T09:30:00Z', '2026-03-01T24:00:00Z', '2026-03-01', 'yesterday'].some(isIsoInstant)).toBe(false);
  });

  it('reads If-Match as a revision in its three forms and refuses anything else', () => {
    expect(parseIfMatch(undefined)).toBeUndefined();
    expect([parseIfMatch('3'), parseIfMatch('"3"'), parseIfMatch('W/"3"')]).toEqual([3n, 3n, 3n]);
    for (const bad of ['*', '"3', '3"', '-1', 'three', '"1", "2"', '', '12345678901234567890']) expect(() => parseIfMatch(bad)).toThrow(/If-Match/);
  });

  it('hashes the same request the same whatever the key order, and a different body differently', () => {
    expect(canonicalJson({ b: [1, { d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[1,{"c":2,"d":1}]}');
    expect(requestHash('POST', '/x', { a: 1, b: 2 })).toBe(requestHash('post', '/x', { b: 2, a: 1 }));
    expect(requestHash('POST', '/x', { a: 1 })).not.toBe(requestHash('POST', '/y', { a: 1 }));
    expect(requestHash('POST', '/x', { a: 1 })).not.toBe(requestHash('POST', '/x', { a: '1' }));
  });

  it('walks any depth without recursion: canonical JSON, the depth check and the reserved-key scan', () => {
    const body = deep(200_000);
    const text = canonicalJson(body);
    expect([text.length > 1_000_000, text.startsWith('[{"a":199998,"b":[{"a":199996,'), text.endsWith('}]}]')]).toEqual([true, true, true]);
    expect(canonicalJson(deep(3))).toBe('{"a":2,"b":[{"a":0,"b":[1,{"y":"bottom","z":2}]}]}');
    expect(reservedKeyErrors(body)).toEqual([]);
    expect(reservedKeyErrors({ a: [{ b: { toString: 1 } }], constructor: 2 })).toEqual([
      { field: 'a[0].b.toString', message: 'property toString should not exist' },
      { field: 'constructor', message: 'property constructor should not exist' },
    ]);
    expect(jsonDepthExceeds(body, 64)).toBe(true);
    expect([jsonDepthExceeds('x', 0), jsonDepthExceeds({}, 1), jsonDepthExceeds({}, 0), jsonDepthExceeds({ a: [[]] }, 3), jsonDepthExceeds({ a: [[{}]] }, 3)])
      .toEqual([false, false, true, false, true]);
  });

  it('maps a concurrency conflict to 412 only when the caller sent If-Match, and a refusal to its status with the rule', () => {
    const conflict = new ConcurrencyError('partner-1', 2n, 3n);
    expect(problemFor(conflict, { hadIfMatch: true })?.status).toBe(412);
    expect(problemFor(conflict, { hadIfMatch: false })?.status).toBe(409);
    expect(problemFor(new CommandRefusedError(refuse('a.b', 'why', 422)), { hadIfMatch: false })).toMatchObject({ status: 422, rule: 'a.b', detail: 'why' });
    expect(problemFor(new Error('boom'), { hadIfMatch: false })).toBeUndefined();
    const unavailable = problemFor(new EventStoreUnavailableError('EventStoreDB: 14 UNAVAILABLE: No connection established to 10.0.0.7:2113'), { hadIfMatch: false });
    expect(unavailable).toMatchObject({ status: 503, title: 'Service unavailable' });
    expect(unavailable?.detail).not.toContain('10.0.0.7');
  });
});
