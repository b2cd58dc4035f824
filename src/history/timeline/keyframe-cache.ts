import { ReplayableDecider } from '../stream-deciders';
import { StreamKeyframes } from './stream-keyframes';

export interface KeyframeCacheOptions {
  /** Revisions per keyframe: a page folds at most about this many events before its first step. */
  readonly interval: number;
  /** States kept across all streams (keyframes and a few loose starts each); the least recently paged streams are dropped first. */
  readonly maxKeyframes: number;
}

/**
 * 250 events per keyframe: a page of 100 folds at most ~350 events. 2,000 states: 5 streams of 100,000 events. A
 * keyframe shares its session log with every later state but holds its own copy of the state's arrays (evaluations
 * grow with the stream): about 50 KB each at 100,000 events, so ~100 MB at most; see docs/time-and-audit.md.
 */
export const DEFAULT_KEYFRAME_OPTIONS: KeyframeCacheOptions = { interval: 250, maxKeyframes: 2_000 };

/** Keyframes of the streams paged lately, in memory, bounded across streams (least recently used dropped first). */
export class KeyframeCache {
  private readonly streams = new Map<string, StreamKeyframes>();

  constructor(readonly options: KeyframeCacheOptions = DEFAULT_KEYFRAME_OPTIONS) {}

  /** The stream's keyframes (empty the first time), now the most recently used. */
  forStream<State>(streamId: string, decider: ReplayableDecider): StreamKeyframes<State> {
    let keyframes = this.streams.get(streamId);
    this.streams.delete(streamId);
    if (keyframes?.decider !== decider) keyframes = new StreamKeyframes(decider, this.options.interval);
    this.streams.set(streamId, keyframes);
    return keyframes as StreamKeyframes<State>;
  }

  /** Drops everything kept for the stream (its states cannot be used: see PartnershipTimelineQuery). */
  forget(streamId: string): void {
    this.streams.delete(streamId);
  }

  /**
   * Forgets streams that keep no state (short streams, streams that do not exist: asking for many must not grow the
   * map), then drops the least recently used streams (never `keep`) until the keyframes kept are within the budget.
   */
  trim(keep: string): void {
    let total = 0;
    for (const [streamId, keyframes] of this.streams) {
      if (keyframes.statesKept === 0) this.streams.delete(streamId);
      total += keyframes.statesKept;
    }
    for (const [streamId, keyframes] of this.streams) {
      if (total <= this.options.maxKeyframes) return;
      if (streamId === keep) continue;
      this.streams.delete(streamId);
      total -= keyframes.statesKept;
    }
  }

  get streamCount(): number {
    return this.streams.size;
  }

  get keyframeCount(): number {
    let total = 0;
    for (const keyframes of this.streams.values()) total += keyframes.statesKept;
    return total;
  }
}
