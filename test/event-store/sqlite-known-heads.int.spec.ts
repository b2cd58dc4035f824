/**
 * `streamHead` on the embedded store answers from the heads it last read or committed while no other connection wrote
 * (src/event-store/sqlite/known-stream-heads.ts). What a user would notice if that went wrong: a command deciding on a
 * state that misses another process's event (a CLI correction, a second server), or losing every race on a stream
 * because the store keeps reporting a head that is not the file's. So: whatever this store, another connection and
 * failed transactions do, `streamHead` answers what a fresh connection reads from the file.
 */
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewEvent, StreamDeletedError, StreamHead } from '../../src/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';

function newEvent(type = 'SessionLogged'): NewEvent {
  return { id: randomUUID(), type, schemaVersion: 1, data: { n: 1 }, metadata: { actor: 'user:test', correlationId: randomUUID() } };
}

/** The head as a fresh connection reads it from the file, 'deleted' for a tombstoned stream. */
function headInFile(path: string, streamId: string): StreamHead | 'deleted' | undefined {
  const db = new Database(path, { readonly: true });
  try {
    if (db.prepare('SELECT 1 FROM deleted_streams WHERE stream_id = ?').get(streamId)) return 'deleted';
    const row = db.prepare('SELECT revision, position, event_id FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1').safeIntegers(true).get(streamId) as
      | { revision: bigint; position: bigint; event_id: string }
      | undefined;
    return row && { revision: row.revision, position: row.position, eventId: row.event_id };
  } finally {
    db.close();
  }
}

async function headAsAnswered(store: SqliteEventStore, streamId: string): Promise<StreamHead | 'deleted' | undefined> {
  try {
    return await store.streamHead(streamId);
  } catch (error) {
    if (error instanceof StreamDeletedError) return 'deleted';
    throw error;
  }
}

describe('SQLite event store: stream heads answered from what it knows', () => {
  let dir: string;
  let path: string;
  let store: SqliteEventStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-heads-'));
    path = join(dir, 'events.sqlite');
    store = SqliteEventStore.open({ path });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("sees another process's append and delete right after having answered the head", async () => {
    await store.append('artist-1', [newEvent()], 'no_stream');
    expect((await store.streamHead('artist-1'))?.revision).toBe(0n);
    const other = SqliteEventStore.open({ path });
    try {
      const appended = await other.append('artist-1', [newEvent()], 0n);
      expect(await store.streamHead('artist-1')).toEqual(headInFile(path, 'artist-1'));
      expect((await store.streamHead('artist-1'))?.position).toBe(appended.position);
      await other.deleteStream('artist-1');
      await expect(store.streamHead('artist-1')).rejects.toBeInstanceOf(StreamDeletedError);
    } finally {
      await other.close();
    }
  });

  it('after a transaction that did not commit, answers the head in the file, not the one the failed group wrote', async () => {
    await store.append('partnership-1', [newEvent()], 'no_stream');
    const admin = new Database(path);
    admin.exec(`CREATE TRIGGER abort_all BEFORE INSERT ON events WHEN NEW.type = 'Doom' BEGIN SELECT RAISE(ROLLBACK, 'transaction aborted'); END`);
    admin.close();
    // Read after the trigger's change, so the store is in step with the file again and answers from memory next time.
    expect((await store.streamHead('partnership-1'))?.revision).toBe(0n);
    const settled = await Promise.allSettled([store.append('partnership-1', [newEvent()], 0n), store.append('partnership-2', [newEvent('Doom')], 'no_stream')]);
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
    // A later group that commits must not make the failed group's head the remembered one.
    await store.append('partnership-3', [newEvent()], 'no_stream');
    expect(await store.streamHead('partnership-1')).toEqual(headInFile(path, 'partnership-1'));
    expect((await store.streamHead('partnership-1'))?.revision).toBe(0n);
    await store.append('partnership-1', [newEvent()], 0n);
    expect((await store.streamHead('partnership-1'))?.revision).toBe(1n);
  });

  it('whatever this store and another connection do, in any order, streamHead answers what the file holds', async () => {
    const streams = ['school-a', 'school-b', 'school-c'];
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('append' as const), by: fc.constantFrom('this', 'other'), stream: fc.constantFrom(...streams), events: fc.integer({ min: 1, max: 3 }), stale: fc.boolean() }),
      fc.record({ kind: fc.constant('delete' as const), by: fc.constantFrom('this', 'other'), stream: fc.constantFrom(...streams) }),
      fc.record({ kind: fc.constant('read' as const), stream: fc.constantFrom(...streams) }),
      fc.record({ kind: fc.constant('together' as const), stream: fc.constantFrom(...streams) }),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 25 }), async (operations) => {
        run++;
        const names = new Map(streams.map((s) => [s, `${s}-${run}`]));
        const other = SqliteEventStore.open({ path });
        try {
          for (const op of operations) {
            const streamId = names.get(op.stream)!;
            const writer = 'by' in op && op.by === 'other' ? other : store;
            if (op.kind === 'append') {
              const head = headInFile(path, streamId);
              if (head === 'deleted') continue;
              // A stale expectation is refused (a lost race): nothing written, and nothing must be remembered of it.
              const expected = head === undefined ? (op.stale ? 0n : 'no_stream') : op.stale ? head.revision - 1n : head.revision;
              await writer.append(streamId, Array.from({ length: op.events }, () => newEvent()), expected).catch(() => undefined);
            } else if (op.kind === 'delete') {
              await writer.deleteStream(streamId);
            } else if (op.kind === 'together') {
              // Two appends in one group on the same stream: the second is refused (it expects what the first replaces).
              const head = headInFile(path, streamId);
              if (head === 'deleted') continue;
              const expected = head === undefined ? 'no_stream' : head.revision;
              await Promise.allSettled([store.append(streamId, [newEvent()], expected), store.append(streamId, [newEvent(), newEvent()], expected)]);
            }
            for (const s of names.values()) expect(await headAsAnswered(store, s)).toEqual(headInFile(path, s));
          }
        } finally {
          await other.close();
        }
      }),
      { numRuns: 60, seed: 20261205 },
    );
  });
});
