import Database from 'better-sqlite3';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, openSync, writeSync, closeSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256OfFile } from '../../src/backup/file-checksum';
import { DemoCopies } from '../cli/support/demo-copies';
import { LedgerProcess, runLedger, startLedger, STACK_LINE } from '../cli/support/run-ledger';
import { runLedgerWithEnv } from '../log-transfer/support/run-ledger-with-env';

/*
 * `ledger backup` while 20 writers append (two processes of ten async writers each, on the same file, as a server
 * and a second process would), then `ledger restore` into an empty directory: the copy holds every append
 * acknowledged at or before the backup's position exactly once and whole, nothing after it, and verify passes.
 */

jest.setTimeout(180_000);

const WRITERS = join(__dirname, 'fixtures', 'demo-writers.js');
/** Demo copies written before the backup starts: a log of a few MB, so the backup takes many steps. */
const PREFILL_ROUNDS = 8;

let root: string;
let demoDir: string;
let templateSizes: Map<string, number>;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ledger-backup-'));
  demoDir = join(root, 'demo');
  const demo = await runLedger(['demo', '--data-dir', demoDir], { timeoutMs: 120_000 });
  if (demo.code !== 0) throw new Error(`ledger demo failed (${demo.code}): ${demo.stderr}`);
  const copies = await DemoCopies.of(demoDir);
  templateSizes = new Map(copies.templates.map((t) => [t.partnershipId, t.events.length]));
}, 150_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Ack {
  readonly position: bigint;
  readonly streamId: string;
  readonly nextRevision: bigint;
}

function acksOf(process: LedgerProcess): Ack[] {
  return process
    .output()
    .stdout.split('\n')
    .filter((line) => line.startsWith('ack '))
    .map((line) => {
      const [, position, streamId, nextRevision] = line.split(' ');
      return { position: BigInt(position), streamId, nextRevision: BigInt(nextRevision) };
    });
}

const ackCount = (processes: LedgerProcess[]) => processes.reduce((sum, p) => sum + acksOf(p).length, 0);

async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The template a writer's stream copies (`partnership-<id>~<suffix>`), to know how many events one whole append holds. */
const templateOf = (streamId: string) => streamId.slice('partnership-'.length, streamId.lastIndexOf('~'));

it('takes a consistent backup while 20 writers append; restore holds every acknowledged append up to its position once and whole, nothing after, and verifies', async () => {
  const dataDir = join(root, 'live');
  cpSync(demoDir, dataDir, { recursive: true });
  await (await DemoCopies.of(demoDir)).fill(dataDir, PREFILL_ROUNDS);

  const writers = [startLedger([dataDir, demoDir, '10', 'a'], { script: WRITERS }), startLedger([dataDir, demoDir, '10', 'b'], { script: WRITERS })];
  let backup;
  let acksDuringBackup: number;
  try {
    await until(() => writers.every((w) => acksOf(w).length >= 20), 'both writer processes to append');
    const before = ackCount(writers);
    backup = await runLedger(['backup', '--out', join(root, 'backup.sqlite')], { dataDir, timeoutMs: 120_000 });
    acksDuringBackup = ackCount(writers) - before;
    // Writes go on after the copy's snapshot: some acknowledgements must land after its position.
    const afterBackup = ackCount(writers);
    await until(() => ackCount(writers) >= afterBackup + 20, 'appends after the backup');
  } finally {
    for (const w of writers) await w.kill();
  }
  expect({ code: backup.code, stderr: backup.stderr }).toEqual({ code: 0, stderr: expect.stringMatching(/backup: \d+ bytes in/) });
  expect(acksDuringBackup).toBeGreaterThan(0);
  const position = BigInt(/^position: (\d+)$/m.exec(backup.stdout)![1]);
  const sha256 = /^sha256: ([0-9a-f]{64})$/m.exec(backup.stdout)![1];
  expect(await sha256OfFile(join(root, 'backup.sqlite'))).toBe(sha256);
  // The hash chain's head of the copy (what `ledger log-head` would have printed for it), for an auditor to keep.
  expect(backup.stdout).toMatch(new RegExp(`^log head: position ${position} hash [0-9a-f]{64}$`, 'm'));

  const acks = writers.flatMap(acksOf);
  const held = acks.filter((ack) => ack.position <= position);
  const later = acks.filter((ack) => ack.position > position);
  expect(held.length).toBeGreaterThan(0);
  expect(later.length).toBeGreaterThan(0);

  const target = join(root, 'restored');
  const restore = await runLedger(['restore', join(root, 'backup.sqlite'), '--data-dir', target], { timeoutMs: 120_000 });
  expect({ code: restore.code, stderr: restore.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
  expect(restore.stdout).toContain('integrity_check: ok');
  expect(restore.stdout).toContain('hash chain: ok');
  expect(restore.stdout).toContain(`position: ${position}`);
  expect(restore.stdout).toContain(`sha256: ${sha256}`);
  expect(restore.stdout).toMatch(/^restore: verified$/m);
  expect(restore.stdout).not.toMatch(/DRIFT|FAILED/);

  const db = new Database(join(target, 'events.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const head = db.prepare('SELECT max(position) FROM events').pluck().safeIntegers(true).get() as bigint;
    expect(head).toBe(position);
    const { rows, ids } = db.prepare('SELECT count(*) AS rows, count(DISTINCT event_id) AS ids FROM events').get() as { rows: number; ids: number };
    expect(ids).toBe(rows);
    const streams = new Map(
      (db.prepare("SELECT stream_id, count(*) AS n, max(revision) AS last, max(position) AS at FROM events WHERE stream_id GLOB 'partnership-*~[ab]w*' GROUP BY stream_id").all() as {
        stream_id: string; n: number; last: number; at: number;
      }[]).map((row) => [row.stream_id, row]),
    );
    // Every append acknowledged at or before the position is there, whole, where it was acknowledged.
    for (const ack of held) {
      expect({ stream: ack.streamId, row: streams.get(ack.streamId) }).toEqual({
        stream: ack.streamId,
        row: { stream_id: ack.streamId, n: Number(ack.nextRevision) + 1, last: Number(ack.nextRevision), at: Number(ack.position) },
      });
    }
    // Nothing after it.
    for (const ack of later) expect({ stream: ack.streamId, present: streams.has(ack.streamId) }).toEqual({ stream: ack.streamId, present: false });
    // No torn write: every writer stream in the copy is one whole append, and acknowledged.
    const acked = new Set(held.map((ack) => ack.streamId));
    for (const [streamId, row] of streams) {
      expect({ streamId, n: row.n, acknowledged: acked.has(streamId) }).toEqual({ streamId, n: templateSizes.get(templateOf(streamId)), acknowledged: true });
    }
  } finally {
    db.close();
  }
});

describe('refusals: a clear message, exit 2, nothing written', () => {
  it('restore refuses a non-empty target and leaves it as it was', async () => {
    const target = join(root, 'not-empty');
    cpSync(demoDir, target, { recursive: true });
    const before = readdirSync(target).sort();
    const backupFile = join(root, 'for-refusals.sqlite');
    if (!existsSync(backupFile)) expect((await runLedger(['backup', '--out', backupFile], { dataDir: demoDir })).code).toBe(0);
    const run = await runLedger(['restore', backupFile, '--data-dir', target]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is not empty .*restore only into an empty directory, nothing restored/);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(readdirSync(target).sort()).toEqual(before);
  });

  it('restore refuses a damaged file (integrity check), an edited event (hash chain) and a file that is not an event log, creating no target', async () => {
    const backupFile = join(root, 'for-refusals.sqlite');
    if (!existsSync(backupFile)) expect((await runLedger(['backup', '--out', backupFile], { dataDir: demoDir })).code).toBe(0);
    const damaged = join(root, 'damaged.sqlite');
    copyFileSync(backupFile, damaged);
    const fd = openSync(damaged, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 4096 * 4);
    closeSync(fd);
    const notALog = join(root, 'other.sqlite');
    const other = new Database(notALog);
    other.exec('CREATE TABLE things (id INTEGER PRIMARY KEY)');
    other.close();
    // An event's data edited in the file: SQLite finds nothing wrong, the hash chain does.
    const tampered = join(root, 'tampered.sqlite');
    copyFileSync(backupFile, tampered);
    const edit = new Database(tampered);
    edit.prepare("UPDATE events SET data = json_set(data, '$.evidenceReference', 'FORGED') WHERE position = (SELECT min(position) FROM events WHERE type = 'ClearanceGranted')").run();
    edit.close();
    const text = join(root, 'text.sqlite');
    writeFileSync(text, 'not a database at all');
    for (const [file, message] of [
      [damaged, /integrity_check|not a readable SQLite database|malformed/],
      [notALog, /is not a ledger event log/],
      [tampered, /fails the log's hash chain check .*nothing restored/],
      [text, /not a readable SQLite database|cannot be opened/],
    ] as const) {
      const target = join(root, `never-${message.source.length}-${file.length}`);
      const run = await runLedger(['restore', file, '--data-dir', target]);
      expect({ file, code: run.code, stderr: run.stderr }).toEqual({ file, code: 2, stderr: expect.stringMatching(message) });
      expect(run.stderr).not.toMatch(STACK_LINE);
      expect(existsSync(target)).toBe(false);
    }
  });

  it('backup refuses to overwrite a file, and refuses when the configured store is EventStoreDB (pointing to the docs)', async () => {
    const existing = join(root, 'exists.sqlite');
    writeFileSync(existing, 'keep me');
    const over = await runLedger(['backup', '--out', existing], { dataDir: demoDir });
    expect({ code: over.code, stderr: over.stderr }).toEqual({ code: 2, stderr: expect.stringContaining('already exists') });
    const esdb = await runLedgerWithEnv(['backup', '--out', join(root, 'esdb.sqlite')], { DATA_DIR: demoDir, EVENT_STORE_URL: 'esdb://localhost:1?tls=false' });
    expect({ code: esdb.code, stderr: esdb.stderr }).toEqual({ code: 2, stderr: expect.stringContaining('docs/backup-and-migration.md') });
    expect(existsSync(join(root, 'esdb.sqlite'))).toBe(false);
  });
});
