import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * export-log creates its lock and its finished file with hard links where it can. On a file system without them
 * (FAT/exFAT, some SMB and FUSE mounts: link(2) answers EPERM), it creates the lock exclusively and renames the
 * finished file instead: the export works the same. Simulated here: `linkSync` answers as such a file system does.
 */
jest.mock('node:fs', () => {
  const actual = jest.requireActual<typeof import('node:fs')>('node:fs');
  return {
    ...actual,
    linkSync: (from: string) => {
      throw Object.assign(new Error(`EPERM: operation not permitted, link '${from}'`), { code: 'EPERM', syscall: 'link' });
    },
  };
});
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { checkLogFile } from '../../src/log-transfer/check-log-file';
import { exportLog, partialFileOf } from '../../src/log-transfer/export-log';

it('exports, and refuses a second export while the first holds the lock, on a file system without hard links', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-export-nolinks-'));
  const store = SqliteEventStore.open({ path: join(dir, 'events.sqlite') });
  try {
    await store.append('school-a', [1, 2, 3].map((n) => ({ id: randomUUID(), type: 'SchoolRegistered', schemaVersion: 1, data: { n }, metadata: { actor: 'test', correlationId: randomUUID() } })), 'no_stream');
    const out = join(dir, 'log.ndjson');
    const [first, second] = await Promise.allSettled([exportLog(store, out), exportLog(store, out)]);
    expect(first).toMatchObject({ status: 'fulfilled', value: { events: 3 } });
    expect(second).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/another export-log|already exists/) } });
    expect(await checkLogFile(out)).toBe(3);
    expect(existsSync(partialFileOf(out))).toBe(false);
    expect(readdirSync(dir).filter((name) => name.includes('.lock'))).toEqual([]);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
