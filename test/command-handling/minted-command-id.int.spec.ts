/**
 * A context whose command id was minted for its one request (`withMintedCommandId`, what the HTTP layer does when no
 * Idempotency-Key came) skips the look for an earlier attempt on its first decision only: executing the same context
 * again, or a copy made for a derived command, looks first and answers the earlier result. On the real embedded store,
 * with a decider that refuses a second approval, so an answer decided again instead of found shows as a refusal.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandContext, Decider, executeCommand, refuse, withMintedCommandId } from '../../src/command-handling';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';

type Approved = { type: 'Approved'; data: { by: string } };
const approval: Decider<{ by: string }, Approved, { approved: boolean }> = {
  initialState: { approved: false },
  decide: (command, state) => (state.approved ? refuse('approval.once', 'already approved') : [{ type: 'Approved', data: { by: command.by } }]),
  evolve: () => ({ approved: true }),
};

let dir: string;
let store: SqliteEventStore;
let looks: number;
const approve = (context: CommandContext) =>
  executeCommand({ store, decider: approval, id: 'approval', streamId: 'approval-1', context, command: { by: context.actor } });
const storedCount = async () => {
  let count = 0;
  for await (const _ of store.readStream('approval-1')) count++;
  return count;
};
const minted = (): CommandContext => withMintedCommandId({ commandId: randomUUID(), actor: 'key:compliance', correlationId: randomUUID() });

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
    const result = await approve(minted());
    expect(result).toMatchObject({ repeated: false, eventsWritten: 1 });
    expect(looks).toBe(0);
  });

  it('executed twice with the same context: the second execution looks, and answers the first result', async () => {
    const context = minted();
    const first = await approve(context);
    looks = 0;
    const second = await approve(context);
    expect(second).toMatchObject({ repeated: true, eventsWritten: 0, revision: first.revision, position: first.position });
    expect(looks).toBe(1);
    expect(await storedCount()).toBe(1);
  });

  it('copied into a derived command, the copy is not marked: a repeat is found at once', async () => {
    const derived: CommandContext = { ...minted(), commandId: randomUUID(), actor: 'system:sweep' };
    await approve(derived);
    looks = 0;
    const again = await approve(derived);
    expect(again).toMatchObject({ repeated: true, eventsWritten: 0 });
    expect(looks).toBe(1);
    expect(await storedCount()).toBe(1);
  });
});
