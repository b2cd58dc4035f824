import fc from 'fast-check';
import { canonicalJson } from './canonical-json';
import { AppendHasher, chainedBody, eventHash, storedJsonOf } from './event-hash';

describe('canonicalJson', () => {
  it('sorts keys at every depth (by UTF-16 code unit), writes no whitespace, keeps arrays in order', () => {
    expect(canonicalJson({ b: 1, a: [3, { z: null, y: 'é' }], A: true, '10': 'x', '9': 'y' })).toBe('{"10":"x","9":"y","A":true,"a":[3,{"y":"é","z":null}],"b":1}');
    expect(canonicalJson({ z: 1, a: 'flat' })).toBe('{"a":"flat","z":1}');
    expect(canonicalJson({ a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1}}');
  });

  it('writes numbers and strings as JSON.stringify does (RFC 8785 style), drops undefined members, -0 as 0', () => {
    expect(canonicalJson({ n: 1e21, m: 0.1, o: -0, u: undefined, s: '\u2028"\\' })).toBe(`{"m":0.1,"n":1e+21,"o":0,"s":${JSON.stringify('\u2028"\\')}}`);
  });

  it('is the same whichever path writes it: flat, native with a key list, or the iterative walk', () => {
    const value = { b: [{ y: 1, x: [2, { q: 'r', p: null }] }], a: { '2': 'two', '1': 'one', k: false } };
    const walked = canonicalJson(JSON.parse(JSON.stringify(value)));
    // A key named __proto__ sends the value down the walk: same rules, same text for the rest.
    const withProto = JSON.parse('{"__proto__": {"b": 1, "a": 2}, "z": [1]}');
    expect(canonicalJson(withProto)).toBe('{"__proto__":{"a":2,"b":1},"z":[1]}');
    expect(walked).toBe('{"a":{"1":"one","2":"two","k":false},"b":[{"x":[2,{"p":null,"q":"r"}],"y":1}]}');
  });

  it('encodes data nested far deeper than the call stack allows', () => {
    let deep: unknown = { leaf: true };
    for (let i = 0; i < 100_000; i++) deep = { d: deep };
    const text = canonicalJson(deep);
    expect(text.startsWith('{"d":{"d":')).toBe(true);
    expect(text.length).toBe(100_000 * 6 + '{"leaf":true}'.length);
  });

  it('an event hash covers every field, the stored text byte for byte, and the previous hash', () => {
    const body = chainedBody('{"a":1,"b":{"c":2}}', '{"actor":"x"}');
    const content = { streamId: 's', revision: 0n, position: 1n, id: 'ABC', type: 'T', schemaVersion: 1, recordedAt: 5 };
    const hash = eventHash(content, body, null);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(eventHash({ ...content, id: 'abc' }, body, null)).toBe(hash);
    for (const changed of [{ revision: 1n }, { position: 2n }, { type: 'U' }, { schemaVersion: 2 }, { recordedAt: 6 }, { streamId: 't' }])
      expect(eventHash({ ...content, ...changed }, body, null)).not.toBe(hash);
    expect(eventHash(content, chainedBody('{"a":1, "b":{"c":2}}', '{"actor":"x"}'), null)).not.toBe(hash);
    expect(eventHash(content, body, 'f'.repeat(64))).not.toBe(hash);
  });

  it('reading parsed JSON back, its text is the text written (what the EventStoreDB side hashes)', () => {
    for (const value of [{ b: 1, a: [1.5, -0, 1e21, 'é\u2028\ud800'], '10': { '2': null, '1': true } }, JSON.parse('{"__proto__":{"x":1},"y":2}')]) {
      const written = JSON.stringify(value);
      expect(storedJsonOf(JSON.parse(written))).toBe(written);
    }
  });

  it("the writer's AppendHasher gives eventHash's hash for any stream id, type, UUID, revision, position and time", () => {
    fc.assert(
      fc.property(
        // Plain ids, ids of any code points, and ids with what JSON escapes (quotes, backslashes, a lone surrogate).
        fc.oneof(fc.string({ minLength: 1 }), fc.string({ unit: 'binary', minLength: 1 }), fc.string().map((s) => `${s}\udc00"\\\u0001`)),
        fc.array(
          fc.record({
            id: fc.uuid().map((id) => id.toUpperCase()),
            type: fc.string({ minLength: 1 }),
            schemaVersion: fc.integer({ min: 1, max: 1000 }),
            revision: fc.bigInt({ min: 0n, max: 2n ** 63n - 1n }),
            position: fc.option(fc.bigInt({ min: 1n, max: 2n ** 63n - 1n })),
            recordedAt: fc.option(fc.integer({ min: 0, max: 8_640_000_000_000 })),
            data: fc.jsonValue().map((value) => JSON.stringify({ value })),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        (streamId, events) => {
          const appendHasher = new AppendHasher(streamId);
          let prevExpected: string | null = null;
          let prevWriter: string | null = null;
          for (const e of events) {
            const body = chainedBody(e.data, '{"actor":"x"}');
            prevExpected = eventHash({ streamId, revision: e.revision, position: e.position, id: e.id, type: e.type, schemaVersion: e.schemaVersion, recordedAt: e.recordedAt }, body, prevExpected);
            prevWriter = appendHasher.hash(e.id, e.type, e.schemaVersion, e.revision.toString(), e.position === null ? null : e.position.toString(), e.recordedAt, e.data, '{"actor":"x"}', prevWriter);
            expect(prevWriter).toBe(prevExpected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
