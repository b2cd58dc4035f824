import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewEvent } from '../../src/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { runLedger, STACK_LINE } from '../cli/support/run-ledger';

/*
 * The tamper-evident log as an operator and an auditor meet it: a real SQLite file written by the embedded store
 * (2,500 events in 50 streams, so the store sealed it twice by itself), edited behind the store's back with plain
 * SQL, then `ledger verify --log` run as its own process. Every test works on its own copy of the file.
 */

jest.setTimeout(120_000);

const EVENTS_PER_STREAM = 50;
const STREAMS = 50;
let root: string;
let pristine: string;

function sessionLogged(stream: number, n: number): NewEvent {
  return {
    id: randomUUID(),
    type: 'SessionLogged',
    schemaVersion: 1,
    data: { partnershipId: `p-${stream}`, sessionId: `s-${stream}-${n}`, date: `2026-10-${String((n % 28) + 1).padStart(2, '0')}`, minutes: 45, nested: { b: [1, { z: true, a: null }], a: 'x' } },
    metadata: { actor: 'user:ana', correlationId: randomUUID(), commandId: randomUUID() },
  };
}

/** A fresh data directory holding a copy of the pristine log. */
function copyOfLog(): string {
  const dir = mkdtempSync(join(root, 'case-'));
  copyFileSync(pristine, join(dir, 'events.sqlite'));
  return dir;
}

function sql(dir: string, statements: string): void {
  const db = new Database(join(dir, 'events.sqlite'));
  try {
    db.exec(statements);
  } finally {
    db.close();
  }
}

function row(dir: string, position: number): { stream_id: string; revision: number } {
  const db = new Database(join(dir, 'events.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT stream_id, revision FROM events WHERE position = ?').get(position) as { stream_id: string; revision: number };
  } finally {
    db.close();
  }
}

const verifyLog = (dir: string, ...extra: string[]) => runLedger(['verify', '--log', ...extra], { dataDir: dir });

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ledger-chain-'));
  const dir = join(root, 'pristine');
  pristine = join(dir, 'events.sqlite');
  const store = SqliteEventStore.open({ path: pristine, synchronous: 'NORMAL' });
  // Interleaved streams, one event per append at its exact revision (the shape of commands), some appends of several.
  for (let n = 0; n < EVENTS_PER_STREAM; n += 2) {
    await Promise.all(
      Array.from({ length: STREAMS }, (_, s) =>
        store.append(`partnership-${s}`, [sessionLogged(s, n), sessionLogged(s, n + 1)], n === 0 ? 'no_stream' : BigInt(n - 1)),
      ),
    );
  }
  await store.close();
  // Checkpoint the WAL into the file, so copies of the file alone are whole.
  const db = new Database(pristine);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('ledger verify --log', () => {
  it('passes an untouched log, naming its size and head', async () => {
    const run = await verifyLog(copyOfLog());
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/log: verified: 2500 events in 50 streams, 2 seals/);
    expect(run.stdout).toMatch(/head: position 2500 hash [0-9a-f]{64}/);
  });

  it('names an event whose data was edited in the file, exit 1', async () => {
    const dir = copyOfLog();
    const edited = row(dir, 1234);
    sql(dir, `UPDATE events SET data = replace(data, '"minutes":45', '"minutes":90') WHERE position = 1234`);
    const run = await verifyLog(dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`first mismatch: [content] ${edited.stream_id} revision ${edited.revision} (position 1234)`);
    expect(run.stdout).not.toMatch(STACK_LINE);
  });

  it('names an edited recorded time and an edited metadata', async () => {
    const dir = copyOfLog();
    sql(dir, `UPDATE events SET recorded_at = recorded_at - 86400000 WHERE position = 2400; UPDATE events SET metadata = replace(metadata, 'user:ana', 'user:eve') WHERE position = 2450`);
    const run = await verifyLog(dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/first mismatch: \[content\] partnership-\d+ revision \d+ \(position 2400\)/);
    expect(run.stdout).toMatch(/then: \[content\] partnership-\d+ revision \d+ \(position 2450\)/);
  });

  it('names the event after a deleted row, and the seal that counted it', async () => {
    const dir = copyOfLog();
    const deleted = row(dir, 777);
    sql(dir, 'DELETE FROM events WHERE position = 777');
    const run = await verifyLog(dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`first mismatch: \\[missing\\] ${deleted.stream_id} revision ${deleted.revision + 1} \\(position \\d+\\): revision ${deleted.revision} is missing`));
    expect(run.stdout).toMatch(/seal #1 over positions start–1\d\d\d counted \d+ events, the log now holds \d+ there: events were removed/);
  });

  it('names a reordering: two rows of different streams swapped in the global log', async () => {
    const dir = copyOfLog();
    const [a, b] = [row(dir, 300), row(dir, 301)];
    expect(a.stream_id).not.toBe(b.stream_id);
    sql(dir, 'UPDATE events SET position = -1 WHERE position = 300; UPDATE events SET position = 300 WHERE position = 301; UPDATE events SET position = 301 WHERE position = -1');
    const run = await verifyLog(dir);
    expect(run.code).toBe(1);
    // The embedded store's hashes cover positions: the first event out of place is named.
    expect(run.stdout).toContain(`first mismatch: [content] ${b.stream_id} revision ${b.revision} (position 300)`);
    expect(run.stdout).toContain('range hash differs');
  });

  it('names a reordering within a stream', async () => {
    const dir = copyOfLog();
    const a = row(dir, 2001);
    const db = new Database(join(dir, 'events.sqlite'));
    const next = db.prepare('SELECT position FROM events WHERE stream_id = ? AND revision = ?').pluck().get(a.stream_id, a.revision + 1) as number;
    db.close();
    sql(dir, `UPDATE events SET position = -1 WHERE position = 2001; UPDATE events SET position = 2001 WHERE position = ${next}; UPDATE events SET position = ${next} WHERE position = -1`);
    const run = await verifyLog(dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`first mismatch: \\[missing\\] ${a.stream_id} revision ${a.revision + 1} \\(position 2001\\)`));
    expect(run.stdout).toMatch(new RegExp(`\\[order\\] ${a.stream_id} revision ${a.revision} \\(position ${next}\\): comes after revision ${a.revision + 1}`));
  });

  it('against a head exported earlier: names a rewritten tail that the seals alone cannot see', async () => {
    const dir = copyOfLog();
    const headRun = await runLedger(['log-head'], { dataDir: dir });
    expect(headRun.code).toBe(0);
    const head = JSON.parse(headRun.stdout) as { position: string; hash: string; store: string; lastSeal: { number: number } };
    expect(head).toMatchObject({ store: 'sqlite', position: '2500', lastSeal: { number: 2 } });
    const headFile = join(dir, 'head.json');
    writeFileSync(headFile, headRun.stdout);
    expect((await verifyLog(dir, '--head', headFile)).code).toBe(0);

    // The unsealed tail (positions 2001–2500) removed whole, streams' last events with it: each stream still chains.
    sql(dir, 'DELETE FROM events WHERE position > 2000');
    expect((await verifyLog(dir)).code).toBe(0);
    const run = await verifyLog(dir, '--head', headFile);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('first mismatch: [head] the head exported earlier is at position 2500, but the log ends at 2000: its tail was removed');
  });

  it('refuses --head without --log, and a file that is not a head, as usage errors', async () => {
    const dir = copyOfLog();
    expect((await runLedger(['verify', '--head', join(dir, 'x.json')], { dataDir: dir })).code).toBe(2);
    writeFileSync(join(dir, 'bad.json'), '{"position": 3}');
    const run = await verifyLog(dir, '--head', join(dir, 'bad.json'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not a log head');
  });
});

describe('a log written before the chain existed', () => {
  it('is sealed on first start, says so, and then verifies', async () => {
    const dir = mkdtempSync(join(root, 'legacy-'));
    // The schema as it was before the chain: no hash column, no seals table.
    const db = new Database(join(dir, 'events.sqlite'));
    db.pragma('journal_mode = WAL');
    db.exec(`CREATE TABLE events (position INTEGER PRIMARY KEY, stream_id TEXT NOT NULL, revision INTEGER NOT NULL, event_id TEXT NOT NULL,
      type TEXT NOT NULL, schema_version INTEGER NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, recorded_at INTEGER NOT NULL);
      CREATE UNIQUE INDEX events_by_stream ON events (stream_id, revision); CREATE INDEX events_by_id ON events (event_id);
      CREATE TABLE deleted_streams (stream_id TEXT PRIMARY KEY, deleted_at INTEGER NOT NULL) WITHOUT ROWID;`);
    const insert = db.prepare('INSERT INTO events (stream_id, revision, event_id, type, schema_version, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < 30; i++) {
      const event = sessionLogged(i % 3, i);
      insert.run(`partnership-${i % 3}`, Math.floor(i / 3), event.id, event.type, 1, JSON.stringify(event.data), JSON.stringify(event.metadata), Date.now());
    }
    db.close();

    const first = await runLedger(['log-head'], { dataDir: dir });
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('hash chain added to the event log: its 30 earlier events (positions up to 30) are covered by seal #1');
    expect(JSON.parse(first.stdout)).toMatchObject({ position: '30', lastSeal: { number: 1, toPosition: '30' } });

    // New appends chain onto the old streams; the log verifies, and the old rows are still covered by the seal.
    const store = SqliteEventStore.open({ path: join(dir, 'events.sqlite') });
    await store.append('partnership-0', [sessionLogged(0, 99)], 9n);
    await store.close();
    const verified = await verifyLog(dir);
    expect(verified.stdout).toContain('log: verified: 31 events in 3 streams, 1 seals');
    expect(verified.code).toBe(0);
    const again = await runLedger(['log-head'], { dataDir: dir });
    expect(again.stderr).not.toContain('hash chain added');

    sql(dir, `UPDATE events SET data = replace(data, '"minutes":45', '"minutes":60') WHERE position = 7`);
    const tampered = await verifyLog(dir);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain('first mismatch: [seal] seal #1 over positions start–30: the events there are not the ones sealed');
  });
});
