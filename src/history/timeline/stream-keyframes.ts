import { RecordedEvent } from '../../event-store';
import { ReplayableDecider } from '../stream-deciders';
import { CutBounds, coversPrefix } from './cut-bounds';
import { evolveRecorded } from './fold-timeline';

/** A run of `interval` consecutive revisions: when its events were recorded, and the state after its last one. */
export interface Segment<State = unknown> {
  readonly first: bigint;
  readonly last: bigint;
  readonly minRecordedMs: number;
  readonly maxRecordedMs: number;
  /** Latest recorded time among events 0..last: the state after `last` starts a fold under a cut only when this is inside it. */
  readonly prefixMaxRecordedMs: number;
  /** The state after events 0..last, every one of them folded (no cut). States are immutable values: kept, never copied. */
  readonly stateAfter: State;
}

/** Where a fold starts: the state after events 0..revision (revision -1: the initial state, nothing folded). */
export interface FoldStart<State = unknown> {
  readonly revision: bigint;
  readonly state: State;
  /** The latest recorded time among events 0..revision (-Infinity for none). */
  readonly maxRecordedMs: number;
}

/** Starts kept besides the keyframes: where recent pages began and ended, a durable snapshot decoded once. */
const LOOSE_STARTS_KEPT = 8;

/**
 * Keyframes of one stream: for each whole run of `interval` revisions from 0, the state after it and the span of its
 * recorded times. A page starts folding from the last keyframe before it (O(interval) events instead of O(stream)),
 * and a count under a time cut skips runs wholly inside or outside the cut, reading only runs that straddle it.
 * Pure: the caller reads the events and hands them over a segment at a time (`append`). Revisions of a stream never
 * change once written (streams are append-only; a deleted stream cannot be read again), so keyframes never go stale.
 */
export class StreamKeyframes<State = unknown> {
  private readonly segments: Segment<State>[] = [];
  /** Starts off the segments' grid, least recently kept first (see `remember`). */
  private readonly loose: FoldStart<State>[] = [];

  constructor(
    readonly decider: ReplayableDecider,
    readonly interval: number,
  ) {
    if (!Number.isInteger(interval) || interval < 1) throw new RangeError(`keyframe interval must be a whole number from 1, not ${interval}`);
  }

  /** Last revision the keyframes cover; -1 when they cover none. */
  get coveredTo(): bigint {
    return this.segments.at(-1)?.last ?? -1n;
  }

  /** Keyframes (one per segment). */
  get size(): number {
    return this.segments.length;
  }

  /** States held: keyframes and loose starts (what a cache budgets). */
  get statesKept(): number {
    return this.segments.length + this.loose.length;
  }

  /**
   * Folds the next segment: exactly `interval` events, the first right after `coveredTo`, revisions consecutive.
   * Anything else (a segment already kept by a concurrent reader, a short read) is ignored and answers false.
   */
  append(events: readonly RecordedEvent[]): boolean {
    const first = this.coveredTo + 1n;
    if (events.length !== this.interval || events.some((e, i) => e.revision !== first + BigInt(i))) return false;
    const previous = this.segments.at(-1);
    let state = (previous?.stateAfter ?? this.decider.initialState) as State;
    let minRecordedMs = Infinity;
    let maxRecordedMs = -Infinity;
    for (const recorded of events) {
      state = evolveRecorded(this.decider, state, recorded).state;
      const ms = recorded.recordedAt.getTime();
      if (ms < minRecordedMs) minRecordedMs = ms;
      if (ms > maxRecordedMs) maxRecordedMs = ms;
    }
    const prefixMaxRecordedMs = Math.max(previous?.prefixMaxRecordedMs ?? -Infinity, maxRecordedMs);
    this.segments.push({ first, last: events.at(-1)!.revision, minRecordedMs, maxRecordedMs, prefixMaxRecordedMs, stateAfter: state });
    return true;
  }

  /**
   * The latest keyframe at or before `revision` from which a fold under the cut may start: every event up to it is
   * inside the cut. Both conditions only turn false going forwards, so a binary search finds it.
   */
  startAtOrBefore(bounds: CutBounds, revision: bigint): FoldStart<State> | undefined {
    const usable = (s: Segment<State>) => s.last <= revision && coversPrefix(bounds, s.last, s.prefixMaxRecordedMs);
    let low = 0;
    let high = this.segments.length; // segments[0..low) usable, segments[high..) not
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (usable(this.segments[middle])) low = middle + 1;
      else high = middle;
    }
    const found = this.segments[low - 1];
    let best: FoldStart<State> | undefined = found && { revision: found.last, state: found.stateAfter, maxRecordedMs: found.prefixMaxRecordedMs };
    for (const start of this.loose) {
      if (start.revision <= revision && start.revision > (best?.revision ?? -1n) && coversPrefix(bounds, start.revision, start.maxRecordedMs)) best = start;
    }
    return best;
  }

  /**
   * Keeps a start that is not a keyframe: the state after every event 0..revision (a durable snapshot once decoded,
   * the state before a page or after it, when every event up to there was folded). The next page at or right after
   * it starts there: reading a page again, or the next one, folds only the page, and a snapshot is decoded once.
   */
  remember(start: FoldStart<State>): void {
    if (start.revision < 0n || this.segmentOf(start.revision)?.last === start.revision) return;
    const same = this.loose.findIndex((s) => s.revision === start.revision);
    if (same >= 0) this.loose.splice(same, 1);
    this.loose.push(start);
    if (this.loose.length > LOOSE_STARTS_KEPT) this.loose.shift();
  }

  /** The segment holding `revision`, when the keyframes cover it. */
  segmentOf(revision: bigint): Segment<State> | undefined {
    if (revision < 0n) return undefined;
    return this.segments[Number(revision / BigInt(this.interval))];
  }
}
