import { once } from 'node:events';
import { createWriteStream, existsSync, readFileSync, renameSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { EventStore } from '../event-store';
import { eventLineProblem, isEnd, isHeader, LOG_FILE_FORMAT, LOG_FILE_VERSION, LogFileEnd, LogFileEvent, LogFileHeader, toLogFileEvent } from './log-file-format';
import { linesOf } from './log-file-lines';
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
    if (resumed) truncateSync(partial, resumed.bytes);
    const sink = createWriteStream(partial, { flags: resumed ? 'a' : 'wx' });
    const write = async (value: unknown) => {
      if (!sink.write(`${JSON.stringify(value)}\n`)) await once(sink, 'drain');
    };
    try {
      let head: bigint | undefined;
      let events = resumed?.events ?? 0;
      if (resumed) {
        head = resumed.head;
      } else {
        head = await store.headPosition();
        const header: LogFileHeader = { format: LOG_FILE_FORMAT, version: LOG_FILE_VERSION, exportedAt: new Date().toISOString(), head: head?.toString() };
        await write(header);
      }
      if (!resumed?.ended) {
        if (head !== undefined) {
          if (resumed) onProgress?.({ events, position: resumed.position, head });
          for await (const event of store.readAll(resumed && resumed.position > 0n ? { after: resumed.position } : undefined)) {
            if (event.position > head) break;
            await write(toLogFileEvent(event));
            events++;
            if (events % 500 === 0) onProgress?.({ events, position: event.position, head });
          }
          onProgress?.({ events, position: head, head });
        }
        const end: LogFileEnd = { end: true, events };
        await write(end);
      }
      sink.end();
      await once(sink, 'finish');
      renameSync(partial, out);
      return { file: out, events, head, ...(resumed ? { resumedAfter: { events: resumed.events, position: resumed.position } } : {}) };
    } catch (error) {
      // What was written stays (flushed, as far as the file takes it) for the next run to continue.
      await new Promise<void>((settle) => sink.end(settle)).catch(() => undefined);
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
  /** The last event's position (0 when none was written yet). */
  readonly position: bigint;
  /** The closing line is there too: only the rename was missing. */
  readonly ended: boolean;
}

/**
 * What an interrupted export wrote: its header, then events in increasing positions up to the head, perhaps the
 * closing line. Reading stops at the first line that is not one of those (the interruption's torn last line).
 */
async function resumePointOf(partial: string): Promise<ResumePoint | undefined> {
  const size = statSync(partial).size;
  let bytes = 0;
  let header: LogFileHeader | undefined;
  let events = 0;
  let position = 0n;
  let ended = false;
  for await (const { line } of linesOf(partial)) {
    const lineBytes = Buffer.byteLength(line) + 1;
    // The last line without its newline was cut short, even if what is there parses.
    if (bytes + lineBytes > size) break;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      break;
    }
    if (!header) {
      if (!isHeader(value) || value.version !== LOG_FILE_VERSION) break;
      header = value;
    } else if (isEnd(value)) {
      if (value.events !== events) break;
      ended = true;
    } else {
      if (ended || eventLineProblem(value) !== undefined) break;
      const next = BigInt((value as LogFileEvent).position);
      if (next <= position || header.head === undefined || next > BigInt(header.head)) break;
      position = next;
      events++;
    }
    bytes += lineBytes;
    if (ended) break;
  }
  if (!header) {
    // Not even a whole header: start over.
    rmSync(partial, { force: true });
    return undefined;
  }
  return { bytes, head: header.head === undefined ? undefined : BigInt(header.head), events, position, ended };
}

/** Takes the export lock for `partial` (refusing while another live process holds it); returns its release. */
function lockExport(partial: string): () => void {
  const lock = `${partial}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lock, 'utf8'));
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) {
        throw new LogTransferError(`another export-log (process ${holder}) is writing ${partial}; wait for it to finish`);
      }
      // Left by an export that was killed: take it over.
      rmSync(lock, { force: true });
    }
  }
  throw new LogTransferError(`cannot take the export lock ${lock}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
