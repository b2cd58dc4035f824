import { EventStore, RecordedEvent } from '../../event-store';
import { CutBounds, cutsOnTime, judgeRun } from './cut-bounds';
import { TimelineCut, withinCut } from './fold-timeline';
import { StreamKeyframes } from './stream-keyframes';

/*
 * Reads of one stream under a cut that use keyframes' recorded-time spans to leave runs of events unread.
 * Revisions are taken as consecutive from 0 (both adapters write them so, and no stream is ever truncated).
 */

/** Revision of the stream's last event (one event read backwards); undefined when it has none. */
export async function lastRevisionOf(store: EventStore, streamId: string): Promise<bigint | undefined> {
  for await (const event of store.readStream(streamId, { direction: 'backwards', maxCount: 1 })) return event.revision;
  return undefined;
}

async function* readRange(store: EventStore, streamId: string, first: bigint, last: bigint): AsyncGenerator<RecordedEvent> {
  if (first > last) return;
  yield* store.readStream(streamId, { fromRevision: first, maxCount: Number(last - first + 1n) });
}

/**
 * The events inside the cut among revisions from..to, in order. Runs of keyframed segments wholly outside the cut
 * are skipped unread; consecutive segments that are not, and everything past the keyframes, are read in one go.
 */
export async function* eventsInCut(
  store: EventStore, streamId: string, keyframes: StreamKeyframes | undefined, cut: TimelineCut, bounds: CutBounds, from: bigint, to: bigint,
): AsyncGenerator<RecordedEvent> {
  const outside = (revision: bigint) => {
    const s = keyframes?.segmentOf(revision);
    return s !== undefined && judgeRun(bounds, s.first, s.last, s.minRecordedMs, s.maxRecordedMs) === 'outside';
  };
  let cursor = from;
  while (cursor <= to) {
    if (outside(cursor)) {
      cursor = keyframes!.segmentOf(cursor)!.last + 1n;
      continue;
    }
    // Read on to the next segment wholly outside, or to `to`.
    let end = keyframes?.segmentOf(cursor)?.last ?? to;
    while (end < to && !outside(end + 1n)) end = keyframes!.segmentOf(end + 1n)?.last ?? to;
    if (end > to) end = to;
    for await (const event of readRange(store, streamId, cursor, end)) if (withinCut(event, cut)) yield event;
    cursor = end + 1n;
  }
}

/**
 * How many events among revisions from..to are inside the cut, exactly. Without a time bound it is arithmetic. With
 * one, keyframed segments wholly inside or outside count without reading; those straddling the cut (where the clock
 * crossed it, or stepped back across it) and anything past the keyframes are read and judged event by event.
 */
export async function countInCut(
  store: EventStore, streamId: string, keyframes: StreamKeyframes | undefined, cut: TimelineCut, bounds: CutBounds, from: bigint, to: bigint,
): Promise<number> {
  if (from > to) return 0;
  if (!cutsOnTime(bounds)) return Number(to - from + 1n);
  let count = 0;
  let cursor = from;
  while (cursor <= to) {
    const s = keyframes?.segmentOf(cursor);
    const end = s === undefined || s.last > to ? to : s.last;
    const verdict = s === undefined ? 'mixed' : judgeRun(bounds, s.first, s.last, s.minRecordedMs, s.maxRecordedMs);
    if (verdict === 'inside') count += Number(end - cursor + 1n);
    else if (verdict === 'mixed') for await (const event of readRange(store, streamId, cursor, end)) if (withinCut(event, cut)) count++;
    cursor = end + 1n;
  }
  return count;
}

/**
 * Extends the stream's keyframes over every whole segment that ends at or before `upTo`: one read from the first
 * revision they do not cover, folded a segment at a time. The first time a stream is paged this reads it from event 0
 * (the cold cost); later only what was appended since.
 */
export async function extendKeyframes(store: EventStore, streamId: string, keyframes: StreamKeyframes, upTo: bigint): Promise<void> {
  const interval = BigInt(keyframes.interval);
  const first = keyframes.coveredTo + 1n;
  const segments = (upTo - first + 1n) / interval;
  if (segments < 1n) return;
  let batch: RecordedEvent[] = [];
  for await (const event of store.readStream(streamId, { fromRevision: first, maxCount: Number(segments * interval) })) {
    batch.push(event);
    if (batch.length < keyframes.interval) continue;
    if (!keyframes.append(batch)) return; // someone else kept this segment first, or the read was not consecutive
    batch = [];
  }
}
