/**
 * The EventStoreDB adapter over real gRPC with the real client, against the in-memory test server — once with the
 * server advertising BatchAppend and once without (the adapter appends through the classic Append call either way:
 * src/event-store/esdb/esdb-append.ts says why).
 */
import { randomUUID } from 'node:crypto';
import { EventStore, NewEvent, RecordedEvent } from '../../src/event-store';
import { EsdbEventStore } from '../../src/event-store/esdb/esdb-event-store';
import { startEsdbTestServer, EsdbTestServer } from '../support/esdb-test-server';
import { describeEventStoreContract } from './event-store.contract';

function event(type = 'SessionLogged', data: Record<string, unknown> = {}): NewEvent {
  return { id: randomUUID(), type, schemaVersion: 2, data, metadata: { actor: 'user:ana', correlationId: randomUUID(), commandId: randomUUID() } };
}

async function waitUntil(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function all(iterable: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const collected: RecordedEvent[] = [];
  for await (const recorded of iterable) collected.push(recorded);
  return collected;
}

for (const batchAppend of [true, false]) {
  const path = batchAppend ? 'BatchAppend' : 'Append';

  describeEventStoreContract(`eventstoredb adapter via gRPC test server (${path})`, async () => {
    const server = await startEsdbTestServer({ batchAppend });
    const store = EsdbEventStore.connect(server.connectionString);
    return {
      store,
      cleanup: async () => {
        await store.close();
        await server.stop();
      },
    };
  });

  describe(`eventstoredb adapter via gRPC test server (${path}): adapter-specific behaviour`, () => {
    let server: EsdbTestServer;
    let store: EventStore;

    beforeEach(async () => {
      server = await startEsdbTestServer({ batchAppend });
      store = EsdbEventStore.connect(server.connectionString);
    });
    afterEach(async () => {
      await store.close();
      await server.stop();
    });

    it('keeps the schema version (stored in EventStoreDB metadata) and the rest of the envelope', async () => {
      const before = Date.now();
      const written = event('ClearanceGranted', { artistId: 'a-1', lea: 'lausd' });
      const result = await store.append('artist-a-1', [written], 'no_stream');
      const [read] = await all(store.readStream('artist-a-1'));
      expect(read).toMatchObject({ ...written, streamId: 'artist-a-1', revision: 0n, position: result.position });
      expect(read.recordedAt.getTime()).toBeGreaterThanOrEqual(before - 1);
      expect(result.nextRevision).toBe(0n);
    });

    it('never shows EventStoreDB system events ($epoch-information, $streamDeleted) in $all, subscriptions or the head', async () => {
      await store.append('school-a', [event('SchoolRegistered')], 'no_stream');
      await store.append('partner-b', [event('PartnerApproved')], 'no_stream');
      const last = await store.append('school-c', [event('SchoolRegistered'), event('SchoolRenamed')], 'no_stream');
      await store.deleteStream('partner-b'); // the newest record in $all is now the server's $streamDeleted

      const everything = await all(store.readAll());
      expect(everything.map((e) => e.type)).toEqual(['SchoolRegistered', 'PartnerApproved', 'SchoolRegistered', 'SchoolRenamed']);
      expect(await store.headPosition()).toBe(last.position);

      const subscription = store.subscribe();
      const delivered: RecordedEvent[] = [];
      const consumed = (async () => {
        for await (const recorded of subscription) delivered.push(recorded);
      })();
      await store.append('school-d', [event('SchoolRegistered')], 'no_stream');
      await store.deleteStream('school-d');
      await store.append('school-e', [event('SchoolRegistered')], 'no_stream');
      await waitUntil(() => delivered.length >= 6);
      await subscription.close();
      await consumed;
      expect(delivered.map((e) => e.streamId)).toEqual(['school-a', 'partner-b', 'school-c', 'school-c', 'school-d', 'school-e']);
    });

    it('resumes a subscription the server drops, from the last delivered position, with no gap and no duplicate', async () => {
      const total = 120;
      const subscription = store.subscribe({ filter: { streamPrefixes: ['partnership-'] } });
      const received: RecordedEvent[] = [];
      const consumed = (async () => {
        for await (const recorded of subscription) if (received.push(recorded) >= total) break;
      })();

      let drops = 0;
      for (let i = 0; i < total; i++) {
        await store.append(`partnership-${i % 7}`, [event('SessionLogged', { n: i })], 'any');
        if (i % 10 === 0) await store.append(`school-${i}`, [event('Noise')], 'any');
        if (i % 30 === 15) {
          // Drop while the subscription is live and caught up, then keep appending during the resubscribe.
          await waitUntil(() => received.length === i + 1);
          drops += server.dropSubscriptions();
        }
      }
      await consumed;
      await subscription.close();

      expect(drops).toBe(4);
      expect(received.map((e) => (e.data as { n: number }).n)).toEqual(Array.from({ length: total }, (_, i) => i));
      const positions = received.map((e) => e.position);
      expect(new Set(positions).size).toBe(total);
      expect(positions.every((position, i) => i === 0 || position > positions[i - 1])).toBe(true);
    });

    it('keeps every append in flight while the server drops a subscription (the client reconnects): none fails, none is written twice', async () => {
      const subscription = store.subscribe();
      const received: RecordedEvent[] = [];
      const consumed = (async () => {
        for await (const recorded of subscription) received.push(recorded);
      })();
      await store.append('warm-up', [event()], 'no_stream');
      await waitUntil(() => received.length === 1);

      const appends = Array.from({ length: 200 }, (_, i) => store.append(`dropped-${i}`, [event('SessionLogged', { n: i })], 'no_stream'));
      await new Promise((resolve) => setImmediate(resolve));
      expect(server.dropSubscriptions()).toBe(1);
      const outcomes = await Promise.allSettled(appends);
      expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);

      const written = (await all(store.readAll())).filter((recorded) => recorded.streamId.startsWith('dropped-'));
      expect(written.map((recorded) => (recorded.data as { n: number }).n).sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i));
      // One classic Append call per append, never BatchAppend (src/event-store/esdb/esdb-append.ts says why).
      expect(server.appendCalls.batchAppend).toBe(0);
      expect(server.appendCalls.append).toBeGreaterThanOrEqual(201);
      await subscription.close();
      await consumed;
    });
  });
}
