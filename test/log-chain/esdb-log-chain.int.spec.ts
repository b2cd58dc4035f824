import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import { randomUUID } from 'node:crypto';
import { NewEvent, RecordedEvent } from '../../src/event-store';
import { EsdbEventStore } from '../../src/event-store/esdb/esdb-event-store';
import { logChainOf } from '../../src/log-chain/log-chain';
import { readLogHead } from '../../src/log-chain/log-head';
import { verifyLog } from '../../src/log-chain/verify-log';
import { EsdbTestServer, startEsdbTestServer } from '../support/esdb-test-server';

/*
 * The chain on the EventStoreDB adapter, over real gRPC with the real client against the test server: links in
 * each event's metadata (never in the metadata domain code reads), seals in `$ledger-seals`, verification, and
 * events written behind the adapter's back (straight through a client) named by the verifier.
 */

function event(n: number): NewEvent {
  return { id: randomUUID(), type: 'SessionLogged', schemaVersion: 2, data: { n, when: '2026-11-20', deep: { z: [n], a: 'x' } }, metadata: { actor: 'user:ana', correlationId: randomUUID() } };
}

async function all(iterable: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const collected: RecordedEvent[] = [];
  for await (const recorded of iterable) collected.push(recorded);
  return collected;
}

let server: EsdbTestServer;
let store: EsdbEventStore;

beforeEach(async () => {
  server = await startEsdbTestServer({ batchAppend: true });
  store = EsdbEventStore.connect(server.connectionString);
});

afterEach(async () => {
  await store.close();
  await server.stop();
});

async function writeSome(): Promise<void> {
  await store.append('partnership-a', [event(0), event(1)], 'no_stream');
  await store.append('partnership-b', [event(0)], 'no_stream');
  await store.append('partnership-a', [event(2)], 1n);
  await store.append('partnership-b', [event(1), event(2)], 'any');
  await store.append('partnership-a', [event(3)], 'stream_exists');
  await store.append('partnership-c', [event(0)], 'any');
}

it('writes a chain that verifies, through every kind of expected revision, and seals it in $ledger-seals', async () => {
  await writeSome();
  const chain = logChainOf(store);
  expect(await chain.lastSeal()).toBeUndefined();
  const seal = await chain.sealNow();
  expect(seal).toMatchObject({ number: 1, fromPosition: null, events: 8, unchained: 0 });
  expect(await chain.sealNow()).toBeUndefined();
  await store.append('partnership-c', [event(1)], 0n);

  const result = await verifyLog(chain);
  expect(result.problems).toEqual([]);
  expect(result).toMatchObject({ events: 9, streams: 3, seals: 1 });
  expect(result.head).toEqual({ position: (await readLogHead(store)).position, hash: (await readLogHead(store)).hash });

  // Seals are system events: reads and the head never show them; the link never reaches domain code.
  const read = await all(store.readAll());
  expect(read).toHaveLength(9);
  expect(read.every((recorded) => !('ledgerHash' in recorded.metadata) && !('schemaVersion' in recorded.metadata))).toBe(true);
  expect(await store.headPosition()).toBe(read[read.length - 1].position);
});

it('a store that did not write the previous link (another process, a cold cache) reads it and still chains', async () => {
  await store.append('partnership-a', [event(0)], 'no_stream');
  const other = EsdbEventStore.connect(server.connectionString);
  try {
    await other.append('partnership-a', [event(1)], 0n);
    await other.append('partnership-a', [event(2)], 'any');
  } finally {
    await other.close();
  }
  await store.append('partnership-a', [event(3)], 2n);
  expect((await verifyLog(logChainOf(store))).problems).toEqual([]);
});

it('names events written behind the adapter: one without a link, one whose content does not match its link', async () => {
  await writeSome();
  await logChainOf(store).sealNow();
  const client = EventStoreDBClient.connectionString(server.connectionString);
  try {
    // An unchained event after the seal, then one carrying a link copied from another event.
    await client.appendToStream('partnership-a', [jsonEvent({ id: randomUUID(), type: 'SessionLogged', data: { n: 4 }, metadata: { actor: 'user:eve', schemaVersion: 2 } })], { expectedRevision: 3n });
    const stolen = (await readRawMetadata(client, 'partnership-a', 3n)).ledgerHash;
    await client.appendToStream('partnership-c', [jsonEvent({ id: randomUUID(), type: 'SessionLogged', data: { n: 1 }, metadata: { actor: 'user:eve', schemaVersion: 2, ledgerHash: stolen } })], { expectedRevision: 0n });
  } finally {
    await client.dispose();
  }
  const result = await verifyLog(logChainOf(store));
  expect(result.problems.map((problem) => [problem.kind, problem.streamId, problem.revision])).toEqual([
    ['unchained', 'partnership-a', 4n],
    ['content', 'partnership-c', 1n],
  ]);
});

it('against a head exported earlier: later appends verify, a head that is not this log does not', async () => {
  await writeSome();
  const head = await readLogHead(store);
  expect(head.store).toBe('esdb');
  await store.append('partnership-d', [event(0)], 'no_stream');
  await logChainOf(store).sealNow();
  await store.append('partnership-d', [event(1)], 0n);
  expect((await verifyLog(logChainOf(store), { expectedHead: head })).problems).toEqual([]);
  const forged = { position: head.position, hash: head.hash.replace(/^./, (c) => (c === '0' ? '1' : '0')) };
  const result = await verifyLog(logChainOf(store), { expectedHead: forged });
  expect(result.problems.map((problem) => problem.kind)).toEqual(['head']);
});

async function readRawMetadata(client: EventStoreDBClient, streamId: string, revision: bigint): Promise<{ ledgerHash?: string }> {
  let metadata: { ledgerHash?: string } | undefined;
  for await (const resolved of client.readStream(streamId, { fromRevision: revision, maxCount: 1 })) metadata = (resolved.event?.metadata ?? {}) as { ledgerHash?: string };
  if (!metadata) throw new Error('no such event');
  return metadata;
}
