import { EventStore } from '../../event-store';
import { ReplayableDecider } from '../stream-deciders';
import { evolveRecorded, TimelineCut, TimelineEntry, withinCut } from './fold-timeline';

/**
 * A stream's whole timeline a step at a time, straight from the store (the CLI's `replay`): the same steps as
 * `foldTimeline`, holding one state at a time instead of every event and every step, and reading nothing past an
 * `until` revision. It is still O(stream): every step is shown.
 */
export async function* timelineSteps<State>(store: EventStore, streamId: string, decider: ReplayableDecider, cut: TimelineCut = {}): AsyncGenerator<TimelineEntry<State>> {
  const until = cut.until;
  const options = until && 'revision' in until ? { maxCount: Number(until.revision + 1n) } : {};
  let state = decider.initialState as State;
  for await (const recorded of store.readStream(streamId, options)) {
    if (!withinCut(recorded, cut)) continue;
    const step = evolveRecorded(decider, state, recorded);
    state = step.state;
    yield { event: step.event, stateAfter: state };
  }
}
