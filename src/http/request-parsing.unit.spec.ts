import { ConcurrencyError } from '../event-store';
import { CommandRefusedError, refuse } from '../command-handling';
import { parseIfMatch } from './if-match';
import { problemFor } from './problem-mapping';
import { canonicalJson, requestHash } from './request-hash';
import { isIsoDate } from './validation/is-iso-date';
import { isIsoInstant } from './validation/is-iso-instant';

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

  it('maps a concurrency conflict to 412 only when the caller sent If-Match, and a refusal to its status with the rule', () => {
    const conflict = new ConcurrencyError('partner-1', 2n, 3n);
    expect(problemFor(conflict, { hadIfMatch: true })?.status).toBe(412);
    expect(problemFor(conflict, { hadIfMatch: false })?.status).toBe(409);
    expect(problemFor(new CommandRefusedError(refuse('a.b', 'why', 422)), { hadIfMatch: false })).toMatchObject({ status: 422, rule: 'a.b', detail: 'why' });
    expect(problemFor(new Error('boom'), { hadIfMatch: false })).toBeUndefined();
  });
});
