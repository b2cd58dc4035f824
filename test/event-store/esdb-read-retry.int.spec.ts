/**
 * Reads on EventStoreDB, broken off by the server part-way (as in a leader election or a dropped connection), over real
 * gRPC with the real client against the test server: the adapter makes the read again from where it stopped, so the
 * caller gets exactly what an unbroken read gives — nothing twice, nothing missing — or, when the store stays
 * unreachable, the port's EventStoreUnavailableError (a 503 over HTTP), never a partial answer. The hash chain's reads
 * (verify --log, log-head, a seal's range) likewise.
 */
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { NewEvent, ReadAllOptions, ReadStreamOptions, RecordedEvent } from '../../src/event-store';
import { EventStoreUnavailableError } from '../../src/event-store/event-store-errors';
import { EsdbEventStore } from '../../src/event-store/esdb/esdb-event-store';
import { READ_ATTEMPTS } from '../../src/event-store/esdb/resumable-read';
import { logChainOf } from '../../src/log-chain/log-chain';
import { readLogHead } from '../../src/log-chain/log-head';
import { verifyLog } from '../../src/log-chain/verify-log';
import { EsdbTestServer, startEsdbTestServer } from '../support/esdb-test-server';

jest.setTimeout(120_000);

function event(type: string, n: number): NewEvent {
  return { id: randomUUID(), type, schemaVersion: 1, data: { n }, metadata: { actor: 'user:ana', correlationId: randomUUID() } };
}

async function ids(iterable: AsyncIterable<RecordedEvent>): Promise<string[]> {
  const collected: string[] = [];
  for await (const recorded of iterable) collected.push(recorded.id);
  return collected;
}

let server: EsdbTestServer;
let store: EsdbEventStore;

beforeAll(async () => {
  server = await startEsdbTestServer();
  store = EsdbEventStore.connect(server.connectionString);
  // Two streams whose events interleave in $all: 40 in one, 15 in the other.
  let revisions = { a: -1n, b: -1n };
  for (let round = 0; round < 5; round++) {
    const a = await store.append('partnership-a', Array.from({ length: 8 }, (_, i) => event('SessionLogged', round * 8 + i)), revisions.a < 0n ? 'no_stream' : revisions.a);
    const b = await store.append('partnership-b', Array.from({ length: 3 }, (_, i) => event(i === 0 ? 'CheckInRecorded' : 'SessionLogged', round * 3 + i)), revisions.b < 0n ? 'no_stream' : revisions.b);
    revisions = { a: a.nextRevision, b: b.nextRevision };
  }
});

afterAll(async () => {
  await store?.close();
  await server?.stop();
});

type Read = { readonly kind: 'stream'; readonly streamId: string; readonly options: ReadStreamOptions } | { readonly kind: 'all'; readonly options: ReadAllOptions };

const reads: fc.Arbitrary<Read> = fc.oneof(
  fc.record({
    kind: fc.constant('stream' as const),
    streamId: fc.constantFrom('partnership-a', 'partnership-b'),
    options: fc.record(
      { direction: fc.constantFrom('forwards' as const, 'backwards' as const), fromRevision: fc.bigInt({ min: 0n, max: 45n }), maxCount: fc.integer({ min: 1, max: 50 }) },
      { requiredKeys: ['direction'] },
    ),
  }),
  fc.record({
    kind: fc.constant('all' as const),
    options: fc.record(
      {
        maxCount: fc.integer({ min: 1, max: 60 }),
        filter: fc.constantFrom({ eventTypes: ['CheckInRecorded'] }, { streamPrefixes: ['partnership-a'] }),
      },
      { requiredKeys: [] },
    ),
  }),
);

function read(spec: Read): AsyncIterable<RecordedEvent> {
  return spec.kind === 'stream' ? store.readStream(spec.streamId, spec.options) : store.readAll(spec.options);
}

it('a read broken off part-way, up to three times in a row, answers exactly what an unbroken read answers', async () => {
  await fc.assert(
    fc.asyncProperty(reads, fc.integer({ min: 1, max: READ_ATTEMPTS - 1 }), fc.integer({ min: 0, max: 30 }), async (spec, times, afterEvents) => {
      const expected = await ids(read(spec));
      server.interruptReads(times, afterEvents);
      try {
        expect(await ids(read(spec))).toEqual(expected);
      } finally {
        server.interruptReads(0);
      }
    }),
    { numRuns: 30 },
  );
  // The property above must have met reads with something to deliver.
  expect(await ids(store.readAll())).toHaveLength(55);
});

it('the head position is asked again when the first asking is broken off', async () => {
  const head = await store.headPosition();
  server.interruptReads(2, 0);
  await expect(store.headPosition()).resolves.toBe(head);
});

it('a store that stays unreachable: the read fails with EventStoreUnavailableError after its attempts, and later reads work', async () => {
  server.interruptReads(READ_ATTEMPTS, 0);
  await expect(ids(store.readStream('partnership-a'))).rejects.toBeInstanceOf(EventStoreUnavailableError);
  expect(await ids(store.readStream('partnership-a'))).toHaveLength(40);
});

it('a failure that is not about reaching the store is not retried', async () => {
  // INVALID_ARGUMENT: the server refuses the request itself; sending it again would change nothing.
  server.interruptReads(1, 3, 3);
  await expect(ids(store.readStream('partnership-a'))).rejects.toThrow(/broken off/);
  expect(await ids(store.readStream('partnership-a'))).toHaveLength(40);
});

describe('the hash chain reads the same way (verify --log, log-head, seals)', () => {
  it('verifying the log, reading its head and sealing it, each broken off part-way, answer what unbroken ones answer', async () => {
    const chain = logChainOf(store);
    const unbroken = await verifyLog(chain);
    expect(unbroken.problems).toEqual([]);
    expect(unbroken.events).toBe(55);
    const head = await readLogHead(store);

    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: READ_ATTEMPTS - 1 }), fc.integer({ min: 0, max: 50 }), async (times, afterEvents) => {
        server.interruptReads(times, afterEvents);
        try {
          const broken = await verifyLog(chain);
          expect({ events: broken.events, problems: broken.problems, head: broken.head }).toEqual({ events: 55, problems: [], head: unbroken.head });
        } finally {
          server.interruptReads(0);
        }
        server.interruptReads(times, afterEvents);
        try {
          expect({ ...(await readLogHead(store)), readAt: undefined }).toEqual({ ...head, readAt: undefined });
        } finally {
          server.interruptReads(0);
        }
      }),
      { numRuns: 12 },
    );

    // A seal whose reads (the last seal, then the range) are broken off covers the whole range, and the log still verifies.
    server.interruptReads(2, 20);
    let seal;
    try {
      seal = await chain.sealNow();
    } finally {
      server.interruptReads(0);
    }
    expect(seal).toMatchObject({ number: 1, events: 55, toPosition: head.position });
    server.interruptReads(1, 0);
    try {
      expect(await chain.lastSeal()).toEqual(seal);
    } finally {
      server.interruptReads(0);
    }
    const after = await verifyLog(chain);
    expect([after.problems, after.seals]).toEqual([[], 1]);
  });
});
