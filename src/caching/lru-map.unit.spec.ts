import fc from 'fast-check';
import { LruMap } from './lru-map';

describe('LruMap', () => {
  it('answers like a plain map of the last `capacity` keys used, for any sequence of sets, gets and deletes', () => {
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), key: fc.integer({ min: 0, max: 9 }), value: fc.integer() }),
      fc.record({ kind: fc.constant('get' as const), key: fc.integer({ min: 0, max: 9 }) }),
      fc.record({ kind: fc.constant('delete' as const), key: fc.integer({ min: 0, max: 9 }) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.array(operation, { maxLength: 60 }), (capacity, operations) => {
        const lru = new LruMap<number, number>(capacity);
        // The model: keys in order of last use, most recent last.
        let model: [number, number][] = [];
        for (const op of operations) {
          const found = model.find(([key]) => key === op.key);
          if (op.kind === 'set') {
            lru.set(op.key, op.value);
            model = [...model.filter(([key]) => key !== op.key), [op.key, op.value] as [number, number]].slice(Math.max(0, model.length + (found ? 0 : 1) - capacity));
          } else if (op.kind === 'get') {
            expect(lru.get(op.key)).toBe(found?.[1]);
            if (found) model = [...model.filter(([key]) => key !== op.key), found];
          } else {
            expect(lru.delete(op.key)).toBe(found !== undefined);
            model = model.filter(([key]) => key !== op.key);
          }
          expect(lru.size).toBe(model.length);
          for (let key = 0; key <= 9; key++) expect(lru.peek(key)).toBe(model.find(([k]) => k === key)?.[1]);
        }
      }),
    );
  });
});
