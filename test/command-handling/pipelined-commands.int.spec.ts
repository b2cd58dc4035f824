import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandContext, CommandRefusedError, CommandResult, Decider, executeCommand, foldFromStart, refuse } from '../../src/command-handling';
import { inFlightAppendsOf } from '../../src/command-handling/in-flight-appends';
import { ConcurrencyError, EventStore } from '../../src/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';

/*
 * Commands on one stream in the same moment: the second decides on the state the first's append (still waiting for its
 * group commit) will leave, and appends right after the first's last event. Run on the real embedded store.
 */

// A set of keys: adding a key already there is refused. Each event records how many keys the decision saw, so the
// stream shows what state every decision was made on.
type KeyEvent = { type: 'KeyAdded'; data: { key: string; seen: number } };
type KeyCommand = { key: string };
interface KeyState { keys: readonly string[] }
const keysDecider: Decider<KeyCommand, KeyEvent, KeyState> = {
  initialState: { keys: [] },
  decide(command, state) {
    if (state.keys.includes(command.key)) return refuse('key.once', `key ${command.key} is already there`);
    return [{ type: 'KeyAdded', data: { key: command.key, seen: state.keys.length } }];
  },
  evolve: (state, event) => ({ keys: [...state.keys, event.data.key] }),
};

const STREAM = 'keys-1';
let dir: string;
let store: SqliteEventStore;
let groups: number[];

const context = (): CommandContext => ({ commandId: randomUUID(), actor: 'key:operations', correlationId: randomUUID() });
const add = (key: string, before?: (state: KeyState) => void | Promise<void>) =>
  executeCommand({
    store,
    decider: keysDecider,
    id: 'keys',
    streamId: STREAM,
    context: context(),
    command: async (state: KeyState) => {
      await before?.(state);
      return { key };
    },
  });
const stored = async () => {
  const events: KeyEvent['data'][] = [];
  for await (const event of store.readStream(STREAM)) events.push(event.data as KeyEvent['data']);
  return events;
};
/** Resolves once a command's append on the stream is in flight (handed to the store, not yet committed). */
const inFlight = async () => {
  for (let i = 0; i < 1000; i++) {
    if (inFlightAppendsOf(store).latest(STREAM, keysDecider)) return;
    await Promise.resolve();
  }
  throw new Error('no append in flight');
};
/** On the first call only (a command builder runs again on each attempt): another process appends `key` at revision 0. */
const sneakInOnce = (key: string) => {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    void store.append(STREAM, [rawEvent(key)], 0n);
  };
};
/**
 * A command adding `key` that loses its revision to another process (which appends `x` right after it decided) and,
 * on its second attempt, gives up (its builder throws, as a handler does when what it needs is gone): it never writes
 * `key`. Resolves with its error's message.
 */
const addThenGiveUp = (key: string): Promise<unknown> => {
  let attempts = 0;
  return add(key, () => {
    attempts++;
    if (attempts === 1) void store.append(STREAM, [rawEvent('x')], 0n);
    else throw new Error('the first command gave up');
  }).catch((error: Error) => error.message);
};
const rawEvent = (key: string) => ({ id: randomUUID(), type: 'KeyAdded', schemaVersion: 1, data: { key, seen: -1 }, metadata: { actor: 'key:other-process', correlationId: randomUUID() } });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-pipelined-'));
  groups = [];
  store = SqliteEventStore.open({ path: join(dir, 'events.sqlite'), synchronous: 'NORMAL', onGroupCommitted: (size) => groups.push(size) });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('commands on one stream in the same moment', () => {
  it('the second decides on the state the first will leave, and both commit in one group without a lost race', async () => {
    await add('a');
    groups = [];
    let conflicts = 0;
    const appendAfter = store.appendAfterEvent.bind(store);
    store.appendAfterEvent = (...args: Parameters<EventStore['appendAfterEvent']>) => appendAfter(...args).catch((error: unknown) => {
      if (error instanceof ConcurrencyError) conflicts++;
      throw error;
    });
    const first = add('b');
    await inFlight();
    const second = add('c');
    const results = await Promise.all([first, second]);
    expect(results.map((r) => r.revision)).toEqual([1n, 2n]);
    expect(await stored()).toEqual([
      { key: 'a', seen: 0 },
      { key: 'b', seen: 1 },
      { key: 'c', seen: 2 },
    ]);
    expect(groups).toEqual([2]);
    expect(conflicts).toBe(0);
  });

  it("when the first's append fails, the second fails with it and is decided again on what was really written", async () => {
    await add('a');
    // Another process writes `x` right after the first command decided: its append, then the second's, must fail.
    const first = add('b', sneakInOnce('x'));
    await inFlight();
    const second = add('c');
    await Promise.all([first, second]);
    const events = await stored();
    expect(events.map((e) => e.key)).toEqual(['a', 'x', expect.any(String), expect.any(String)]);
    expect(new Set(events.slice(2).map((e) => e.key))).toEqual(new Set(['b', 'c']));
    // Every decision saw exactly the events before it in the stream: none was made on a state that never happened.
    expect(events.slice(2).map((e) => e.seen)).toEqual([2, 3]);
    expect((await foldFromStart(store, STREAM, keysDecider)).state.keys).toHaveLength(4);
  });

  it('a refusal is never answered on a state not yet committed: it waits for the commit and is judged again', async () => {
    await add('a');
    // The first adds `b`, but another process takes its revision, and on its second attempt the first command gives up
    // (its builder throws, as a handler does when what it needs is gone): no `b` is ever written by it. The second,
    // also adding `b`, would be refused on the first's pending state; judged on what was written, it adds `b`.
    const first = addThenGiveUp('b');
    await inFlight();
    const second = add('b').then(
      () => 'written',
      (error: unknown) => (error instanceof CommandRefusedError ? 'refused' : `failed: ${String(error)}`),
    );
    expect(await first).toBe('the first command gave up');
    expect(await second).toBe('written');
    expect(await stored()).toEqual([
      { key: 'a', seen: 0 },
      { key: 'x', seen: -1 },
      { key: 'b', seen: 2 },
    ]);
  });

  it('a refusal on the pending state of an append that then commits is answered after that commit', async () => {
    await add('a');
    const order: string[] = [];
    const first = add('b').then(() => order.push('first committed'));
    await inFlight();
    const second = add('b').catch((error: unknown) => {
      order.push(error instanceof CommandRefusedError ? 'second refused' : 'second failed');
    });
    await Promise.all([first, second]);
    expect(order).toEqual(['first committed', 'second refused']);
    expect((await stored()).map((e) => e.key)).toEqual(['a', 'b']);
  });

  it('the same command sent twice at once (one Idempotency-Key) writes once and answers the first result twice', async () => {
    await add('a');
    const sameContext = context();
    const once = () => executeCommand({ store, decider: keysDecider, id: 'keys', streamId: STREAM, context: sameContext, command: { key: 'b' } });
    const first = once();
    await inFlight();
    const [a, b] = await Promise.all([first, once()]);
    expect(a.revision).toBe(1n);
    expect(b).toMatchObject({ revision: 1n, repeated: true, eventsWritten: 0 });
    expect((await stored()).map((e) => e.key)).toEqual(['a', 'b']);
  });

  it('a retry with the same Idempotency-Key arriving while the first attempt is still deciding writes once', async () => {
    // A decider that accepts the same command again on any state (a counter): only the command id keeps it once.
    const counter: Decider<{ by: number }, { type: 'Counted'; data: { by: number } }, { total: number }> = {
      initialState: { total: 0 },
      decide: (command) => [{ type: 'Counted', data: { by: command.by } }],
      evolve: (state, event) => ({ total: state.total + event.data.by }),
    };
    const stream = 'counter-1';
    await executeCommand({ store, decider: counter, id: 'c', streamId: stream, context: context(), command: { by: 1 } });
    const same = context();
    let retry: Promise<CommandResult> | undefined;
    // The first attempt's builder is where the retry arrives (as while a handler reads another stream).
    const attempt = (): Promise<CommandResult> =>
      executeCommand({
        store,
        decider: counter,
        id: 'c',
        streamId: stream,
        context: same,
        command: async () => {
          retry ??= attempt();
          return { by: 10 };
        },
      });
    const first = await attempt();
    const second = await retry!;
    expect(first).toMatchObject({ revision: 1n, repeated: false });
    expect(second).toMatchObject({ revision: 1n, repeated: true });
    const written: unknown[] = [];
    for await (const event of store.readStream(stream)) written.push(event.data);
    expect(written).toEqual([{ by: 1 }, { by: 10 }]);
  });

  it('an error thrown on a pending state is never answered: judged again on what the first append really left', async () => {
    await add('a');
    // The first adds `b` but loses its revision to another process and then gives up: `b` is never written. The
    // second's builder throws whenever the state holds `b` (as a handler throws when a fact it needs is missing).
    const first = addThenGiveUp('b');
    await inFlight();
    const second = add('c', (state) => {
      if (state.keys.includes('b')) throw new Error('b is in the way');
    }).then(
      () => 'written',
      (error: Error) => error.message,
    );
    expect(await first).toBe('the first command gave up');
    expect(await second).toBe('written');
    expect((await stored()).map((e) => e.key)).toEqual(['a', 'x', 'c']);
  });

  it('with If-Match nothing is decided on a pending state: the stale revision is refused once the first commits', async () => {
    await add('a');
    const first = add('b');
    await inFlight();
    const withIfMatch = executeCommand({ store, decider: keysDecider, id: 'keys', streamId: STREAM, context: { ...context(), ifMatch: 0n }, command: { key: 'c' } });
    await expect(withIfMatch).rejects.toBeInstanceOf(ConcurrencyError);
    await first;
    expect((await stored()).map((e) => e.key)).toEqual(['a', 'b']);
  });

  it('appendAfterEvent refuses when the event at the revision is another one, and writes nothing', async () => {
    await add('a');
    const [only] = await (async () => {
      const ids: string[] = [];
      for await (const event of store.readStream(STREAM)) ids.push(event.id);
      return ids;
    })();
    await expect(store.appendAfterEvent(STREAM, [rawEvent('y')], { revision: 0n, eventId: randomUUID() })).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(store.appendAfterEvent(STREAM, [rawEvent('y')], { revision: 1n, eventId: only })).rejects.toBeInstanceOf(ConcurrencyError);
    expect((await stored()).map((e) => e.key)).toEqual(['a']);
    await store.appendAfterEvent(STREAM, [rawEvent('z')], { revision: 0n, eventId: only.toUpperCase() });
    expect((await stored()).map((e) => e.key)).toEqual(['a', 'z']);
  });
});
