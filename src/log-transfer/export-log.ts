import { once } from 'node:events';
import { createWriteStream, existsSync, linkSync, renameSync, rmSync, truncateSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { EventStore } from '../event-store';
import { DECIMAL, eventLineProblem, isEnd, isHeader, LOG_FILE_FORMAT, LOG_FILE_VERSION, LogFileEnd, LogFileEvent, LogFileHeader, toLogFileEvent } from './log-file-format';
import { lockExport, NO_HARD_LINKS } from './export-lock';
import { flushDirectory, flushFile } from '../files/durable-files';
import { wholeLinesOf } from './log-file-lines';
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
  /** Set when this run continued an interrupted one: the events that one had written. */
  readonly resumedAfter?: { readonly events: number; readonly position: bigint };
}

/** Where an export of `out` writes until it is complete; an interrupted export leaves it for the next run to continue. */
export function partialFileOf(out: string): string {
  return join(dirname(out), `.${basename(out)}.partial`);
}

/**
 * Writes the whole log of `store` (either adapter), in global order up to its head as the export starts, as NDJSON
 * (log-file-format.ts). The file is written under a temporary name (partialFileOf) and renamed when complete, so an
 * interrupted export leaves no file that looks whole. Run again with the same `out`, it continues the temporary file:
 * its whole lines are kept (a line cut short by the interruption is dropped), and the log is read on from the last
 * position written, up to the head the first run recorded. One export per `out` at a time (a lock file says which
 * process has it; a lock whose process is gone is taken over).
 */
export async function exportLog(store: EventStore, out: string, onProgress?: (progress: ExportProgress) => void): Promise<ExportResult> {
  checkExportTarget(out);
  const partial = partialFileOf(out);
  const releaseLock = lockExport(partial);
  try {
    const resumed = existsSync(partial) ? await resumePointOf(partial) : undefined;
    if (resumed) {
      await checkSameLog(store, partial, resumed);
      truncateSync(partial, resumed.bytes);
    }
    const sink = createWriteStream(partial, { flags: resumed ? 'a' : 'wx' });
    // A write error can come while nothing awaits the stream: kept, and thrown by the next write or the end.
    let failed: Error | undefined;
    sink.on('error', (error) => (failed ??= error));
    const write = async (value: unknown) => {
      if (failed) throw failed;
      // (events.once rejects when the stream errors while this waits.)
      if (!sink.write(`${JSON.stringify(value)}\n`)) await once(sink, 'drain');
      if (failed) throw failed;
    };
    try {
      let head: bigint | undefined;
      let events = resumed?.events ?? 0;
      let last = resumed?.position ?? 0n;
      if (resumed) {
        head = resumed.head;
      } else {
        head = await store.headPosition();
        const header: LogFileHeader = { format: LOG_FILE_FORMAT, version: LOG_FILE_VERSION, exportedAt: new Date().toISOString(), head: head?.toString() };
        await write(header);
      }
      if (!resumed?.ended) {
        if (head !== undefined) {
          if (resumed) onProgress?.({ events, position: last, head });
          for await (const event of store.readAll(last > 0n ? { after: last } : undefined)) {
            if (event.position > head) break;
            await write(toLogFileEvent(event));
            events++;
            last = event.position;
            if (events % 500 === 0) onProgress?.({ events, position: event.position, head });
          }
          // The log must still reach the head the header names (a store replaced since the first run would not).
          if (last !== head) throw new LogTransferError(`the log ends at position ${last}, before the head ${head} this export started at: is this the store it was started on?`);
          onProgress?.({ events, position: head, head });
        }
        const end: LogFileEnd = { end: true, events };
        await write(end);
      }
      await new Promise<void>((resolve, reject) => {
        // end's callback gets the error of a write still in flight (the 'error' event comes only later).
        sink.end((error?: Error | null) => (error ? reject(error) : resolve()));
      });
      if (failed) throw failed;
      // On the disk before the name says whole (a machine that crashes after the rename must not bring back a named
      // export with missing lines), and the name itself after (src/files/durable-files.ts).
      flushFile(partial);
      // Never over a file that appeared meanwhile: link fails when `out` exists (the partial is kept).
      const appeared = () => new LogTransferError(`${out} appeared while exporting: an export never overwrites a file; the export stays in ${partial}`);
      try {
        linkSync(partial, out);
        unlinkSync(partial);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw appeared();
        if (!NO_HARD_LINKS.has(code ?? '')) throw error;
        // A file system without hard links (FAT, some SMB/FUSE mounts): checked, then renamed.
        if (existsSync(out)) throw appeared();
        renameSync(partial, out);
      }
      flushDirectory(dirname(out));
      return { file: out, events, head, ...(resumed ? { resumedAfter: { events: resumed.events, position: resumed.position } } : {}) };
    } catch (error) {
      // What was written stays (flushed, as far as the file takes it) for the next run to continue.
      await new Promise<void>((settle) => {
        sink.once('error', () => settle());
        sink.end(settle);
      });
      sink.destroy();
      throw error;
    }
  } finally {
    releaseLock();
  }
}

/** Refuses an `--out` that exists or whose directory does not (checked before any store is opened). */
export function checkExportTarget(out: string): void {
  if (existsSync(out)) throw new LogTransferError(`${out} already exists: an export never overwrites a file; choose a new name`);
  if (!existsSync(dirname(out))) throw new LogTransferError(`cannot write ${out}: ${dirname(out)} does not exist`);
}

interface ResumePoint {
  /** The bytes of whole, valid lines at the start of the file: what is kept. */
  readonly bytes: number;
  readonly head: bigint | undefined;
  readonly events: number;
  /** The last event's position (0 when none was written yet) and id. */
  readonly position: bigint;
  readonly lastEventId: string | undefined;
  /** The position of the event before the last (undefined: the last is the first): a position the log has, to read the last from. */
  readonly previous: bigint | undefined;
  /** The closing line is there too: only the rename was missing. */
  readonly ended: boolean;
}

/**
 * What an interrupted export wrote: its header, then events in increasing positions up to the head, perhaps the
 * closing line. Reading stops at the first line that is not one of those (the interruption's torn last line).
 */
async function resumePointOf(partial: string): Promise<ResumePoint | undefined> {
  let bytes = 0;
  let header: LogFileHeader | undefined;
  let events = 0;
  let position = 0n;
  let lastEventId: string | undefined;
  let previous: bigint | undefined;
  let ended = false;
  for await (const { text, length } of wholeLinesOf(partial)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      break;
    }
    if (!header) {
      if (!isHeader(value) || value.version !== LOG_FILE_VERSION || (value.head !== undefined && (typeof value.head !== 'string' || !DECIMAL.test(value.head)))) break;
      header = value;
    } else if (isEnd(value)) {
      if (value.events !== events) break;
      ended = true;
    } else {
      if (eventLineProblem(value) !== undefined) break;
      const event = value as LogFileEvent;
      const next = BigInt(event.position);
      if (next <= position || header.head === undefined || next > BigInt(header.head)) break;
      previous = events > 0 ? position : undefined;
      position = next;
      lastEventId = event.id;
      events++;
    }
    bytes += length;
    if (ended) break;
  }
  if (!header) {
    // Not even a whole header: start over.
    rmSync(partial, { force: true });
    return undefined;
  }
  return { bytes, head: header.head === undefined ? undefined : BigInt(header.head), events, position, lastEventId, previous, ended };
}

/**
 * The partial must be of this store's log: its last event still at its position, with its id (a restored, replaced
 * or other store would continue someone else's file), and the log at least as long as the head it recorded.
 */
async function checkSameLog(store: EventStore, partial: string, resumed: ResumePoint): Promise<void> {
  const refuse = (why: string) => {
    throw new LogTransferError(`${partial} was started on another log (${why}): remove it to export this one from the start`);
  };
  if (resumed.head === undefined) return;
  const head = await store.headPosition();
  if (head === undefined || head < resumed.head) refuse(`this log's head is ${head ?? 'empty'}, before the ${resumed.head} it recorded`);
  if (resumed.lastEventId === undefined) return;
  for await (const event of store.readAll({ after: resumed.previous, maxCount: 1 })) {
    if (event.position === resumed.position && event.id === resumed.lastEventId) return;
    refuse(`position ${resumed.position} holds event ${event.id} at ${event.position} here, ${resumed.lastEventId} there`);
  }
  refuse(`no event at position ${resumed.position} here`);
}

