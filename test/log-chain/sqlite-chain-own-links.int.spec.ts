import Database from 'better-sqlite3';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExpectedRevision, NewEvent } from '../../src/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { logChainOf } from '../../src/log-chain/log-chain';
import { verifyLog } from '../../src/log-chain/verify-log';

/*
 * The embedded store hashes each append on its stream's last link, read inside the group's transaction: from the
 * stream's index alone when this connection committed that link (remembered with the stream's head:
 * src/event-store/sqlite/known-stream-heads.ts), else
 * from the row. Whatever could make a remembered link wrong — another connection's writes, an earlier append of the
 * group refused, a whole group rolled back, several appends to one stream in one group, an append to a stream this
 * store never wrote — the log must verify: every event's hash is the one its content and place give.
 */

function event(type = 'SessionLogged'): NewEvent {
  return { id: randomUUID(), type, schemaVersion: 1, data: { n: Math.random() }, metadata: { actor: 'user:ana', correlationId: randomUUID() } };
}

function idsInFile(path: string): Set<string> {
  const db = new Database(path, { readonly: true });
  try {
    return new Set(db.prepare('SELECT event_id FROM events').pluck().all() as string[]);
  } finally {
    db.close();
  }
}

function lastRevision(path: string, streamId: string): bigint {
  const db = new Database(path, { readonly: true });
  try {
    const revision = db.prepare('SELECT max(revision) FROM events WHERE stream_id = ?').pluck().safeIntegers(true).get(streamId) as bigint | null;
    return revision ?? -1n;
  } finally {
    db.close();
  }
}

const append = fc.record({
  stream: fc.integer({ min: 0, max: 3 }),
  events: fc.integer({ min: 1, max: 3 }),
  expectation: fc.constantFrom('exact', 'exact', 'exact', 'stale', 'any', 'no_stream'),
  doom: fc.boolean().map((b) => b && Math.random() < 0.15),
});
const step = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('group' as const), appends: fc.array(append, { minLength: 1, maxLength: 6 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('other' as const), stream: fc.integer({ min: 0, max: 3 }), events: fc.integer({ min: 1, max: 2 }) }) },
);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-own-links-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('chained appends verify whatever the group, the other connection and refused or rolled-back appends do', async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 20 }), async (steps) => {
      const path = join(dir, `events-${++run}.sqlite`);
      const store = SqliteEventStore.open({ path, synchronous: 'NORMAL' });
      const other = SqliteEventStore.open({ path, synchronous: 'NORMAL' });
      const admin = new Database(path);
      // An append of a 'Doom' event aborts the whole transaction it is in: its group is rolled back.
      admin.exec(`CREATE TRIGGER IF NOT EXISTS doom BEFORE INSERT ON events WHEN NEW.type = 'Doom' BEGIN SELECT RAISE(ROLLBACK, 'doomed'); END`);
      admin.close();
      const acknowledged: string[] = [];
      try {
        for (const s of steps) {
          if (s.kind === 'other') {
            const events = Array.from({ length: s.events }, () => event());
            await other.append(`stream-${s.stream}`, events, 'any');
            acknowledged.push(...events.map((e) => e.id));
            continue;
          }
          // One group: the appends are made in the same turn, each expecting what the file holds before the group.
          const settled = await Promise.allSettled(
            s.appends.map((a) => {
              const streamId = `stream-${a.stream}`;
              const last = lastRevision(path, streamId);
              const expected: ExpectedRevision =
                a.expectation === 'any' ? 'any' : a.expectation === 'no_stream' ? 'no_stream' : a.expectation === 'stale' ? last - 1n : last < 0n ? 'no_stream' : last;
              const events = Array.from({ length: a.events }, (_, i) => event(a.doom && i === a.events - 1 ? 'Doom' : 'SessionLogged'));
              return store.append(streamId, events, expected).then(() => events.map((e) => e.id));
            }),
          );
          for (const outcome of settled) if (outcome.status === 'fulfilled') acknowledged.push(...outcome.value);
        }
        const verified = await verifyLog(logChainOf(store));
        expect(verified.problems).toEqual([]);
        const inFile = idsInFile(path);
        expect(verified.events).toBe(inFile.size);
        expect(acknowledged.filter((id) => !inFile.has(id))).toEqual([]);
      } finally {
        await other.close();
        await store.close();
      }
    }),
    { numRuns: 40, seed: 4052026 },
  );
});
