import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewEvent } from '../../src/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { logChainOf } from '../../src/log-chain/log-chain';
import { verifyLog } from '../../src/log-chain/verify-log';

/*
 * Seals on the embedded store are made by whichever writer takes the log past the next 1,000 positions, from the
 * range lines it noted while writing when nobody else wrote in between, else from the file. Two connections on one
 * file, appending in turns and concurrently, must still produce seals that verify.
 */

function event(n: number): NewEvent {
  return { id: randomUUID(), type: 'SessionLogged', schemaVersion: 1, data: { n }, metadata: { actor: 'user:ana', correlationId: randomUUID() } };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-seals-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('two connections appending to one file in turns and at once: every seal verifies', async () => {
  const path = join(dir, 'events.sqlite');
  const [a, b] = [SqliteEventStore.open({ path, synchronous: 'NORMAL' }), SqliteEventStore.open({ path, synchronous: 'NORMAL' })];
  try {
    // In turns: each connection's noted lines are broken by the other's writes.
    for (let i = 0; i < 60; i++) await (i % 2 ? a : b).append(`turns-${i % 7}`, Array.from({ length: 25 }, (_, k) => event(k)), 'any');
    // One connection alone for a while: its seal comes from the lines it noted.
    for (let i = 0; i < 30; i++) await a.append(`alone-${i}`, Array.from({ length: 50 }, (_, k) => event(k)), 'no_stream');
    // Both at once.
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).append(`both-${i}`, Array.from({ length: 30 }, (_, k) => event(k)), 'no_stream')));
    const result = await verifyLog(logChainOf(a));
    expect(result.problems).toEqual([]);
    expect(result.events).toBe(60 * 25 + 30 * 50 + 40 * 30);
    expect(result.seals).toBeGreaterThanOrEqual(3);
  } finally {
    await a.close();
    await b.close();
  }
});

it("single appends to the same streams from two connections, refused ones among them: every event chains to its stream's last", async () => {
  // Each append chains to its stream's last event as the file holds it: the other connection's appends, and appends
  // refused inside a group, must never leave a connection chaining to a stale or unwritten predecessor.
  const path = join(dir, 'events.sqlite');
  const [a, b] = [SqliteEventStore.open({ path, synchronous: 'NORMAL' }), SqliteEventStore.open({ path, synchronous: 'NORMAL' })];
  try {
    const revisions = new Map<string, bigint>();
    const append = async (store: SqliteEventStore, streamId: string) => {
      const at = revisions.get(streamId) ?? -1n;
      await store.append(streamId, [event(Number(at) + 1)], at === -1n ? 'no_stream' : at);
      revisions.set(streamId, at + 1n);
    };
    for (let i = 0; i < 300; i++) {
      const streamId = `shared-${i % 5}`;
      // In turns, and sometimes a run on one connection so its remembered link is the one to use.
      await append(i % 7 < 3 ? a : b, streamId);
    }
    // One group on `a`: good appends and, between them, ones refused for a stale revision (rolled back alone).
    const stale = Array.from({ length: 5 }, (_, s) => a.append(`shared-${s}`, [event(-1)], 0n));
    const good = Array.from({ length: 5 }, (_, s) => append(a, `fresh-${s}`));
    const settled = await Promise.allSettled([...stale, ...good]);
    expect(settled.filter((s) => s.status === 'rejected')).toHaveLength(5);
    for (let i = 0; i < 50; i++) await append(i % 2 ? a : b, `shared-${i % 5}`);
    for (let i = 0; i < 20; i++) await append(a, `fresh-${i % 5}`);

    const result = await verifyLog(logChainOf(b));
    expect(result.problems).toEqual([]);
    expect(result.events).toBe(300 + 5 + 50 + 20);
  } finally {
    await a.close();
    await b.close();
  }
});
