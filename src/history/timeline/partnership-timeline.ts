import { Inject, Injectable } from '@nestjs/common';
import { AggregateNotFoundError } from '../../command-handling';
import { EventStore, RecordedEvent } from '../../event-store';
import { partnershipDecider } from '../../partnerships/domain/partnership-decider';
import { PartnershipState } from '../../partnerships/domain/partnership-state';
import { partnershipStream } from '../../partnerships/domain/streams';
import { ReplayableDecider } from '../stream-deciders';
import { readWholeStream } from '../streams/read-whole-stream';
import { foldTimelinePage, TimelineCut, TimelineWindow } from './fold-timeline';
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

/** A partnership's timeline, folded from the event store itself: each event with its actor and the state after it. */
@Injectable()
export class PartnershipTimelineQuery {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  async timeline(partnershipId: string, cut: TimelineCut, window: TimelineWindow): Promise<PartnershipTimeline> {
    const streamId = partnershipStream(partnershipId);
    const events: RecordedEvent[] = await readWholeStream(this.store, streamId);
    // Missing means never proposed at all; a cut before the proposal is an empty timeline, not a 404.
    if (events.length === 0) throw new AggregateNotFoundError(streamId);
    const page = foldTimelinePage<PartnershipState>(events, partnershipDecider as unknown as ReplayableDecider, cut, window);
    return {
      partnershipId,
      streamId,
      total: page.total,
      steps: page.entries.map(timelineStep),
      nextFrom: page.nextFrom?.toString() ?? null,
    };
  }
}
