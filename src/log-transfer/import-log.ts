import { ConcurrencyError, EventStore, NewEvent } from '../event-store';
import { checkLogFile } from './check-log-file';
import { linesOf } from './log-file-lines';
import { isEnd, LogFileEvent } from './log-file-format';
import { LogTransferError } from './log-transfer-errors';

/** Events per append at most: consecutive events of one stream in the file go in together. */
const MAX_BATCH_EVENTS = 200;
/** Serialized data + metadata per append at most (characters). */
const MAX_BATCH_CHARS = 1024 * 1024;

export interface ImportProgress {
  /** Events of the file handled so far (written or found already there). */
  readonly done: number;
  readonly total: number;
  readonly written: number;
  readonly skipped: number;
}

export interface ImportResult {
  readonly total: number;
  /** Events appended by this run. */
  readonly written: number;
  /** Events the target already held at the same stream revision with the same id (an earlier, maybe interrupted, run). */
  readonly skipped: number;
}

interface Batch {
  readonly streamId: string;
  readonly firstRevision: bigint;
  readonly events: LogFileEvent[];
  chars: number;
}

/**
 * Imports an export (log-file-format.ts) into `store`, whichever adapter the configuration names, in the file's
 * global order. The whole file is read and checked once before anything is written (malformed line, a file cut
 * short, a gap in a stream's revisions: refused, nothing written).
 *
 * Every event is appended at its exact revision: its stream's previous revision as the expected revision. An event
 * the target already has at that revision with the same id is skipped, so an interrupted import resumes where it
 * stopped and a second import writes nothing. A different event at that revision (another log) stops the import
 * with the stream and revision named. The original recorded time goes into metadata.originalRecordedAt, which both
 * adapters report as the event's recordedAt; positions are the target's own.
 */
export async function importLog(store: EventStore, file: string, onProgress?: (progress: ImportProgress) => void): Promise<ImportResult> {
  const total = await checkLogFile(file);
  const lastRevisions = new Map<string, bigint>();
  let done = 0;
  let written = 0;
  let skipped = 0;
  let batch: Batch | undefined;

  const flush = async () => {
    if (!batch) return;
    const outcome = await importBatch(store, batch, lastRevisions);
    written += outcome.written;
    skipped += outcome.skipped;
    done += batch.events.length;
    batch = undefined;
    onProgress?.({ done, total, written, skipped });
  };

  for await (const { line, number } of linesOf(file)) {
    if (number === 1 || line.trim() === '') continue;
    const value = JSON.parse(line) as unknown;
    if (isEnd(value)) break;
    const event = value as LogFileEvent;
    const revision = BigInt(event.revision);
    const chars = line.length;
    const joins = batch && batch.streamId === event.streamId && batch.firstRevision + BigInt(batch.events.length) === revision;
    if (!joins || batch!.events.length >= MAX_BATCH_EVENTS || batch!.chars + chars > MAX_BATCH_CHARS) {
      await flush();
      batch = { streamId: event.streamId, firstRevision: revision, events: [], chars: 0 };
    }
    batch!.events.push(event);
    batch!.chars += chars;
  }
  await flush();
  return { total, written, skipped };
}

async function importBatch(store: EventStore, batch: Batch, lastRevisions: Map<string, bigint>): Promise<{ written: number; skipped: number }> {
  const { streamId, firstRevision, events } = batch;
  const last = lastRevisions.get(streamId) ?? (await lastRevisionIn(store, streamId));
  // The part of the batch the target already holds must be these very events.
  const present = last >= firstRevision ? events.slice(0, Number(last - firstRevision + 1n)) : [];
  if (present.length > 0) await assertSameEvents(store, streamId, firstRevision, present);
  const missing = events.slice(present.length);
  if (missing.length === 0) {
    lastRevisions.set(streamId, last);
    return { written: 0, skipped: present.length };
  }
  const expected = BigInt(missing[0].revision) - 1n;
  if (expected !== last) throw new LogTransferError(`${streamId} ends at revision ${last} in the target, but the file continues it at revision ${missing[0].revision}`);
  try {
    const result = await store.append(streamId, missing.map(toNewEvent), expected === -1n ? 'no_stream' : expected);
    lastRevisions.set(streamId, result.nextRevision);
  } catch (error) {
    if (error instanceof ConcurrencyError) {
      throw new LogTransferError(`${streamId} changed in the target during the import (expected revision ${expected}): stop other writers and run the import again`);
    }
    throw error;
  }
  return { written: missing.length, skipped: present.length };
}

async function lastRevisionIn(store: EventStore, streamId: string): Promise<bigint> {
  for await (const event of store.readStream(streamId, { direction: 'backwards', maxCount: 1 })) return event.revision;
  return -1n;
}

async function assertSameEvents(store: EventStore, streamId: string, from: bigint, expected: LogFileEvent[]): Promise<void> {
  let i = 0;
  for await (const stored of store.readStream(streamId, { fromRevision: from, maxCount: expected.length })) {
    if (stored.id.toLowerCase() !== expected[i].id.toLowerCase()) {
      throw new LogTransferError(
        `${streamId} revision ${stored.revision} holds event ${stored.id} in the target, the file has ${expected[i].id} there: not the same log, nothing more imported`,
      );
    }
    i++;
  }
  if (i !== expected.length) throw new LogTransferError(`${streamId}: the target lost events while the import read it`);
}

/** The event as appended to the target: its own id, type, version and data; metadata with the original recorded time. */
function toNewEvent(event: LogFileEvent): NewEvent {
  const originalRecordedAt = typeof event.metadata.originalRecordedAt === 'string' ? event.metadata.originalRecordedAt : event.recordedAt;
  return {
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: { ...(event.metadata as unknown as NewEvent['metadata']), originalRecordedAt },
  };
}
