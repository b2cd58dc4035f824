/**
 * Group commit in the embedded adapter, on real SQLite files: appends that arrive together share one
 * transaction (one fsync), yet each is checked, refused and acknowledged on its own, and none is
 * acknowledged before its transaction committed.
 */
import Database from 'better-sqlite3';
import { ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppendResult, ConcurrencyError, InvalidEventError, NewEvent, RecordedEvent, StreamDeletedError } from '../../src/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { logChainOf } from '../../src/log-chain/log-chain';
import { verifyLog } from '../../src/log-chain/verify-log';

const FIXTURES = join(__dirname, 'fixtures');

function newEvent(data: Record<string, unknown> = {}, type = 'SessionLogged'): NewEvent {
  return { id: randomUUID(), type, schemaVersion: 1, data, metadata: { actor: 'user:test', correlationId: randomUUID() } };
}

async function collect(iterable: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const collected: RecordedEvent[] = [];
  for await (const recorded of iterable) collected.push(recorded);
  return collected;
}

/** Settles every promise; keeps each outcome, so one refusal does not hide the others. */
function outcomes<T>(promises: Promise<T>[]): Promise<PromiseSettledResult<T>[]> {
  return Promise.allSettled(promises);
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

describe('SQLite event store: group commit', () => {
  let dir: string;
  let path: string;
  let groups: number[];
  let store: SqliteEventStore;
  const ids = (events: RecordedEvent[]) => events.map((e) => e.id);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-group-'));
    path = join(dir, 'events.sqlite');
    groups = [];
    store = SqliteEventStore.open({ path, onGroupCommitted: (writes) => groups.push(writes) });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('commits many concurrent appends to different streams in few transactions, all durable with contiguous revisions', async () => {
    const writers = 40;
    const perStream = 10;
    const written = new Map<string, NewEvent[]>();
    const results: AppendResult[] = [];
    async function writer(w: number): Promise<void> {
      const streamId = `partnership-${w}`;
      written.set(streamId, []);
      for (let n = 0; n < perStream; n++) {
        const event = newEvent({ w, n });
        written.get(streamId)!.push(event);
        const result = await store.append(streamId, [event], n === 0 ? 'no_stream' : BigInt(n - 1));
        expect(result.nextRevision).toBe(BigInt(n));
        results.push(result);
      }
    }
    await Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));

    // Grouped: ten rounds of forty appends, not four hundred transactions.
    expect(groups.reduce((sum, size) => sum + size, 0)).toBe(writers * perStream);
    expect(groups.length).toBeLessThanOrEqual(2 * perStream);
    expect(Math.max(...groups)).toBe(writers);
    expect(new Set(results.map((r) => r.position)).size).toBe(writers * perStream);

    await store.close();
    store = SqliteEventStore.open({ path });
    for (const [streamId, events] of written) {
      const read = await collect(store.readStream(streamId));
      expect(read.map((e) => e.revision)).toEqual(Array.from({ length: perStream }, (_, i) => BigInt(i)));
      expect(ids(read)).toEqual(events.map((e) => e.id));
    }
    const all = await collect(store.readAll());
    expect(all).toHaveLength(writers * perStream);
    expect(all.map((e) => e.position).sort((a, b) => (a < b ? -1 : 1))).toEqual(results.map((r) => r.position).sort((a, b) => (a < b ? -1 : 1)));
  });

  it('gives a lone sequential writer one transaction per append', async () => {
    for (let n = 0; n < 5; n++) await store.append('school-1', [newEvent({ n })], n === 0 ? 'no_stream' : BigInt(n - 1));
    expect(groups).toEqual([1, 1, 1, 1, 1]);
  });

  it('in one group, a conflicting append fails with ConcurrencyError and the others of the group are written', async () => {
    const a = newEvent({ n: 'a' });
    const b = newEvent({ n: 'b' });
    const c = [newEvent({ n: 'c0' }), newEvent({ n: 'c1' })];
    const d = newEvent({ n: 'd' });
    const e = newEvent({ n: 'e' });
    const settled = await outcomes<AppendResult>([
      store.append('school-1', [a], 'no_stream'),
      store.append('school-2', [b], 'no_stream'),
      // Arrives after a, at the same expected revision: loses exactly as it would in its own transaction.
      store.append('school-1', c, 'no_stream'),
      store.append('school-3', [d], 'no_stream'),
      // Arrival order holds within the group: this one sees a's write.
      store.append('school-1', [e], 0n),
    ]);
    expect(groups).toEqual([5]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const conflict = (settled[2] as PromiseRejectedResult).reason;
    expect(conflict).toBeInstanceOf(ConcurrencyError);
    expect(conflict).toMatchObject({ streamId: 'school-1', actual: 0n });
    expect((settled[4] as PromiseFulfilledResult<AppendResult>).value.nextRevision).toBe(1n);

    expect(ids(await collect(store.readStream('school-1')))).toEqual([a.id, e.id]);
    expect(ids(await collect(store.readStream('school-2')))).toEqual([b.id]);
    expect(ids(await collect(store.readStream('school-3')))).toEqual([d.id]);
    expect(await collect(store.readAll())).toHaveLength(4);
  });

  it('an append to a stream deleted earlier in the same group fails with StreamDeletedError, alone', async () => {
    await store.append('artist-1', [newEvent()], 'no_stream');
    groups = [];
    const kept = newEvent();
    const settled = await outcomes<unknown>([store.deleteStream('artist-1'), store.append('artist-1', [newEvent()], 'any'), store.append('artist-2', [kept], 'no_stream')]);
    expect(groups).toEqual([3]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((settled[1] as PromiseRejectedResult).reason).toBeInstanceOf(StreamDeletedError);
    expect(ids(await collect(store.readStream('artist-2')))).toEqual([kept.id]);
  });

  it('an append and then a delete of its stream in one group: the append is written, then the stream is gone, its head included', async () => {
    await store.append('artist-1', [newEvent()], 'no_stream');
    await store.streamHead('artist-1');
    groups = [];
    const last = newEvent();
    const settled = await outcomes<unknown>([store.append('artist-1', [last], 0n), store.deleteStream('artist-1'), store.append('artist-2', [newEvent()], 'no_stream')]);
    expect(groups).toEqual([3]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    expect((settled[0] as PromiseFulfilledResult<AppendResult>).value.nextRevision).toBe(1n);
    // Deleted after its append, as asked: no head is answered for it any more, and its events stay in the global log.
    await expect(store.streamHead('artist-1')).rejects.toBeInstanceOf(StreamDeletedError);
    await expect(collect(store.readStream('artist-1'))).rejects.toBeInstanceOf(StreamDeletedError);
    expect(ids(await collect(store.readAll()))).toContain(last.id);
    const verified = await verifyLog(logChainOf(store));
    expect(verified.problems).toEqual([]);
  });

  it('a seal asked for in the same group as appends before it covers them', async () => {
    const [, , seal] = await Promise.all([store.append('roster-1', [newEvent(), newEvent()], 'no_stream'), store.append('roster-2', [newEvent()], 'no_stream'), logChainOf(store).sealNow()]);
    expect(groups).toEqual([3]);
    expect(seal).toMatchObject({ number: 1, toPosition: '3', events: 3 });
    expect((await verifyLog(logChainOf(store))).problems).toEqual([]);
  });

  it('an append that fails half-way through its rows is rolled back to its savepoint; the rest of the group is written', async () => {
    // A fault only SQLite can raise: a trigger that refuses one event type, after the append's first row went in.
    const admin = new Database(path);
    admin.exec(`CREATE TRIGGER refuse_poison BEFORE INSERT ON events WHEN NEW.type = 'Poison' BEGIN SELECT RAISE(ABORT, 'poison refused'); END`);
    admin.close();
    const before = newEvent();
    const after = newEvent();
    const halfWritten = [newEvent({ n: 0 }), newEvent({ n: 1 }, 'Poison')];
    const settled = await outcomes<AppendResult>([
      store.append('pathway-1', [before], 'no_stream'),
      store.append('pathway-2', halfWritten, 'no_stream'),
      store.append('pathway-3', [after], 'no_stream'),
      // The group's rows go in together; when SQLite refuses one, they are written again append by append, each in
      // its own savepoint, and only the refused append fails (src/event-store/sqlite/append-stage.ts).
      store.append('pathway-4', [newEvent({}, 'Poison')], 'no_stream'),
    ]);
    expect(groups).toEqual([4]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected']);
    expect(String((settled[1] as PromiseRejectedResult).reason)).toContain('poison refused');
    expect(String((settled[3] as PromiseRejectedResult).reason)).toContain('poison refused');
    expect(await collect(store.readStream('pathway-2'))).toEqual([]);
    expect(ids(await collect(store.readAll()))).toEqual([before.id, after.id]);
    // The stream is untouched, so the same append without the poison goes in at no_stream.
    await expect(store.append('pathway-2', [halfWritten[0]], 'no_stream')).resolves.toMatchObject({ nextRevision: 0n });
  });

  it('when the group transaction itself fails, every append of the group rejects and none is written', async () => {
    const admin = new Database(path);
    admin.exec(`CREATE TRIGGER abort_all BEFORE INSERT ON events WHEN NEW.type = 'Doom' BEGIN SELECT RAISE(ROLLBACK, 'transaction aborted'); END`);
    admin.close();
    const settled = await outcomes<AppendResult>([
      store.append('pathway-1', [newEvent()], 'no_stream'),
      store.append('pathway-2', [newEvent({}, 'Doom')], 'no_stream'),
      store.append('pathway-3', [newEvent()], 'no_stream'),
    ]);
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(groups).toEqual([]);
    expect(await collect(store.readAll())).toEqual([]);
    // The store is still usable afterwards.
    await expect(store.append('pathway-1', [newEvent()], 'no_stream')).resolves.toMatchObject({ nextRevision: 0n });
    expect(groups).toEqual([1]);
  });

  it('after a group that failed, the next appends chain to what is in the file, not to what the failed group wrote', async () => {
    // A rolled-back append must leave no trace in what the store chains to: were anything of it kept (its hash as the
    // stream's last link), and another process then wrote that stream's next event at the same revision and position,
    // this store would chain its next append to an event that is not there.
    await store.append('pathway-1', [newEvent()], 'no_stream');
    const admin = new Database(path);
    admin.exec(`CREATE TRIGGER abort_all BEFORE INSERT ON events WHEN NEW.type = 'Doom' BEGIN SELECT RAISE(ROLLBACK, 'transaction aborted'); END`);
    admin.close();
    const settled = await outcomes<AppendResult>([store.append('pathway-1', [newEvent()], 0n), store.append('pathway-2', [newEvent({}, 'Doom')], 'no_stream')]);
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
    const other = SqliteEventStore.open({ path });
    try {
      await other.append('pathway-1', [newEvent({ by: 'other' })], 0n);
    } finally {
      await other.close();
    }
    await store.append('pathway-3', [newEvent()], 'no_stream');
    await store.append('pathway-1', [newEvent({ n: 2 })], 1n);
    const verified = await verifyLog(logChainOf(store));
    expect(verified.problems).toEqual([]);
    expect(verified.events).toBe(4);
  });

  it('when a seal fails by rolling the whole transaction back, the group fails: no append of it is written, none acknowledged', async () => {
    // SQLite answers a full disk or an I/O error by rolling the transaction back. A seal's failure is otherwise left to
    // the next append; this one took the append with it, and the appends after it in the group must not run outside
    // the transaction (each would commit on its own while the group is reported failed).
    await store.append('roster-1', Array.from({ length: 999 }, () => newEvent()), 'no_stream');
    const admin = new Database(path);
    admin.exec(`CREATE TRIGGER seal_fails BEFORE INSERT ON log_seals BEGIN SELECT RAISE(ROLLBACK, 'disk full'); END`);
    const settled = await outcomes<AppendResult>(['roster-2', 'roster-3', 'roster-4'].map((s) => store.append(s, [newEvent()], 'no_stream')));
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(admin.prepare('SELECT count(*) FROM events').pluck().get()).toBe(999);
    admin.exec('DROP TRIGGER seal_fails');
    admin.close();
    await store.append('roster-2', [newEvent()], 'no_stream');
    const verified = await verifyLog(logChainOf(store));
    expect(verified.problems).toEqual([]);
    expect(verified.seals).toBe(1);
  });

  it('refuses invalid input at once: it never enters a group and the valid appends around it are written', async () => {
    const order: string[] = [];
    const track = <T>(name: string, promise: Promise<T>) =>
      promise.then(
        (value) => (order.push(`${name} ok`), value),
        (error) => {
          order.push(`${name} refused`);
          throw error;
        },
      );
    const good1 = newEvent();
    const good2 = newEvent();
    const settled = await outcomes<AppendResult>([
      track('good1', store.append('school-1', [good1], 'no_stream')),
      track('bad id', store.append('school-2', [{ ...newEvent(), id: 'not-a-uuid' }], 'no_stream')),
      track('bad revision', store.append('school-3', [newEvent()], -7n)),
      track('good2', store.append('school-4', [good2], 'no_stream')),
    ]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect((settled[1] as PromiseRejectedResult).reason).toBeInstanceOf(InvalidEventError);
    expect((settled[2] as PromiseRejectedResult).reason).toBeInstanceOf(InvalidEventError);
    // Refused before the group was even committed, and the group held only the two valid appends.
    expect(order).toEqual(['bad id refused', 'bad revision refused', 'good1 ok', 'good2 ok']);
    expect(groups).toEqual([2]);
    expect(ids(await collect(store.readAll()))).toEqual([good1.id, good2.id]);
  });

  it('recognizes an idempotent retry inside the same group and writes the events once', async () => {
    const original = [newEvent({ n: 0 }), newEvent({ n: 1 })];
    const settled = await outcomes<AppendResult>([
      store.append('partner-1', original, 'no_stream'),
      store.append('partner-1', original, 'no_stream'),
      store.append('partner-1', original, 'any'),
      // Same expected revision, different ids: a real conflict, not a retry.
      store.append('partner-1', [newEvent()], 'no_stream'),
    ]);
    expect(groups).toEqual([4]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
    const [first, retry, retryAny] = settled.map((s) => (s as PromiseFulfilledResult<AppendResult>).value);
    expect(retry).toEqual(first);
    expect(retryAny).toEqual(first);
    expect(first.nextRevision).toBe(1n);
    expect((settled[3] as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
    expect(ids(await collect(store.readStream('partner-1')))).toEqual(original.map((e) => e.id));
  });

  it('caps a group at 500 appends', async () => {
    const appends = Array.from({ length: 1_200 }, (_, i) => store.append(`school-${i}`, [newEvent({ i })], 'no_stream'));
    await Promise.all(appends);
    expect(groups).toEqual([500, 500, 200]);
    expect(await collect(store.readAll())).toHaveLength(1_200);
  });

  it('caps a group at about 4 MB of event data', async () => {
    const big = () => newEvent({ text: 'x'.repeat(400_000) });
    await Promise.all(Array.from({ length: 24 }, (_, i) => store.append(`school-${i}`, [big()], 'no_stream')));
    expect(groups.reduce((sum, size) => sum + size, 0)).toBe(24);
    // 4 MiB / ~400 kB: ten appends per group at most.
    expect(Math.max(...groups)).toBe(10);
    expect(groups.length).toBe(3);
  });

  it('commits appends still queued when the store closes, and they are there after reopening', async () => {
    const events = Array.from({ length: 20 }, (_, i) => newEvent({ i }));
    const pending = events.map((event, i) => store.append(`school-${i}`, [event], 'no_stream'));
    await store.close();
    await expect(Promise.all(pending)).resolves.toHaveLength(20);
    store = SqliteEventStore.open({ path });
    expect(ids(await collect(store.readAll()))).toEqual(events.map((e) => e.id));
  });

  it('a writer killed with SIGKILL during concurrent appends keeps every acknowledged append and only whole appends', async () => {
    await store.close();
    // Rounds 0-2: killed by the parent at uneven moments. Rounds 3-4: the writer kills itself right after printing an
    // acknowledgement in the middle of a group, before anything else can run (a commit that had not happened yet never will).
    for (let round = 0; round < 5; round++) {
      const prefix = `partnership-r${round}`;
      const dieAfter = round >= 3 ? [String(613 + round * 101)] : [];
      const child = fork(join(FIXTURES, 'concurrent-writer.js'), [path, prefix, '24', ...dieAfter], { execArgv: [], stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
      const acknowledged: { streamId: string; nextRevision: bigint; eventIds: string[] }[] = [];
      const groupSizes: number[] = [];
      let buffered = '';
      let killing = false;
      const stdoutClosed = new Promise((resolve) => child.stdout!.once('close', resolve));
      await new Promise<void>((resolve) => {
        if (dieAfter.length > 0) child.once('exit', () => resolve());
        child.stdout!.on('data', (chunk: Buffer) => {
          const lines = (buffered + chunk.toString('utf8')).split('\n');
          buffered = lines.pop()!;
          for (const line of lines) {
            const [kind, ...rest] = line.split(' ');
            if (kind === 'group') groupSizes.push(Number(rest[0]));
            if (kind === 'ack') acknowledged.push({ streamId: rest[0], nextRevision: BigInt(rest[1]), eventIds: rest[2].split(',') });
          }
          // Kill at an uneven moment, while groups are being committed.
          if (dieAfter.length === 0 && acknowledged.length >= 600 + round * 250 && !killing) {
            killing = true;
            setTimeout(() => (child.kill('SIGKILL'), resolve()), round * 2);
          }
        });
      });
      expect(await exited(child)).toMatchObject({ signal: 'SIGKILL' });
      await stdoutClosed; // every line the writer got out before dying has been read
      if (dieAfter.length > 0) expect(acknowledged).toHaveLength(Number(dieAfter[0]));
      // The writer really group-committed.
      expect(Math.max(...groupSizes)).toBeGreaterThan(1);

      const check = new Database(path, { readonly: true });
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      check.close();
      store = SqliteEventStore.open({ path });
      // Durability: every append the writer acknowledged is there, at the revisions it was told.
      for (const ack of acknowledged) {
        const from = ack.nextRevision - BigInt(ack.eventIds.length) + 1n;
        const read = await collect(store.readStream(ack.streamId, { fromRevision: from, maxCount: ack.eventIds.length }));
        expect(ids(read)).toEqual(ack.eventIds);
      }
      // Atomicity: every stream of this round holds contiguous revisions made of whole appends, in order.
      const all = (await collect(store.readAll())).filter((e) => e.streamId.startsWith(`${prefix}-`));
      expect(all.length).toBeGreaterThanOrEqual(acknowledged.reduce((sum, ack) => sum + ack.eventIds.length, 0));
      const byStream = new Map<string, RecordedEvent[]>();
      for (const event of all) byStream.set(event.streamId, [...(byStream.get(event.streamId) ?? []), event]);
      for (const events of byStream.values()) {
        expect(events.map((e) => e.revision)).toEqual(events.map((_, i) => BigInt(i)));
        let i = 0;
        for (let append = 0; i < events.length; append++) {
          const { of } = events[i].data as { of: number };
          const chunk = events.slice(i, i + of).map((e) => e.data as { append: number; index: number; of: number });
          expect(chunk).toEqual(Array.from({ length: of }, (_, index) => expect.objectContaining({ append, index, of })));
          i += of;
        }
      }
      await store.close();
    }
    store = SqliteEventStore.open({ path });
  }, 90_000);
});
