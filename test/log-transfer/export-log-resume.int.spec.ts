import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStore, NewEvent, RecordedEvent } from '../../src/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { checkLogFile } from '../../src/log-transfer/check-log-file';
import { exportLog, partialFileOf } from '../../src/log-transfer/export-log';
import { importLog } from '../../src/log-transfer/import-log';

/*
 * An export interrupted part way (here: its progress callback throws, as a killed process stops writing) keeps what it
 * wrote; the next export to the same file continues it, drops a line the interruption cut short, writes nothing twice,
 * and stops at the head the first run recorded even though the log grew meanwhile.
 */

let dir: string;
const event = (n: number): NewEvent => ({ id: randomUUID(), type: 'SessionLogged', schemaVersion: 1, data: { n }, metadata: { actor: 'test', correlationId: randomUUID() } });
const open = () => SqliteEventStore.open({ path: join(dir, `${randomUUID()}.sqlite`) });

async function all(store: EventStore): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  for await (const e of store.readAll()) out.push(e);
  return out;
}

const eventLines = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\n').slice(1, -1);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-export-resume-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('continues an interrupted export where it stopped: every event once, up to the first run\'s head', async () => {
  const source = open();
  try {
    for (let s = 0; s < 24; s++) await source.append(`partnership-${s}`, Array.from({ length: 100 }, (_, i) => event(i)), 'no_stream');
    const out = join(dir, 'log.ndjson');
    const stopped = new Error('interrupted');
    await expect(
      exportLog(source, out, (progress) => {
        if (progress.events >= 1000) throw stopped;
      }),
    ).rejects.toBe(stopped);
    expect(existsSync(out)).toBe(false);
    const partial = partialFileOf(out);
    expect(existsSync(partial)).toBe(true);
    // The interruption also cut the last line short.
    appendFileSync(partial, '{"position":"99999","id":"');
    // The log grows after the first run started: the export holds the log as it was then.
    await source.append('partnership-late', [event(0)], 'no_stream');

    const progress: number[] = [];
    const result = await exportLog(source, out, (step) => progress.push(step.events));
    expect(result).toMatchObject({ file: out, events: 2400, head: 2400n });
    // What the first run had written when it stopped (its writes are flushed as it stops; a killed process may keep less).
    const kept = result.resumedAfter!;
    expect(kept.events).toBeGreaterThan(0);
    expect(kept.events).toBeLessThanOrEqual(1000);
    expect(kept.position).toBe(BigInt(kept.events));
    expect(progress[0]).toBe(kept.events);
    expect(existsSync(partial)).toBe(false);
    expect(await checkLogFile(out)).toBe(2400);

    const whole = join(dir, 'whole.ndjson');
    await exportLog(source, whole);
    expect(eventLines(out)).toEqual(eventLines(whole).slice(0, 2400));

    const target = open();
    try {
      await importLog(target, out);
      expect((await all(target)).map((e) => e.id)).toEqual((await all(source)).slice(0, 2400).map((e) => e.id));
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
});

it('an export interrupted after its closing line only renames; a lock held by a live process refuses; a stale one is taken over', async () => {
  const source = open();
  try {
    await source.append('school-a', [event(1), event(2)], 'no_stream');
    const out = join(dir, 'log.ndjson');
    const first = join(dir, 'first.ndjson');
    await exportLog(source, first);
    writeFileSync(partialFileOf(out), readFileSync(first));
    await expect(exportLog(source, out)).resolves.toMatchObject({ events: 2, resumedAfter: { events: 2, position: 2n } });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(first, 'utf8'));

    const other = join(dir, 'other.ndjson');
    // process 1 (init) is alive and is not this export.
    writeFileSync(`${partialFileOf(other)}.lock`, '1');
    await expect(exportLog(source, other)).rejects.toThrow(/another export-log \(process 1\)/);
    // A pid no process has: what a killed export leaves.
    writeFileSync(`${partialFileOf(other)}.lock`, '2147483646');
    await expect(exportLog(source, other)).resolves.toMatchObject({ events: 2 });
    expect(existsSync(`${partialFileOf(other)}.lock`)).toBe(false);
  } finally {
    await source.close();
  }
});
