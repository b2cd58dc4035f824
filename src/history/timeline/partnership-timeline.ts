import { Inject, Injectable, Optional } from '@nestjs/common';
import { AggregateNotFoundError, StateUnreadableError } from '../../command-handling';
import { EventStore } from '../../event-store';
import { partnershipDecider } from '../../partnerships/domain/partnership-decider';
import { PartnershipState } from '../../partnerships/domain/partnership-state';
import { partnershipStream } from '../../partnerships/domain/streams';
import { SnapshotStore } from '../../snapshots/snapshot-store';
import { ReplayableDecider } from '../stream-deciders';
import { TimelineCut, TimelineWindow } from './fold-timeline';
import { KeyframeCache } from './keyframe-cache';
import { readTimelinePage } from './timeline-page';
import { TimelineStep, timelineStep } from './timeline-step';

export interface PartnershipTimeline {
  readonly partnershipId: string;
  readonly streamId: string;
  /** Steps inside the cut, in all (not only on this page). */
  readonly total: number;
  readonly steps: readonly TimelineStep<PartnershipState>[];
  /** Revision to ask for as `from` to read on; null on the last page. */
  readonly nextFrom: string | null;
}

const decider = partnershipDecider as unknown as ReplayableDecider;

/**
 * A partnership's timeline, folded from the event store itself: each event with its actor and the state after it.
 * A page is folded from the latest durable snapshot or in-memory keyframe before it, not from event 0 (timeline-page.ts).
 */
@Injectable()
export class PartnershipTimelineQuery {
  private readonly keyframes: KeyframeCache;

  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Optional() private readonly snapshots?: SnapshotStore,
    @Optional() keyframes?: KeyframeCache,
  ) {
    this.keyframes = keyframes ?? new KeyframeCache();
    // A snapshot's older sessions are read only when needed; states a page kept from one whose row went before that
    // (pruned) would throw when a later page needs them: drop them as soon as the snapshot store finds out.
    snapshots?.onRestLost((streamId) => this.keyframes.forget(streamId));
  }

  async timeline(partnershipId: string, cut: TimelineCut, window: TimelineWindow): Promise<PartnershipTimeline> {
    const streamId = partnershipStream(partnershipId);
    const read = (snapshots: SnapshotStore | undefined) =>
      readTimelinePage<PartnershipState>({ store: this.store, snapshots, keyframes: this.keyframes.forStream<PartnershipState>(streamId, decider) }, streamId, decider, cut, window);
    let page;
    try {
      page = await read(this.snapshots);
    } catch (error) {
      if (!(error instanceof StateUnreadableError)) throw error;
      // Found out by this page: fold it from the events alone (no snapshot, no state kept from one), once.
      this.keyframes.forget(streamId);
      page = await read(undefined);
    }
    this.keyframes.trim(streamId);
    // Missing means never proposed at all; a cut before the proposal is an empty timeline, not a 404.
    if (page === undefined) throw new AggregateNotFoundError(streamId);
    return {
      partnershipId,
      streamId,
      total: page.total,
      steps: page.entries.map(timelineStep),
      nextFrom: page.nextFrom?.toString() ?? null,
    };
  }
}
