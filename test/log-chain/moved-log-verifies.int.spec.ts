import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStore, NewEvent } from '../../src/event-store';
import { EsdbEventStore } from '../../src/event-store/esdb/esdb-event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { logChainOf } from '../../src/log-chain/log-chain';
import { verifyLog } from '../../src/log-chain/verify-log';
import { exportLog } from '../../src/log-transfer/export-log';
import { importLog } from '../../src/log-transfer/import-log';
import { startEsdbTestServer } from '../support/esdb-test-server';

/*
 * A log moved with export-log / import-log verifies in its new store, both ways: the target's writer chains the events
 * it is handed (original recorded times ride in metadata.originalRecordedAt, which the hashes cover), and no hash of
 * the source travels with them.
 */

function event(n: number): NewEvent {
  return { id: randomUUID(), type: 'SessionLogged', schemaVersion: 1, data: { n, nested: { z: [n], a: 'é' } }, metadata: { actor: 'user:ana', correlationId: randomUUID() } };
}

async function fill(store: EventStore): Promise<void> {
  for (let s = 0; s < 12; s++) await store.append(`partnership-${s}`, [event(0), event(1)], 'no_stream');
  for (let s = 0; s < 12; s++) await store.append(`partnership-${s}`, [event(2)], 1n);
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-moved-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('embedded → EventStoreDB → embedded: the chain verifies in each store the log lands in', async () => {
  const server = await startEsdbTestServer();
  const source = SqliteEventStore.open({ path: join(dir, 'source.sqlite') });
  const esdb = EsdbEventStore.connect(server.connectionString);
  const back = SqliteEventStore.open({ path: join(dir, 'back.sqlite') });
  try {
    await fill(source);
    await exportLog(source, join(dir, 'one.ndjson'));
    await importLog(esdb, join(dir, 'one.ndjson'));
    await logChainOf(esdb).sealNow();
    const inEsdb = await verifyLog(logChainOf(esdb));
    expect(inEsdb.problems).toEqual([]);
    expect(inEsdb.events).toBe(36);

    await exportLog(esdb, join(dir, 'two.ndjson'));
    await importLog(back, join(dir, 'two.ndjson'));
    const inBack = await verifyLog(logChainOf(back));
    expect(inBack.problems).toEqual([]);
    expect(inBack.events).toBe(36);
    for await (const moved of back.readAll()) expect(moved.metadata).not.toHaveProperty('ledgerHash');
  } finally {
    await source.close();
    await esdb.close();
    await back.close();
    await server.stop();
  }
});
