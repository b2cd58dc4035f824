import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, linkSync, readFileSync, renameSync, rmSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { EventStore } from '../event-store';
import { eventLineProblem, isEnd, isHeader, LOG_FILE_FORMAT, LOG_FILE_VERSION, LogFileEnd, LogFileEvent, LogFileHeader, toLogFileEvent } from './log-file-format';
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
    if (resumed) await checkSameLog(store, partial, resumed);
    if (resumed) truncateSync(partial, resumed.bytes);
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

const DECIMAL = /^(0|[1-9]\d*)$/;

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

/**
 * The file's whole lines (ending in a newline: a last line without one was cut short) with their length in bytes,
 * split on the bytes themselves, so what is kept is exactly what was read. A line ending in CR is returned with it
 * (JSON takes the CR as whitespace, and so does import: such a line is kept as it is).
 */
async function* wholeLinesOf(file: string): AsyncGenerator<{ text: string; length: number }> {
  let pending: Buffer[] = [];
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let newline = chunk.indexOf(0x0a); newline !== -1; newline = chunk.indexOf(0x0a, start)) {
      const line = Buffer.concat([...pending, chunk.subarray(start, newline)]);
      pending = [];
      start = newline + 1;
      yield { text: line.toString('utf8'), length: line.length + 1 };
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
}

/** This process's export locks (a lock naming this pid but not in here was left by another process that had it). */
const held = new Set<string>();

/**
 * Takes the export lock for `partial`: a file naming the host, process and a token, created whole (written apart, then
 * linked in), so no one reads it half written. Refused while the process it names lives (or is on another host: it
 * cannot be asked); taken over (renamed away, so of two takers only one wins) when it is gone, or when it names this
 * process but this process does not hold it (a pid used again, as in a container where every run is pid 1).
 * Returns its release.
 */
function lockExport(partial: string): () => void {
  const lock = `${partial}.lock`;
  const mine = `${hostname()} ${process.pid} ${randomUUID()}`;
  const draft = `${lock}.${randomUUID()}`;
  writeFileSync(draft, mine);
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkOrCreate(draft, lock, mine);
        held.add(lock);
        return () => {
          held.delete(lock);
          if (readLock(lock) === mine) rmSync(lock, { force: true });
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readLock(lock);
      if (holder === undefined) continue;
      const [host, pidText] = holder.split(' ');
      const pid = Number(pidText);
      // Another host's process cannot be asked: only its own lock is known to be stale.
      const alive = host !== hostname() || (Number.isInteger(pid) && pid > 0 && (pid === process.pid ? held.has(lock) : isAlive(pid)));
      if (alive) throw new LogTransferError(`another export-log (process ${pidText} on ${host}) is writing ${partial}; wait for it to finish (or, if none is running, remove ${lock})`);
      // Left by an export that was killed: moved away (of two takers, one moves it), then checked to be that one.
      const stale = `${lock}.stale-${randomUUID()}`;
      try {
        renameSync(lock, stale);
      } catch {
        continue;
      }
      if (readLock(stale) !== holder) {
        // A taker's fresh lock was moved instead: give it back.
        try {
          linkOrCreate(stale, lock, readLock(stale) ?? '');
        } catch {
          // Someone holds the lock again; the next attempt says who.
        }
      }
      rmSync(stale, { force: true });
    }
    throw new LogTransferError(`cannot take the export lock ${lock}`);
  } finally {
    rmSync(draft, { force: true });
  }
}

/** What link(2) answers on a file system without hard links. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/** `to` created whole from `from` by a link; where there are none, created exclusively (a reader may see it empty for an instant: read as held, never as stale). EEXIST either way. */
function linkOrCreate(from: string, to: string, text: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if (!NO_HARD_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    writeFileSync(to, text, { flag: 'wx' });
  }
}

function readLock(lock: string): string | undefined {
  try {
    return readFileSync(lock, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
