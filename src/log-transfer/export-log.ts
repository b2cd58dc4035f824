import { once } from 'node:events';
import { createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { EventStore } from '../event-store';
import { LOG_FILE_FORMAT, LOG_FILE_VERSION, LogFileEnd, LogFileHeader, toLogFileEvent } from './log-file-format';
import { LogTransferError } from './log-transfer-errors';

export interface ExportProgress {
  readonly events: number;
  readonly position: bigint;
  readonly head: bigint;
}

export interface ExportResult {
  readonly file: string;
  readonly events: number;
  /** The source's head when the export started: the file holds every event up to it, and none after. */
  readonly head: bigint | undefined;
}

/**
 * Writes the whole log of `store` (either adapter), in global order up to its head as the export starts, as NDJSON
 * (log-file-format.ts). The file is written under a temporary name and renamed when complete, so an interrupted
 * export leaves no file that looks whole: run it again (it only reads).
 */
export async function exportLog(store: EventStore, out: string, onProgress?: (progress: ExportProgress) => void): Promise<ExportResult> {
  checkExportTarget(out);
  const partial = join(dirname(out), `.${basename(out)}.partial-${process.pid}`);
  const sink = createWriteStream(partial, { flags: 'wx' });
  const write = async (value: unknown) => {
    if (!sink.write(`${JSON.stringify(value)}\n`)) await once(sink, 'drain');
  };
  let events = 0;
  try {
    const head = await store.headPosition();
    const header: LogFileHeader = { format: LOG_FILE_FORMAT, version: LOG_FILE_VERSION, exportedAt: new Date().toISOString(), head: head?.toString() };
    await write(header);
    if (head !== undefined) {
      for await (const event of store.readAll()) {
        if (event.position > head) break;
        await write(toLogFileEvent(event));
        events++;
        if (events % 500 === 0) onProgress?.({ events, position: event.position, head });
      }
      onProgress?.({ events, position: head, head });
    }
    const end: LogFileEnd = { end: true, events };
    await write(end);
    sink.end();
    await once(sink, 'finish');
    renameSync(partial, out);
    return { file: out, events, head };
  } catch (error) {
    sink.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Refuses an `--out` that exists or whose directory does not (checked before any store is opened). */
export function checkExportTarget(out: string): void {
  if (existsSync(out)) throw new LogTransferError(`${out} already exists: an export never overwrites a file; choose a new name`);
  if (!existsSync(dirname(out))) throw new LogTransferError(`cannot write ${out}: ${dirname(out)} does not exist`);
}
