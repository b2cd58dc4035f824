import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStore, NewEvent, RecordedEvent } from '../../src/event-store';
import { EsdbEventStore } from '../../src/event-store/esdb/esdb-event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { checkLogFile } from '../../src/log-transfer/check-log-file';
import { exportLog, partialFileOf } from '../../src/log-transfer/export-log';
import { importLog } from '../../src/log-transfer/import-log';
import { startEsdbTestServer } from '../support/esdb-test-server';

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
    const lock = `${partialFileOf(other)}.lock`;
    // process 1 (init) is alive on this host and is not this export.
    writeFileSync(lock, `${hostname()} 1 a-token`);
    await expect(exportLog(source, other)).rejects.toThrow(/another export-log \(process 1 on .*\).*remove .*\.lock/);
    // A pid no process has (what a killed export leaves), and this process's own pid when it holds no lock (a pid
    // used again): both taken over.
    for (const stale of [`${hostname()} 2147483646 a-token`, `${hostname()} ${process.pid} a-token`]) {
      writeFileSync(lock, stale);
      await expect(exportLog(source, other)).resolves.toMatchObject({ events: 2 });
      expect(existsSync(lock)).toBe(false);
      rmSync(other);
    }
    expect(readdirSync(dir).filter((name) => name.includes('.lock'))).toEqual([]);
  } finally {
    await source.close();
  }
});

it('refuses to continue a partial export on another log (replaced or shorter), naming the file to remove', async () => {
  const source = open();
  const other = open();
  const shorter = open();
  try {
    for (let s = 0; s < 6; s++) await source.append(`partnership-${s}`, Array.from({ length: 100 }, (_, i) => event(i)), 'no_stream');
    for (let s = 0; s < 6; s++) await other.append(`partnership-${s}`, Array.from({ length: 100 }, (_, i) => event(i)), 'no_stream');
    await shorter.append('partnership-0', Array.from({ length: 100 }, (_, i) => event(i)), 'no_stream');
    const out = join(dir, 'log.ndjson');
    await expect(
      exportLog(source, out, (progress) => {
        if (progress.events >= 500) throw new Error('interrupted');
      }),
    ).rejects.toThrow('interrupted');
    const before = readFileSync(partialFileOf(out));
    await expect(exportLog(other, out)).rejects.toThrow(/started on another log \(position \d+ holds event .*remove it/);
    await expect(exportLog(shorter, out)).rejects.toThrow(/started on another log \(this log's head is 100, before the 600 it recorded\)/);
    // Nothing written or cut: the partial still continues on its own log.
    expect(readFileSync(partialFileOf(out))).toEqual(before);
    await expect(exportLog(source, out)).resolves.toMatchObject({ events: 600 });
    expect(await checkLogFile(out)).toBe(600);
  } finally {
    await source.close();
    await other.close();
    await shorter.close();
  }
});

it('keeps the whole lines of a partial, counted in bytes (a CR before a newline, text beyond ASCII), and drops a torn last line', async () => {
  const source = open();
  try {
    await source.append('school-a', Array.from({ length: 5 }, (_, i) => ({ ...event(i), data: { n: i, note: 'Café ✓ 良い' } })), 'no_stream');
    const whole = join(dir, 'whole.ndjson');
    await exportLog(source, whole);
    const lines = readFileSync(whole, 'utf8').split('\n');
    const out = join(dir, 'log.ndjson');
    // Header and three events (the third with a CR before its newline: JSON allows it, and so does import), then the
    // fourth cut in the middle of a character.
    const torn = Buffer.from(lines[4]).subarray(0, Buffer.from(lines[4]).indexOf(Buffer.from('✓')) + 1);
    writeFileSync(partialFileOf(out), Buffer.concat([Buffer.from(`${lines.slice(0, 3).join('\n')}\n${lines[3]}\r\n`), torn]));
    await expect(exportLog(source, out)).resolves.toMatchObject({ events: 5, resumedAfter: { events: 3, position: 3n } });
    expect(readFileSync(out, 'utf8').replace('\r', '')).toBe(readFileSync(whole, 'utf8'));
    expect(await checkLogFile(out)).toBe(5);
  } finally {
    await source.close();
  }
});

it('continues an interrupted export from EventStoreDB, whose positions are not 1, 2, 3… (over gRPC)', async () => {
  const server = await startEsdbTestServer({ batchAppend: false });
  const source = EsdbEventStore.connect(server.connectionString);
  try {
    for (let s = 0; s < 3; s++) await source.append(`partnership-${s}`, Array.from({ length: 400 }, (_, i) => event(i)), 'no_stream');
    const out = join(dir, 'log.ndjson');
    await expect(
      exportLog(source, out, (progress) => {
        if (progress.events >= 500) throw new Error('interrupted');
      }),
    ).rejects.toThrow('interrupted');
    const result = await exportLog(source, out);
    expect(result).toMatchObject({ events: 1200, resumedAfter: { events: expect.any(Number) } });
    expect(result.resumedAfter!.events).toBeGreaterThan(1);
    expect(await checkLogFile(out)).toBe(1200);
    const ids = eventLines(out).map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toEqual((await all(source)).map((e) => e.id));
  } finally {
    await source.close();
    await server.stop();
  }
});
