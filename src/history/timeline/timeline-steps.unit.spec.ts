import { RecordedEvent } from '../../event-store';
import { partnershipDecider } from '../../partnerships/domain/partnership-decider';
import { ReplayableDecider } from '../stream-deciders';
import { CountingStreamStore } from '../testing/counting-stream-store';
import { partnershipLife } from '../../../bench/partnership-life';
import { foldTimeline, TimelineCut, TimelineEntry } from './fold-timeline';
import { timelineSteps } from './timeline-steps';

const decider = partnershipDecider as unknown as ReplayableDecider;
const T0 = Date.parse('2026-09-01T08:00:00Z');
// One second apart, the clock stepping back a minute at revision 200.
const events: RecordedEvent[] = partnershipLife('p', 300).map((shape, i) => ({
  id: `e${i}`, type: shape.type, schemaVersion: 1, data: shape.data, streamId: 'partnership-p', revision: BigInt(i), position: BigInt(i),
  recordedAt: new Date(T0 + i * 1000 - (i >= 200 ? 60_000 : 0)), metadata: { actor: 'key:operations', correlationId: 'c' },
}));

async function all(store: CountingStreamStore, cut: TimelineCut): Promise<TimelineEntry[]> {
  const steps: TimelineEntry[] = [];
  for await (const step of timelineSteps(store, 'partnership-p', decider, cut)) steps.push(step);
  return steps;
}

describe('timelineSteps', () => {
  it('yields the steps foldTimeline keeps, under every cut', async () => {
    const store = new CountingStreamStore(events);
    for (const cut of [{}, { until: { revision: 120n } }, { knownAt: new Date(T0 + 170_000) }, { until: { instant: new Date(T0 + 150_500) } }] as TimelineCut[]) {
      const expected = foldTimeline(events, decider, cut);
      const steps = await all(store, cut);
      expect(steps.map((s) => s.event.revision)).toEqual(expected.map((s) => s.event.revision));
      expect(JSON.stringify(steps.map((s) => s.stateAfter))).toBe(JSON.stringify(expected.map((s) => s.stateAfter)));
    }
  });

  it('reads nothing past an until revision', async () => {
    const store = new CountingStreamStore(events);
    await all(store, { until: { revision: 120n } });
    expect(store.eventsRead).toBe(121);
  });
});
