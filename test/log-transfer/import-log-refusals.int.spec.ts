import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStore, NewEvent, RecordedEvent } from '../../src/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { exportLog } from '../../src/log-transfer/export-log';
import { importLog } from '../../src/log-transfer/import-log';

/*
 * import-log reads and checks the whole file before writing anything, and stops (naming stream and revision) when
 * the target holds a different event where the file has one. export-log never overwrites a file.
 */

let dir: string;
let exported: string;
let lines: string[];

const event = (n: number): NewEvent => ({ id: randomUUID(), type: 'SchoolRegistered', schemaVersion: 1, data: { n }, metadata: { actor: 'test', correlationId: randomUUID() } });
const open = () => SqliteEventStore.open({ path: join(dir, `${randomUUID()}.sqlite`) });

async function all(store: EventStore): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  for await (const e of store.readAll()) out.push(e);
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-import-'));
  const source = open();
  await source.append('school-a', [event(1), event(2)], 'no_stream');
  await source.append('school-b', [event(3)], 'no_stream');
  await source.append('school-a', [event(4)], 1n);
  exported = join(dir, 'log.ndjson');
  expect(await exportLog(source, exported)).toEqual({ file: exported, events: 4, head: 4n });
  await expect(exportLog(source, exported)).rejects.toThrow('already exists');
  await source.close();
  lines = readFileSync(exported, 'utf8').trimEnd().split('\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function variant(name: string, edit: (lines: string[]) => string[]): string {
  const file = join(dir, `${name}.ndjson`);
  writeFileSync(file, `${edit([...lines]).join('\n')}\n`);
  return file;
}

it.each([
  ['a file cut short (no closing line)', (l: string[]) => l.slice(0, -1), /cut short/],
  ['a line that is not JSON', (l: string[]) => [l[0], l[1], '{"position":', ...l.slice(2)], /line 3: not JSON/],
  ['an event missing from a stream', (l: string[]) => [l[0], l[2], l[3], l[4], l[5].replace('"events":4', '"events":3')], /school-a revision 1 where 0 was next/],
  ['no header', (l: string[]) => l.slice(1), /not a ledger log export/],
  ['a wrong count', (l: string[]) => [...l.slice(0, -1), '{"end":true,"events":9}'], /counts 9 events, the file holds 4/],
  ['a bad recordedAt', (l: string[]) => [l[0], l[1].replace(/"recordedAt":"[^"]+"/, '"recordedAt":"yesterday"'), ...l.slice(2)], /line 2: recordedAt must be ISO 8601/],
])('refuses %s, writing nothing', async (name, edit, message) => {
  const target = open();
  try {
    await expect(importLog(target, variant(name.replace(/\W+/g, '-'), edit))).rejects.toThrow(message);
    expect(await all(target)).toEqual([]);
  } finally {
    await target.close();
  }
});

it('imports in order with recorded times, skips everything on a second run, and stops at a different event in the target', async () => {
  const target = open();
  try {
    expect(await importLog(target, exported)).toEqual({ total: 4, written: 4, skipped: 0 });
    expect(await importLog(target, exported)).toEqual({ total: 4, written: 0, skipped: 4 });
    const events = await all(target);
    const file = lines.slice(1, -1).map((line) => JSON.parse(line) as { id: string; streamId: string; revision: string; recordedAt: string });
    expect(events.map((e) => [e.id, e.streamId, e.revision.toString(), e.recordedAt.toISOString()])).toEqual(file.map((e) => [e.id, e.streamId, e.revision, e.recordedAt]));
  } finally {
    await target.close();
  }
  const other = open();
  try {
    await other.append('school-b', [event(99)], 'no_stream');
    await expect(importLog(other, exported)).rejects.toThrow(/school-b revision 0 holds event .* the file has .* not the same log/);
  } finally {
    await other.close();
  }
});
