import fc from 'fast-check';
import { chainedBody, eventHash } from '../../log-chain/event-hash';
import { NewEvent } from '../recorded-event';
import { serializeForAppend } from '../event-limits';
import { hashAppend } from './hash-append';

describe('hashAppend', () => {
  it("gives each event eventHash's hash, chained, for revisions and positions small or past 2^53", () => {
    const place = fc.oneof(fc.bigInt({ min: -1n, max: 10_000n }), fc.bigInt({ min: 2n ** 53n - 10n, max: 2n ** 62n }));
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0),
        fc.array(fc.record({ type: fc.constantFrom('SessionLogged', 'Ünïcode"Type', 'A'), n: fc.integer(), imported: fc.boolean() }), { minLength: 1, maxLength: 4 }),
        place,
        fc.bigInt({ min: 0n, max: 2n ** 62n }),
        fc.option(fc.integer().map((n) => String(n).padStart(64, 'f'))),
        (streamId, specs, afterRevision, afterPosition, afterHash) => {
          const now = 1_764_900_000_000;
          const events: NewEvent[] = specs.map((spec, i) => ({
            id: `0000000${i}-aaaa-4bbb-8ccc-${String(i).padStart(12, '0')}`,
            type: spec.type,
            schemaVersion: 1 + i,
            data: { n: spec.n, text: 'é "quoted"' },
            metadata: spec.imported ? { actor: 'user:ana', correlationId: 'c-1', originalRecordedAt: '2025-01-02T03:04:05.678Z' } : { actor: 'user:ana', correlationId: 'c-1' },
          }));
          let serialized;
          try {
            serialized = serializeForAppend(streamId, events);
          } catch {
            return; // a stream id the store refuses: nothing to hash
          }
          const hashed = hashAppend(streamId, serialized, afterRevision, afterHash, afterPosition, now);
          let prev = afterHash;
          serialized.forEach(({ event, dataJson, metadataJson }, i) => {
            const recordedAt = specs[i].imported ? Date.parse('2025-01-02T03:04:05.678Z') : now;
            const position = afterPosition + BigInt(i + 1);
            prev = eventHash({ streamId, revision: afterRevision + BigInt(i + 1), position, id: event.id, type: event.type, schemaVersion: event.schemaVersion, recordedAt }, chainedBody(dataJson, metadataJson), prev);
            expect(hashed.hashes[i]).toBe(prev);
            expect(hashed.positionTexts[i]).toBe(position.toString());
            expect(hashed.recordedAts[i]).toBe(recordedAt);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
