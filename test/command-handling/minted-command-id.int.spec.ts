/**
 * A command id minted for one request (`CommandContext.mintedCommandId`, what the HTTP layer sets when no
 * Idempotency-Key came) skips the look for an earlier attempt on its first decision. Whatever a handler does with
 * such a context, a command is never written twice: on the real embedded store.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandContext, Decider, executeCommand } from '../../src/command-handling';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';

type Noted = { type: 'Noted'; data: { text: string } };
const notes: Decider<{ text: string }, Noted, { count: number }> = {
  initialState: { count: 0 },
  decide: (command) => [{ type: 'Noted', data: { text: command.text } }],
  evolve: (state) => ({ count: state.count + 1 }),
};

let dir: string;
let store: SqliteEventStore;
let looks: number;
const note = (context: CommandContext, text = 'hello') =>
  executeCommand({ store, decider: notes, id: 'notes', streamId: 'notes-1', context, command: { text } });
const storedCount = async () => {
  let count = 0;
  for await (const _ of store.readStream('notes-1')) count++;
  return count;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-minted-'));
  store = SqliteEventStore.open({ path: join(dir, 'events.sqlite'), synchronous: 'NORMAL' });
  looks = 0;
  const findEvent = store.findEvent.bind(store);
  store.findEvent = (...args) => {
    looks++;
    return findEvent(...args);
  };
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a command id minted for the request', () => {
  it('is written without looking for an earlier attempt', async () => {
    const commandId = randomUUID();
    const result = await note({ commandId, mintedCommandId: commandId, actor: 'key:operations', correlationId: randomUUID() });
    expect(result).toMatchObject({ repeated: false, eventsWritten: 1 });
    expect(looks).toBe(0);
  });

  it('run twice by a handler with the same context, is written once: the second run answers the first result', async () => {
    const commandId = randomUUID();
    const context: CommandContext = { commandId, mintedCommandId: commandId, actor: 'key:operations', correlationId: randomUUID() };
    const first = await note(context);
    const second = await note(context);
    expect(second).toMatchObject({ repeated: true, eventsWritten: 0, revision: first.revision, position: first.position });
    expect(await storedCount()).toBe(1);
  });

  it('copied into a derived command (another commandId), no longer counts as minted: a repeat is found at once', async () => {
    const minted = randomUUID();
    const derived: CommandContext = { commandId: randomUUID(), mintedCommandId: minted, actor: 'system:sweep', correlationId: randomUUID() };
    await note(derived);
    looks = 0;
    const again = await note(derived);
    expect(again).toMatchObject({ repeated: true, eventsWritten: 0 });
    expect(looks).toBe(1);
    expect(await storedCount()).toBe(1);
  });
});
