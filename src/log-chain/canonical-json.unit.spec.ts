import { canonicalJson } from './canonical-json';
import { chainedBody, eventHash } from './event-hash';

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

  it('does not depend on the order keys were written in', () => {
    const one = chainedBody({ a: 1, b: { c: 2, d: 3 } }, { actor: 'x', correlationId: 'y' });
    const other = chainedBody({ b: { d: 3, c: 2 }, a: 1 }, { correlationId: 'y', actor: 'x' });
    const content = { streamId: 's', revision: 0n, position: 1n, id: 'ABC', type: 'T', schemaVersion: 1, recordedAt: 5 };
    expect(eventHash(content, one, null)).toBe(eventHash({ ...content, id: 'abc' }, other, null));
    expect(eventHash(content, one, null)).not.toBe(eventHash({ ...content, revision: 1n }, one, null));
    expect(eventHash(content, one, null)).not.toBe(eventHash(content, one, 'f'.repeat(64)));
  });
});
