import { EventStore, RecordedEvent } from '../../event-store';
import { StreamSnapshot } from '../../snapshots/stream-snapshot';
import { ReplayableDecider } from '../stream-deciders';
import { CutBounds, coversPrefix, cutBounds, cutsOnTime } from './cut-bounds';
import { countInCut, eventsInCut, extendKeyframes, lastRevisionOf } from './cut-reads';
import { evolveRecorded, foldTimelinePage, TimelineCut, TimelinePageFold, TimelineWindow } from './fold-timeline';
import { FoldStart, StreamKeyframes } from './stream-keyframes';

/** Durable snapshots as a page reads them (SnapshotStore.latest): `eventId`, when known, is the id of the event at `revision`. */
export interface SnapshotSource {
  latest<State>(streamId: string, decider: ReplayableDecider, atOrBefore?: bigint): Promise<(StreamSnapshot<State> & { readonly eventId?: string | null }) | undefined>;
}

export interface TimelineSources {
  readonly store: EventStore;
  /** The stream's durable snapshots, when there are any (the newest few per stream). */
  readonly snapshots?: SnapshotSource;
  /** The stream's in-memory keyframes; without them a page folds from a snapshot or from event 0. */
  readonly keyframes?: StreamKeyframes;
}

/**
 * One page of a stream's timeline, the same answer as `foldTimelinePage` over the whole stream, reading only:
 * - the stream's last revision (one event read backwards);
 * - events from the latest start at or before the page (a keyframe, the edge of a recent page, or a durable snapshot:
 *   a state after events 0..r all inside the cut) through the page and the first step after it, skipping keyframed
 *   segments wholly outside the cut;
 * - for `total` under a time cut, the segments after that which straddle the cut (the rest are counted from their
 *   recorded-time spans); without a time cut `total` is arithmetic.
 * When no keyframe or snapshot starts within an interval of the page (of the head, under a time cut) and extending
 * the keyframes reads at most twice what the page would read anyway, they are extended first: the first middle page of
 * a stream in a process folds it from event 0 once (O(page start), as before), later pages do not. See
 * docs/time-and-audit.md.
 * Undefined when the stream has no events.
 */
export async function readTimelinePage<State>(
  sources: TimelineSources, streamId: string, decider: ReplayableDecider, cut: TimelineCut, window: TimelineWindow,
): Promise<TimelinePageFold<State> | undefined> {
  const { store, keyframes } = sources;
  const last = await lastRevisionOf(store, streamId);
  if (last === undefined) return undefined;
  const bounds = cutBounds(cut);
  // Read nothing past the head seen now: events appended meanwhile belong to a later answer.
  const end = bounds.lastRevision !== undefined && bounds.lastRevision < last ? bounds.lastRevision : last;
  const from = window.from ?? 0n;
  const before = from - 1n;

  let start = await startFor<State>(sources, streamId, decider, bounds, before, last);
  if (keyframes) {
    // Without a time cut the page needs a start near `before`; with one, the count needs spans up to `end` too.
    const target = cutsOnTime(bounds) || before > end ? end : before;
    const unhelped = target - start.revision; // read by this page anyway, from its start
    const extension = target - keyframes.coveredTo; // read to extend the keyframes to the target
    // Extend only when that reads at most twice what the page reads without it: a cold last page next to a durable
    // snapshot stays O(page + snapshot distance); a cold middle page pays the fold from event 0 it would pay anyway.
    if (unhelped > BigInt(keyframes.interval) && extension <= 2n * unhelped) {
      await extendKeyframes(store, streamId, keyframes, target);
      start = await startFor<State>(sources, streamId, decider, bounds, before, last);
    }
  }

  // Read from the start through the page and one step more (whose revision is nextFrom): first up to from + limit,
  // where that step is when every event is inside the cut (so the store is asked for no more than that), then on.
  const leadIn: RecordedEvent[] = [];
  const onPage: RecordedEvent[] = [];
  let stoppedAt: bigint | undefined;
  const likelyEnd = from + BigInt(window.limit) < end ? from + BigInt(window.limit) : end;
  reading: for (const [first, upTo] of [[start.revision + 1n, likelyEnd], [likelyEnd + 1n, end]]) {
    for await (const event of eventsInCut(store, streamId, keyframes, cut, bounds, first, upTo)) {
      if (event.revision < from) leadIn.push(event);
      else if (onPage.push(event) > window.limit) {
        stoppedAt = event.revision;
        break reading;
      }
    }
  }
  const atPage = foldOnto(decider, start, leadIn);
  const page = foldTimelinePage<State>(onPage, decider, cut, window, atPage.state);
  // Keep the states before and after this page when every event up to them was folded: reading the page again, or
  // the next one, then starts right there.
  if (keyframes && atPage.complete) {
    if (leadIn.length > 0) (keyframes as StreamKeyframes<State>).remember(atPage.start);
    const lastStep = page.entries.at(-1);
    const reached = foldOnto(decider, atPage.start, onPage.slice(0, page.entries.length), false);
    if (lastStep && reached.complete) (keyframes as StreamKeyframes<State>).remember({ ...reached.start, state: lastStep.stateAfter });
  }
  const after = stoppedAt === undefined ? 0 : await countInCut(store, streamId, keyframes, cut, bounds, stoppedAt + 1n, end);
  // Every event 0..start is inside the cut (that is what makes it a start).
  return { total: Number(start.revision + 1n) + leadIn.length + page.total + after, entries: page.entries, nextFrom: page.nextFrom };
}

/**
 * Folds events read after `start` onto its state. `complete` when they were every event from start+1 on (or none),
 * none left out by the cut or skipped: then the state is the fold of every event 0..last, a start for any cut it
 * fits. With `evolve` false only revisions and recorded times are followed (the page fold has the states).
 */
function foldOnto<State>(decider: ReplayableDecider, start: FoldStart<State>, events: readonly RecordedEvent[], evolve = true): { state: State; start: FoldStart<State>; complete: boolean } {
  let state = start.state;
  let maxRecordedMs = start.maxRecordedMs;
  let complete = true;
  let next = start.revision + 1n;
  for (const event of events) {
    complete &&= event.revision === next;
    next = event.revision + 1n;
    if (evolve) state = evolveRecorded(decider, state, event).state;
    maxRecordedMs = Math.max(maxRecordedMs, event.recordedAt.getTime());
  }
  return { state, complete, start: { revision: next - 1n, state, maxRecordedMs } };
}

/**
 * The latest state at or before `before` folded from events all inside the cut: a keyframe (or the snapshot a page
 * started from last), a durable snapshot, or nothing. A durable snapshot is decoded from its stored text (for a
 * partnership: every session it ever logged), which costs more than folding an interval of events, so it is looked
 * up only when no keyframe starts within an interval of the page; the one used is then kept with the keyframes.
 */
async function startFor<State>(
  { store, snapshots, keyframes }: TimelineSources, streamId: string, decider: ReplayableDecider, bounds: CutBounds, before: bigint, last: bigint,
): Promise<FoldStart<State>> {
  let start: FoldStart<State> = { revision: -1n, state: decider.initialState as State, maxRecordedMs: -Infinity };
  const keyframe = keyframes?.startAtOrBefore(bounds, before);
  if (keyframe && keyframe.revision > start.revision) start = keyframe as FoldStart<State>;
  if (snapshots && before - start.revision > BigInt(keyframes?.interval ?? 0)) {
    const snapshot = await snapshots.latest<State>(streamId, decider, before);
    if (
      snapshot && snapshot.revision > start.revision && snapshot.revision <= last &&
      coversPrefix(bounds, snapshot.revision, snapshot.maxRecordedAt.getTime()) && (await stillAnchored(store, streamId, snapshot))
    ) {
      start = { revision: snapshot.revision, state: inFoldOrder(snapshot.state, decider.initialState), maxRecordedMs: snapshot.maxRecordedAt.getTime() };
      (keyframes as StreamKeyframes<State> | undefined)?.remember(start);
    }
  }
  return start;
}

/**
 * Whether the stream's event at the snapshot's revision is still the one it was taken after (its position, and its
 * id when the snapshot kept it), as the command path's fold checks it: a store restored or replaced under the read
 * models may hold other events at those revisions. One event read.
 */
async function stillAnchored(store: EventStore, streamId: string, snapshot: { revision: bigint; position: bigint; eventId?: string | null }): Promise<boolean> {
  for await (const event of store.readStream(streamId, { fromRevision: snapshot.revision, maxCount: 1 })) {
    return event.revision === snapshot.revision && event.position === snapshot.position && (snapshot.eventId == null || event.id === snapshot.eventId);
  }
  return false;
}

/**
 * A decoded snapshot's state with its top-level keys in the order a fold from the initial state gives them (evolve
 * spreads the state it is given, so the order it starts from is the order every later step shows). A codec that
 * rebuilds one field last (the partnership's session log) would otherwise move that field in every `stateAfter`
 * of a page started from a snapshot: equal values, different JSON text from the same page folded from event 0.
 */
function inFoldOrder<State>(state: State, initialState: unknown): State {
  if (typeof state !== 'object' || state === null || Array.isArray(state) || typeof initialState !== 'object' || initialState === null) return state;
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(initialState)) if (Object.hasOwn(state, key)) ordered[key] = (state as Record<string, unknown>)[key];
  return Object.assign(ordered, state) as State;
}
