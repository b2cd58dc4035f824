/**
 * The one contract every event-store adapter passes. It tests only what the port promises, so it runs
 * unchanged on the embedded SQLite file, on EventStoreDB over gRPC, and on a real EventStoreDB. Every test
 * uses streams with a fresh random prefix and reads the global log from the head it saw before writing,
 * so it also works on a shared server that already holds events.
 */
import { randomUUID } from 'node:crypto';
import {
  ConcurrencyError,
  EventStore,
  ExpectedRevision,
  InvalidEventError,
  MAX_EVENT_BYTES,
  MAX_STREAM_ID_LENGTH,
  NewEvent,
  RecordedEvent,
  StreamDeletedError,
  Subscription,
} from '../../src/event-store';

type OpenStore = () => Promise<{ store: EventStore; cleanup: () => Promise<void> }>;

function newEvent(type = 'SessionLogged', data: Record<string, unknown> = {}): NewEvent {
  return {
    id: randomUUID(),
    type,
    schemaVersion: 1,
    data,
    metadata: { actor: 'user:contract', correlationId: randomUUID(), causationId: null, commandId: randomUUID() },
  };
}

function numbered(count: number, type = 'SessionLogged', from = 0): NewEvent[] {
  return Array.from({ length: count }, (_, i) => newEvent(type, { n: from + i }));
}

async function collect(iterable: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const collected: RecordedEvent[] = [];
  for await (const recorded of iterable) collected.push(recorded);
  return collected;
}

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Consumes a subscription in the background, so tests can append while it runs. */
function consume(subscription: Subscription): { received: RecordedEvent[]; finished: Promise<void> } {
  const received: RecordedEvent[] = [];
  const finished = (async () => {
    for await (const recorded of subscription) received.push(recorded);
  })();
  return { received, finished };
}

const numbersOf = (events: RecordedEvent[]) => events.map((e) => (e.data as { n: number }).n);
const revisionsOf = (events: RecordedEvent[]) => events.map((e) => e.revision);

function strictlyIncreasing(positions: bigint[]): boolean {
  return positions.every((position, i) => typeof position === 'bigint' && (i === 0 || position > positions[i - 1]));
}

export function describeEventStoreContract(adapterName: string, open: OpenStore): void {
  describe(`event store contract [${adapterName}]`, () => {
    let store: EventStore;
    let cleanup: () => Promise<void>;
    /** A fresh prefix per test, so streams never collide across tests or runs. */
    let prefix: string;
    const stream = (name: string) => `${prefix}${name}`;

    beforeAll(async () => {
      ({ store, cleanup } = await open());
    });
    afterAll(async () => {
      await cleanup?.();
    });
    beforeEach(() => {
      prefix = `c${randomUUID().replace(/-/g, '').slice(0, 12)}-`;
    });

    describe('append and the envelope', () => {
      it('returns the new revision and global position, and reads back exactly what was written', async () => {
        const before = Date.now();
        const written = [newEvent('ClearanceGranted', { artistId: 'a-1', lea: 'lausd', nested: { grades: ['3', '4'] } }), newEvent('ClearanceRenewed')];
        const result = await store.append(stream('artist-a-1'), written, 'no_stream');
        const after = Date.now();

        const read = await collect(store.readStream(stream('artist-a-1')));
        expect(result.nextRevision).toBe(1n);
        expect(read).toHaveLength(2);
        read.forEach((recorded, i) => {
          expect(recorded).toMatchObject({ ...written[i], streamId: stream('artist-a-1'), revision: BigInt(i) });
          expect(recorded.recordedAt).toBeInstanceOf(Date);
          // Same host clock, with room for a server in a container.
          expect(recorded.recordedAt.getTime()).toBeGreaterThanOrEqual(before - 1_000);
          expect(recorded.recordedAt.getTime()).toBeLessThanOrEqual(after + 1_000);
        });
        expect(read[1].position).toBe(result.position);
        expect(read[0].position).toBeLessThan(read[1].position);
      });

      it('gives every append a later global position than the one before, across streams', async () => {
        const positions: bigint[] = [];
        for (let i = 0; i < 6; i++) positions.push((await store.append(stream(`school-${i % 2}`), [newEvent()], 'any')).position);
        expect(strictlyIncreasing(positions)).toBe(true);
      });

      it('reports the newest position as the head', async () => {
        const first = await store.append(stream('school-h'), [newEvent()], 'no_stream');
        expect(await store.headPosition()).toBe(first.position);
        const second = await store.append(stream('school-h'), numbered(3), 0n);
        expect(await store.headPosition()).toBe(second.position);
      });

      it('answers ping', async () => {
        await expect(store.ping()).resolves.toBeUndefined();
      });
    });

    describe('expected revision', () => {
      async function refused(streamId: string, expected: ExpectedRevision, actual: bigint): Promise<void> {
        const before = await collect(store.readStream(streamId));
        const attempt = store.append(streamId, [newEvent()], expected);
        await expect(attempt).rejects.toBeInstanceOf(ConcurrencyError);
        await expect(store.append(streamId, [newEvent()], expected)).rejects.toMatchObject({ streamId, actual });
        expect(await collect(store.readStream(streamId))).toEqual(before);
      }

      it('no_stream: accepted for a new stream, refused once it exists', async () => {
        await expect(store.append(stream('partner-1'), [newEvent()], 'no_stream')).resolves.toMatchObject({ nextRevision: 0n });
        await refused(stream('partner-1'), 'no_stream', 0n);
      });

      it('stream_exists: refused for a missing stream, accepted once it exists', async () => {
        await refused(stream('partner-2'), 'stream_exists', -1n);
        await store.append(stream('partner-2'), [newEvent()], 'no_stream');
        await expect(store.append(stream('partner-2'), [newEvent()], 'stream_exists')).resolves.toMatchObject({ nextRevision: 1n });
      });

      it('an exact revision: accepted when it is the last revision, refused when behind or ahead', async () => {
        await store.append(stream('partner-3'), numbered(2), 'no_stream');
        await refused(stream('partner-3'), 0n, 1n);
        await refused(stream('partner-3'), 5n, 1n);
        await expect(store.append(stream('partner-3'), [newEvent()], 1n)).resolves.toMatchObject({ nextRevision: 2n });
        await refused(stream('partner-4'), 0n, -1n);
      });

      it('any: accepted for a new and for an existing stream', async () => {
        await expect(store.append(stream('partner-5'), [newEvent()], 'any')).resolves.toMatchObject({ nextRevision: 0n });
        await expect(store.append(stream('partner-5'), numbered(2), 'any')).resolves.toMatchObject({ nextRevision: 2n });
      });
    });

    describe('retried appends', () => {
      it('the same event ids at the same expected revision succeed, return the original result and write nothing', async () => {
        const first = numbered(2);
        const second = numbered(2, 'SessionLogged', 2);
        const firstResult = await store.append(stream('pathway-1'), first, 'no_stream');
        const secondResult = await store.append(stream('pathway-1'), second, 1n);

        await expect(store.append(stream('pathway-1'), first, 'no_stream')).resolves.toEqual(firstResult);
        await expect(store.append(stream('pathway-1'), second, 1n)).resolves.toEqual(secondResult);
        await expect(store.append(stream('pathway-1'), second, 'any')).resolves.toEqual(secondResult);
        expect(numbersOf(await collect(store.readStream(stream('pathway-1'))))).toEqual([0, 1, 2, 3]);
      });

      it('a retry that matches only part of the original append is a conflict and writes nothing', async () => {
        const original = numbered(2);
        await store.append(stream('pathway-2'), original, 'no_stream');
        await expect(store.append(stream('pathway-2'), [original[0], newEvent()], 'no_stream')).rejects.toBeInstanceOf(ConcurrencyError);
        expect(await collect(store.readStream(stream('pathway-2')))).toHaveLength(2);
      });
    });

    describe('readStream', () => {
      beforeEach(async () => {
        await store.append(stream('school-r'), numbered(3), 'no_stream');
        await store.append(stream('school-r'), numbered(2, 'SessionLogged', 3), 2n);
        await store.append(stream('school-other'), numbered(2, 'SessionLogged', 100), 'no_stream');
      });

      it('reads forwards from the start, or from a revision (inclusive), up to maxCount', async () => {
        expect(numbersOf(await collect(store.readStream(stream('school-r'))))).toEqual([0, 1, 2, 3, 4]);
        expect(revisionsOf(await collect(store.readStream(stream('school-r'), { fromRevision: 2n })))).toEqual([2n, 3n, 4n]);
        expect(revisionsOf(await collect(store.readStream(stream('school-r'), { fromRevision: 1n, maxCount: 2 })))).toEqual([1n, 2n]);
        expect(await collect(store.readStream(stream('school-r'), { fromRevision: 5n }))).toEqual([]);
      });

      it('reads backwards from the end, or from a revision (inclusive), up to maxCount', async () => {
        expect(revisionsOf(await collect(store.readStream(stream('school-r'), { direction: 'backwards' })))).toEqual([4n, 3n, 2n, 1n, 0n]);
        expect(revisionsOf(await collect(store.readStream(stream('school-r'), { direction: 'backwards', fromRevision: 3n, maxCount: 2 })))).toEqual([
          3n,
          2n,
        ]);
        expect(revisionsOf(await collect(store.readStream(stream('school-r'), { direction: 'backwards', maxCount: 1 })))).toEqual([4n]);
      });

      it('yields nothing for a stream that was never written', async () => {
        expect(await collect(store.readStream(stream('school-missing')))).toEqual([]);
        expect(await collect(store.readStream(stream('school-missing'), { direction: 'backwards' }))).toEqual([]);
      });

      it('reads a long stream whole, in both directions, without gaps', async () => {
        for (let i = 0; i < 3; i++) await store.append(stream('school-long'), numbered(1_500, 'SessionLogged', i * 1_500), 'any');
        const forwards = await collect(store.readStream(stream('school-long')));
        expect(revisionsOf(forwards)).toEqual(Array.from({ length: 4_500 }, (_, i) => BigInt(i)));
        const backwards = await collect(store.readStream(stream('school-long'), { direction: 'backwards' }));
        expect(numbersOf(backwards)).toEqual(numbersOf(forwards).reverse());
      });
    });

    describe('findEvent', () => {
      it('finds an event of the stream by its id, with the envelope readStream gives', async () => {
        const written = numbered(3);
        await store.append(stream('partnership-f'), written, 'no_stream');
        await store.append(stream('partnership-f'), numbered(2, 'SessionLogged', 3), 2n);
        const [, second] = await collect(store.readStream(stream('partnership-f')));
        expect(await store.findEvent(stream('partnership-f'), written[1].id)).toEqual(second);
      });

      it('answers undefined for an id that is only in another stream, and for a stream that was never written', async () => {
        const [elsewhere] = numbered(1);
        await store.append(stream('partnership-g'), numbered(2), 'no_stream');
        await store.append(stream('partnership-h'), [elsewhere], 'no_stream');
        expect(await store.findEvent(stream('partnership-g'), elsewhere.id)).toBeUndefined();
        expect(await store.findEvent(stream('partnership-g'), randomUUID())).toBeUndefined();
        expect(await store.findEvent(stream('partnership-missing'), elsewhere.id)).toBeUndefined();
      });

      it('treats a tombstoned stream as readStream does: StreamDeletedError, never its old events', async () => {
        const [gone] = numbered(1);
        await store.append(stream('partnership-t'), [gone], 'no_stream');
        await store.deleteStream(stream('partnership-t'));
        await expect(store.findEvent(stream('partnership-t'), gone.id)).rejects.toBeInstanceOf(StreamDeletedError);
      });

      it('finds the first, a middle and the last event of a long stream', async () => {
        const events = numbered(4_500);
        for (let i = 0; i < 3; i++) await store.append(stream('partnership-long'), events.slice(i * 1_500, (i + 1) * 1_500), 'any');
        for (const n of [0, 2_222, 4_499]) {
          const found = await store.findEvent(stream('partnership-long'), events[n].id);
          expect(found).toMatchObject({ id: events[n].id, revision: BigInt(n), data: { n } });
        }
        expect(await store.findEvent(stream('partnership-long'), randomUUID())).toBeUndefined();
      });
    });

    describe('streamHead', () => {
      it('names the last event of the stream (revision, position, id) and follows appends', async () => {
        await store.append(stream('partnership-head'), numbered(3), 'no_stream');
        let events = await collect(store.readStream(stream('partnership-head')));
        expect(await store.streamHead(stream('partnership-head'))).toEqual({ revision: 2n, position: events[2].position, eventId: events[2].id });
        await store.append(stream('partnership-head'), numbered(1, 'SessionLogged', 3), 2n);
        events = await collect(store.readStream(stream('partnership-head')));
        expect(await store.streamHead(stream('partnership-head'))).toEqual({ revision: 3n, position: events[3].position, eventId: events[3].id });
      });

      it('answers undefined for a stream never written, and StreamDeletedError for a tombstoned one', async () => {
        expect(await store.streamHead(stream('partnership-nohead'))).toBeUndefined();
        await store.append(stream('partnership-headgone'), numbered(1), 'no_stream');
        await store.deleteStream(stream('partnership-headgone'));
        await expect(store.streamHead(stream('partnership-headgone'))).rejects.toBeInstanceOf(StreamDeletedError);
      });
    });

    describe('readAll', () => {
      let head: bigint | undefined;
      let written: RecordedEvent[];

      beforeEach(async () => {
        head = await store.headPosition();
        await store.append(stream('school-1'), [newEvent('SchoolRegistered', { n: 0 })], 'no_stream');
        await store.append(stream('partner-1'), [newEvent('PartnerApproved', { n: 1 })], 'no_stream');
        await store.append(stream('school-2'), [newEvent('SchoolRegistered', { n: 2 }), newEvent('SchoolRenamed', { n: 3 })], 'no_stream');
        await store.append(stream('school-1'), [newEvent('SchoolRenamed', { n: 4 })], 0n);
        written = await collect(store.readAll({ after: head, filter: { streamPrefixes: [prefix] } }));
      });

      it('reads the global log after a position (exclusive), in order, with exact increasing bigint positions', async () => {
        expect(numbersOf(written)).toEqual([0, 1, 2, 3, 4]);
        expect(strictlyIncreasing(written.map((e) => e.position))).toBe(true);
        const ours = (await collect(store.readAll({ after: head }))).filter((e) => e.streamId.startsWith(prefix));
        expect(ours).toEqual(written);
        expect(numbersOf(await collect(store.readAll({ after: written[1].position, filter: { streamPrefixes: [prefix] } })))).toEqual([2, 3, 4]);
        expect(await collect(store.readAll({ after: written[4].position, filter: { streamPrefixes: [prefix] } }))).toEqual([]);
        const whole = await collect(store.readAll({ filter: { streamPrefixes: [prefix] } }));
        expect(whole).toEqual(written);
      });

      it('stops after maxCount events', async () => {
        expect(numbersOf(await collect(store.readAll({ after: head, maxCount: 2, filter: { streamPrefixes: [prefix] } })))).toEqual([0, 1]);
        expect(await collect(store.readAll({ after: head, maxCount: 0 }))).toEqual([]);
      });

      it('filters by stream prefix, by event type, and by both', async () => {
        const after = head;
        const schools = await collect(store.readAll({ after, filter: { streamPrefixes: [stream('school-')] } }));
        expect(numbersOf(schools)).toEqual([0, 2, 3, 4]);
        const twoPrefixes = await collect(store.readAll({ after, filter: { streamPrefixes: [stream('school-2'), stream('partner-')] } }));
        expect(numbersOf(twoPrefixes)).toEqual([1, 2, 3]);
        const renamed = (await collect(store.readAll({ after, filter: { eventTypes: ['SchoolRenamed'] } }))).filter((e) => e.streamId.startsWith(prefix));
        expect(numbersOf(renamed)).toEqual([3, 4]);
        const both = await collect(store.readAll({ after, filter: { streamPrefixes: [stream('school-1')], eventTypes: ['SchoolRegistered', 'PartnerApproved'] } }));
        expect(numbersOf(both)).toEqual([0]);
      });

      it('reads a log longer than any one page without gap or duplicate', async () => {
        const from = await store.headPosition();
        for (let i = 0; i < 5; i++) await store.append(stream(`pathway-${i}`), numbered(1_000, 'SessionLogged', i * 1_000), 'no_stream');
        const read = await collect(store.readAll({ after: from, filter: { streamPrefixes: [stream('pathway-')] } }));
        expect(numbersOf(read)).toEqual(Array.from({ length: 5_000 }, (_, i) => i));
        expect(strictlyIncreasing(read.map((e) => e.position))).toBe(true);
      });
    });

    describe('subscribe', () => {
      it('catches up, then delivers live appends, in global order, and close() ends the iteration', async () => {
        const head = await store.headPosition();
        await store.append(stream('partnership-1'), numbered(3), 'no_stream');
        const subscription = store.subscribe({ after: head, filter: { streamPrefixes: [prefix] } });
        const { received, finished } = consume(subscription);
        await waitUntil(() => received.length === 3, 'the catch-up is delivered');

        await store.append(stream('partnership-2'), numbered(2, 'SessionLogged', 3), 'no_stream');
        await store.append(stream('partnership-1'), numbered(1, 'SessionLogged', 5), 2n);
        await waitUntil(() => received.length === 6, 'the live appends are delivered');
        await subscription.close();
        await finished;

        expect(numbersOf(received)).toEqual([0, 1, 2, 3, 4, 5]);
        expect(strictlyIncreasing(received.map((e) => e.position))).toBe(true);
        expect(received.map((e) => e.streamId)).toEqual([...Array(3).fill(stream('partnership-1')), stream('partnership-2'), stream('partnership-2'), stream('partnership-1')]);
      });

      it('delivers only what the filter matches', async () => {
        const head = await store.headPosition();
        const subscription = store.subscribe({ after: head, filter: { streamPrefixes: [stream('partnership-')], eventTypes: ['SessionLogged'] } });
        const { received, finished } = consume(subscription);
        await store.append(stream('partnership-1'), [newEvent('SessionLogged', { n: 0 }), newEvent('ArtistAssigned', { n: 1 })], 'no_stream');
        await store.append(stream('school-1'), [newEvent('SessionLogged', { n: 2 })], 'no_stream');
        await store.append(stream('partnership-2'), [newEvent('SessionLogged', { n: 3 })], 'no_stream');
        await waitUntil(() => received.length >= 2, 'the matching events are delivered');
        await subscription.close();
        await finished;
        expect(numbersOf(received)).toEqual([0, 3]);
      });

      it('resumes after a given position with no gap and no duplicate', async () => {
        const head = await store.headPosition();
        await store.append(stream('partnership-r'), numbered(4), 'no_stream');
        const firstTwo = await collect(store.readAll({ after: head, maxCount: 2, filter: { streamPrefixes: [prefix] } }));
        const subscription = store.subscribe({ after: firstTwo[1].position, filter: { streamPrefixes: [prefix] } });
        const { received, finished } = consume(subscription);
        await store.append(stream('partnership-r'), numbered(2, 'SessionLogged', 4), 3n);
        await waitUntil(() => received.length >= 4, 'the rest of the stream is delivered');
        // Give a duplicate time to show up before closing.
        await new Promise((resolve) => setTimeout(resolve, 300));
        await subscription.close();
        await finished;
        expect(numbersOf(received)).toEqual([2, 3, 4, 5]);
      });

      it('close() ends an iteration that is waiting for new events, promptly', async () => {
        const subscription = store.subscribe({ after: await store.headPosition(), filter: { streamPrefixes: [prefix] } });
        const { received, finished } = consume(subscription);
        await new Promise((resolve) => setTimeout(resolve, 100));
        const closing = Date.now();
        await subscription.close();
        await finished;
        expect(Date.now() - closing).toBeLessThan(2_000);
        expect(received).toEqual([]);
      });
    });

    describe('deleteStream', () => {
      it('tombstones a stream: later reads and appends fail with StreamDeletedError, other streams are untouched', async () => {
        await store.append(stream('artist-d'), numbered(2), 'no_stream');
        await store.append(stream('artist-e'), numbered(1), 'no_stream');
        await store.deleteStream(stream('artist-d'));

        await expect(collect(store.readStream(stream('artist-d')))).rejects.toBeInstanceOf(StreamDeletedError);
        await expect(store.append(stream('artist-d'), [newEvent()], 'any')).rejects.toBeInstanceOf(StreamDeletedError);
        await expect(store.append(stream('artist-d'), [newEvent()], 'no_stream')).rejects.toBeInstanceOf(StreamDeletedError);
        await expect(store.deleteStream(stream('artist-d'))).resolves.toBeUndefined();
        expect(await collect(store.readStream(stream('artist-e')))).toHaveLength(1);
      });
    });

    describe('bad input is refused with InvalidEventError and writes nothing', () => {
      class Money {
        constructor(readonly cents: number) {}
      }
      const badAppends: [string, () => [string, NewEvent[]]][] = [
        ['an empty stream name', () => ['', [newEvent()]]],
        [`a ${MAX_STREAM_ID_LENGTH + 1}-character stream name`, () => [stream('x').padEnd(MAX_STREAM_ID_LENGTH + 1, 'x'), [newEvent()]]],
        ['a $-prefixed stream name', () => [`$${stream('system')}`, [newEvent()]]],
        ['no events', () => [stream('s'), []]],
        ['an event over MAX_EVENT_BYTES', () => [stream('s'), [newEvent('Big', { text: 'x'.repeat(MAX_EVENT_BYTES) })]]],
        ['a function in data', () => [stream('s'), [newEvent('Bad', { f: () => 1 })]]],
        ['NaN in data', () => [stream('s'), [newEvent('Bad', { minutes: NaN })]]],
        ['a class instance in data', () => [stream('s'), [newEvent('Bad', { fee: new Money(100) })]]],
        ['a non-UUID event id', () => [stream('s'), [{ ...newEvent(), id: 'event-1' }]]],
        ['one bad event among good ones', () => [stream('s'), [newEvent(), { ...newEvent(), id: 'nope' }, newEvent()]]],
      ];

      it.each(badAppends)('%s', async (_, make) => {
        const [streamId, events] = make();
        const head = await store.headPosition();
        await expect(store.append(streamId, events, 'any')).rejects.toBeInstanceOf(InvalidEventError);
        expect(await store.headPosition()).toBe(head);
        expect(await collect(store.readStream(stream('s')))).toEqual([]);
      });

      it(`accepts a stream name of exactly ${MAX_STREAM_ID_LENGTH} characters`, async () => {
        const longest = stream('x').padEnd(MAX_STREAM_ID_LENGTH, 'x');
        await store.append(longest, [newEvent()], 'no_stream');
        expect(await collect(store.readStream(longest))).toHaveLength(1);
      });
    });

    describe('concurrent writers', () => {
      it('50 writers racing on one stream with expected revisions: one event per revision, losers get ConcurrencyError', async () => {
        const streamId = stream('partnership-race');
        const writers = 50;
        let losses = 0;
        const otherErrors: unknown[] = [];

        async function writer(index: number): Promise<void> {
          const event = newEvent('ArtistAssigned', { n: index });
          for (;;) {
            // Decide on the revision read, then append at it: the optimistic-concurrency shape of every command.
            const [last] = await collect(store.readStream(streamId, { direction: 'backwards', maxCount: 1 }));
            try {
              await store.append(streamId, [event], last ? last.revision : 'no_stream');
              return;
            } catch (error) {
              if (!(error instanceof ConcurrencyError)) {
                otherErrors.push(error);
                return;
              }
              losses++;
            }
          }
        }

        await Promise.all(Array.from({ length: writers }, (_, i) => writer(i)));
        const events = await collect(store.readStream(streamId));
        expect(otherErrors).toEqual([]);
        expect(revisionsOf(events)).toEqual(Array.from({ length: writers }, (_, i) => BigInt(i)));
        expect([...numbersOf(events)].sort((a, b) => a - b)).toEqual(Array.from({ length: writers }, (_, i) => i));
        expect(new Set(events.map((e) => e.id)).size).toBe(writers);
        // They all started from the same revision, so at least every writer but one lost once.
        expect(losses).toBeGreaterThanOrEqual(writers - 1);
      }, 120_000);
    });
  });
}
