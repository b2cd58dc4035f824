import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * A disk that fills up as the export writes its closing line: Node reports that failed write to the stream's `end`
 * callback before any 'error' event. The export must fail (nothing at --out, the partial kept for a later run, the
 * lock released), never report a file it did not finish. Simulated: the file stream's write of the closing line fails
 * with ENOSPC.
 */
jest.mock('node:fs', () => {
  const actual = jest.requireActual<typeof import('node:fs')>('node:fs');
  const noSpace = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  type Callback = (error?: Error | null) => void;
  return {
    ...actual,
    createWriteStream: (...args: Parameters<typeof actual.createWriteStream>) => {
      const stream = actual.createWriteStream(...args) as ReturnType<typeof actual.createWriteStream> & {
        _write: (chunk: Buffer, encoding: BufferEncoding, callback: Callback) => void;
        _writev?: (chunks: { chunk: Buffer }[], callback: Callback) => void;
      };
      const write = stream._write;
      const writev = stream._writev;
      const closing = (chunk: Buffer) => String(chunk).includes('"end":true');
      stream._write = function (chunk, encoding, callback) {
        if (closing(chunk)) return void setImmediate(() => callback(noSpace()));
        write.call(this, chunk, encoding, callback);
      };
      if (writev) {
        stream._writev = function (chunks, callback) {
          if (chunks.some(({ chunk }) => closing(chunk))) return void setImmediate(() => callback(noSpace()));
          writev.call(this, chunks, callback);
        };
      }
      return stream;
    },
  };
});
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { exportLog, partialFileOf } from '../../src/log-transfer/export-log';

it('fails when the closing line cannot be written: no file at --out, the partial kept, the lock released', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-export-enospc-'));
  const store = SqliteEventStore.open({ path: join(dir, 'events.sqlite') });
  try {
    await store.append('school-a', [{ id: randomUUID(), type: 'SchoolRegistered', schemaVersion: 1, data: {}, metadata: { actor: 'test', correlationId: randomUUID() } }], 'no_stream');
    const out = join(dir, 'log.ndjson');
    await expect(exportLog(store, out)).rejects.toThrow(/ENOSPC/);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(partialFileOf(out))).toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith('.lock'))).toEqual([]);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
