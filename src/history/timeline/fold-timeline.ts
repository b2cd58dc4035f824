import { RecordedEvent, upcast } from '../../event-store';
import { ReplayableDecider } from '../stream-deciders';

/**
 * Where a replay stops. Both cuts apply together.
 * - `until`: a revision (inclusive) or an instant: the stream as it stood then.
 * - `knownAt`: only events recorded by that instant, i.e. the state as we knew it then.
 * For one stream both are read on the recorded-time axis; effective dates live inside the events.
 */
export interface TimelineCut {
  readonly until?: { readonly revision: bigint } | { readonly instant: Date };
  readonly knownAt?: Date;
}

/** One step of a replay: the event as recorded (upcast to its current shape) and the state right after it. */
export interface TimelineEntry<State = unknown> {
  readonly event: RecordedEvent;
  readonly stateAfter: State;
}

/** Whether an event is inside the cut. Recorded time is compared on milliseconds, the store's precision. */
export function withinCut(event: RecordedEvent, cut: TimelineCut): boolean {
  if (cut.knownAt && event.recordedAt.getTime() > cut.knownAt.getTime()) return false;
  const until = cut.until;
  if (until && 'revision' in until && event.revision > until.revision) return false;
  if (until && 'instant' in until && event.recordedAt.getTime() > until.instant.getTime()) return false;
  return true;
}

/** The state after one more recorded event: upcast to its current shape, then the decider's evolve. */
export function evolveRecorded<State>(decider: ReplayableDecider, state: State, recorded: RecordedEvent): { event: RecordedEvent; state: State } {
  const event = upcast(recorded);
  return { event, state: decider.evolve(state, { type: event.type, data: event.data as object }) as State };
}

/**
 * Replays a stream's events (in revision order) through a decider's evolve, keeping the state after each.
 * Pure: the caller reads the events (HTTP timeline, CLI `replay`). Events outside the cut are skipped, not
 * stopped at, so a clock that stepped back between two appends cannot hide a later event that was known.
 */
export function foldTimeline<State>(events: Iterable<RecordedEvent>, decider: ReplayableDecider, cut: TimelineCut = {}): TimelineEntry<State>[] {
  const entries: TimelineEntry<State>[] = [];
  let state = decider.initialState as State;
  for (const recorded of events) {
    if (!withinCut(recorded, cut)) continue;
    const step = evolveRecorded(decider, state, recorded);
    state = step.state;
    entries.push({ event: step.event, stateAfter: state });
  }
  return entries;
}

export interface TimelineWindow {
  /** First revision to keep (default 0). */
  readonly from?: bigint;
  readonly limit: number;
}

export interface TimelinePageFold<State> {
  /** Events inside the cut, on every page. */
  readonly total: number;
  readonly entries: TimelineEntry<State>[];
  /** Revision of the first step after this page; null when the page reaches the end. */
  readonly nextFrom: bigint | null;
}

/**
 * One page of a replay. Keeps only the page's states (each step holds a whole state, and evolve copies its arrays,
 * so keeping every step of a long stream costs memory quadratic in its length) and stops evolving after the page.
 * `start` is the state the events are folded onto (default the decider's initial state): a caller that folded
 * events 0..r elsewhere (a snapshot, a keyframe) passes that state and only the events after r; `total` then counts
 * only the events passed.
 */
export function foldTimelinePage<State>(
  events: Iterable<RecordedEvent>,
  decider: ReplayableDecider,
  cut: TimelineCut,
  window: TimelineWindow,
  start: State = decider.initialState as State,
): TimelinePageFold<State> {
  const from = window.from ?? 0n;
  const entries: TimelineEntry<State>[] = [];
  let state = start;
  let total = 0;
  let nextFrom: bigint | null = null;
  for (const recorded of events) {
    if (!withinCut(recorded, cut)) continue;
    total++;
    if (entries.length === window.limit) {
      nextFrom ??= recorded.revision;
      continue;
    }
    const step = evolveRecorded(decider, state, recorded);
    state = step.state;
    if (recorded.revision >= from) entries.push({ event: step.event, stateAfter: state });
  }
  return { total, entries, nextFrom };
}
