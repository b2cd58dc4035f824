import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/*
 * A backup, an export, a restored log and a first start's API key file are each given their final name only once whole. After a crash of the
 * machine (not only of the process) that name must not point at a file whose last pages never reached the disk, and
 * the name itself must still be there: the file's contents are fsynced before the rename (or link), the directory
 * after. A power cut cannot be staged here, so the file system calls are recorded as they reach node:fs, in order.
 */
const journal: string[] = [];
jest.mock('node:fs', () => {
  const actual = jest.requireActual<typeof import('node:fs')>('node:fs');
  const openPaths = new Map<number, string>();
  return {
    ...actual,
    openSync: (...args: Parameters<typeof actual.openSync>) => {
      const fd = actual.openSync(...args);
      openPaths.set(fd, String(args[0]));
      return fd;
    },
    closeSync: (fd: number) => {
      openPaths.delete(fd);
      actual.closeSync(fd);
    },
    fsyncSync: (fd: number) => {
      actual.fsyncSync(fd);
      journal.push(`fsync ${openPaths.get(fd) ?? `fd ${fd}`}`);
    },
    renameSync: (from: string, to: string) => {
      actual.renameSync(from, to);
      journal.push(`name ${from} -> ${to}`);
    },
    linkSync: (from: string, to: string) => {
      actual.linkSync(from, to);
      journal.push(`name ${from} -> ${to}`);
    },
  };
});
import { loadOrGenerateApiKeys } from '../../src/auth/generated-api-keys';
import { backupEventLog } from '../../src/backup/online-backup';
import { EVENT_LOG_FILE, restoreEventLog } from '../../src/backup/restore-event-log';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { exportLog } from '../../src/log-transfer/export-log';

let dir: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-flushed-'));
  const store = SqliteEventStore.open({ path: join(dir, 'source', EVENT_LOG_FILE) });
  const events = [1, 2, 3].map((n) => ({ id: randomUUID(), type: 'SchoolRegistered', schemaVersion: 1, data: { n }, metadata: { actor: 'test', correlationId: randomUUID() } }));
  await store.append('school-a', events, 'no_stream');
  await store.close();
  journal.length = 0;
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The call that gave `final` its name, and that the file it names was flushed before it and its directory after. */
function expectFlushedAroundNaming(final: string): void {
  const naming = journal.findIndex((entry) => entry.startsWith('name ') && entry.endsWith(` -> ${final}`));
  expect(naming).toBeGreaterThanOrEqual(0);
  const from = journal[naming].slice('name '.length, journal[naming].indexOf(' -> '));
  expect(journal.slice(0, naming)).toContain(`fsync ${from}`);
  expect(journal.slice(naming + 1)).toContain(`fsync ${dirname(final)}`);
}

it('an export is on the disk before its name says whole, and its name after', async () => {
  const store = SqliteEventStore.open({ path: join(dir, 'source', EVENT_LOG_FILE) });
  try {
    const out = join(dir, 'log.ndjson');
    await expect(exportLog(store, out)).resolves.toMatchObject({ events: 3 });
    expectFlushedAroundNaming(out);
  } finally {
    await store.close();
  }
});

it('a backup is on the disk before its name says whole, and a restored log before the server can open it', async () => {
  const backup = join(dir, 'backup.sqlite');
  await expect(backupEventLog(join(dir, 'source', EVENT_LOG_FILE), backup)).resolves.toMatchObject({ events: 3 });
  expectFlushedAroundNaming(backup);

  journal.length = 0;
  const target = join(dir, 'restored');
  await expect(restoreEventLog(backup, target)).resolves.toMatchObject({ events: 3 });
  expectFlushedAroundNaming(join(target, EVENT_LOG_FILE));
});

it("a first start's API key file is on the disk before it takes its name, and its name after", () => {
  const keys = join(dir, 'data', 'api-keys.json');
  expect(loadOrGenerateApiKeys(keys).created).toBe(true);
  expectFlushedAroundNaming(keys);
});
