/**
 * findEvent on EventStoreDB, which has no lookup by event id: the event-id index projection (read-model database)
 * answers up to its checkpoint, a backward read of the stream's newer events answers the rest. Over real gRPC with
 * the real client, against the test server.
 */
import { randomUUID } from 'node:crypto';
import { EventStore, NewEvent, ReadStreamOptions, StreamDeletedError } from '../../src/event-store';
import { EsdbEventStore } from '../../src/event-store/esdb/esdb-event-store';
import { findEventThroughIndex } from '../../src/event-store/esdb/find-event-through-index';
import { EventIdIndexProjection } from '../../src/event-id-index/event-id-index.projection';
import { ReadModelEventIdIndex } from '../../src/event-id-index/read-model-event-id-index';
import { ProjectionRunner } from '../../src/projections/projection-runner';
import { ReadModelDatabase } from '../../src/read-models/read-model-database';
import { EsdbTestServer, startEsdbTestServer } from '../support/esdb-test-server';

function numbered(count: number, from = 0): NewEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    type: 'SessionLogged',
    schemaVersion: 1,
    data: { n: from + i },
    metadata: { actor: 'user:index', correlationId: randomUUID(), commandId: randomUUID() },
  }));
}

/** The store's readStream, counting the events it hands out: what a lookup costs. */
function countingReads(store: EventStore): { readStream: EventStore['readStream']; read: () => number } {
  let read = 0;
  return {
    read: () => read,
    readStream: (streamId: string, options?: ReadStreamOptions) =>
      (async function* () {
        for await (const event of store.readStream(streamId, options)) {
          read++;
          yield event;
        }
      })(),
  };
}

describe('findEvent on EventStoreDB through the event-id index and the stream tail (gRPC test server)', () => {
  let server: EsdbTestServer;
  let store: EsdbEventStore;
  let readModels: ReadModelDatabase;
  let runner: ProjectionRunner;
  let index: ReadModelEventIdIndex;
  const projection = new EventIdIndexProjection();

  beforeEach(async () => {
    server = await startEsdbTestServer();
    store = EsdbEventStore.connect(server.connectionString);
    readModels = new ReadModelDatabase(':memory:');
    runner = new ProjectionRunner(store, readModels.db).register(projection);
    index = new ReadModelEventIdIndex(readModels.db, new EventIdIndexProjection());
    store.useEventIdIndex(index);
  });
  afterEach(async () => {
    await runner.stop();
    await store.close();
    await server.stop();
    readModels.close();
  });

  /** Runs the projection until it has indexed everything written so far, then stops it: the checkpoint stays there. */
  async function indexEverything(): Promise<bigint> {
    const head = (await store.headPosition())!;
    await runner.start();
    expect(await runner.waitForPosition([projection.name], head, 10_000)).toEqual({ reached: true, position: head });
    await runner.stop();
    return head;
  }

  it('finds events before the checkpoint through the index and after it through the tail, reading only the tail', async () => {
    const older = numbered(600);
    for (let i = 0; i < 3; i++) await store.append('partnership-1', older.slice(i * 200, (i + 1) * 200), 'any');
    await store.append('school-1', numbered(5), 'no_stream');
    const checkpoint = await indexEverything();
    expect(index.lookup('partnership-1', older[0].id)).toEqual({ revision: 0n, checkpoint });

    const newer = numbered(40, 600);
    await store.append('partnership-1', newer, 599n);
    await store.append('school-1', numbered(5), 4n);

    const reads = countingReads(store);
    const lookUp = async (eventId: string) => {
      const before = reads.read();
      const found = await findEventThroughIndex(reads, index, 'partnership-1', eventId);
      return { n: (found?.data as { n: number } | undefined)?.n, revision: found?.revision, read: reads.read() - before };
    };
    // Before the checkpoint: the index gives the revision, one event is read.
    expect(await lookUp(older[0].id)).toEqual({ n: 0, revision: 0n, read: 1 });
    expect(await lookUp(older[599].id)).toEqual({ n: 599, revision: 599n, read: 1 });
    // After it: read backwards from the end down to the event.
    expect(await lookUp(newer[39].id)).toEqual({ n: 639, revision: 639n, read: 1 });
    expect(await lookUp(newer[0].id)).toEqual({ n: 600, revision: 600n, read: 40 });
    // Nowhere: the tail, and the first event at or before the checkpoint where the read stops — not 640 events.
    expect(await lookUp(randomUUID())).toEqual({ n: undefined, revision: undefined, read: 41 });

    // The store's own findEvent goes the same way (it was handed the index).
    expect((await store.findEvent('partnership-1', older[300].id))?.revision).toBe(300n);
    expect((await store.findEvent('partnership-1', newer[7].id))?.revision).toBe(607n);
    expect(await store.findEvent('school-1', older[300].id)).toBeUndefined();
  });

  it('stays correct while the projection runs, and once it catches up the newer events are found through the index', async () => {
    const events = numbered(300);
    await runner.start();
    for (let i = 0; i < 30; i++) {
      await store.append('partnership-2', events.slice(i * 10, (i + 1) * 10), 'any');
      for (const probe of [events[0], events[i * 10 + 9]]) expect((await store.findEvent('partnership-2', probe.id))?.id).toBe(probe.id);
    }
    const head = (await store.headPosition())!;
    await runner.waitForPosition([projection.name], head, 10_000);
    const reads = countingReads(store);
    expect((await findEventThroughIndex(reads, index, 'partnership-2', events[150].id))?.revision).toBe(150n);
    expect(reads.read()).toBe(1);
  });

  it('knows nothing before the projection ever ran, and then reads the whole stream', async () => {
    const events = numbered(50);
    await store.append('partnership-3', events, 'no_stream');
    expect(index.lookup('partnership-3', events[0].id)).toEqual({ revision: undefined, checkpoint: undefined });
    const reads = countingReads(store);
    expect((await findEventThroughIndex(reads, index, 'partnership-3', events[0].id))?.revision).toBe(0n);
    expect(reads.read()).toBe(50);
  });

  it('a tombstoned stream throws StreamDeletedError even when the index holds its events', async () => {
    const [gone] = numbered(1);
    await store.append('partnership-4', [gone], 'no_stream');
    await indexEverything();
    expect(index.lookup('partnership-4', gone.id).revision).toBe(0n);
    await store.deleteStream('partnership-4');
    await expect(store.findEvent('partnership-4', gone.id)).rejects.toBeInstanceOf(StreamDeletedError);
  });

  it('keys the index by stream: the same event id in two streams is two entries', async () => {
    const [shared] = numbered(1);
    await store.append('partnership-5', [...numbered(2), shared], 'no_stream');
    await store.append('partnership-6', [shared], 'no_stream');
    await indexEverything();
    expect(index.lookup('partnership-5', shared.id).revision).toBe(2n);
    expect(index.lookup('partnership-6', shared.id).revision).toBe(0n);
    expect(index.lookup('partnership-7', shared.id).revision).toBeUndefined();
  });
});
