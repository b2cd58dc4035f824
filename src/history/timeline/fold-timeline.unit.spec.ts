import { RecordedEvent } from '../../event-store';
import { artistHistory, grantClearanceCommand, registerArtistCommand } from '../../artists/testing/artist-history';
import { ArtistState } from '../../artists/domain/artist-state';
import { deciderForStream } from '../stream-deciders';
import { foldTimeline, foldTimelinePage } from './fold-timeline';

/** The artist decider's own events, recorded one minute apart from 2026-03-01T09:00Z. */
function recorded(): RecordedEvent[] {
  const events = artistHistory([
    registerArtistCommand({ artistId: 'maria' }),
    grantClearanceCommand('background-check', 'lausd', '2026-08-01'),
    { type: 'SuspendClearance', requirement: 'background-check', lea: 'lausd', reason: 'pending review', effectiveDate: '2026-10-01' },
  ]);
  return events.map((e, i) => ({
    id: `e${i}`, type: e.type, schemaVersion: 1, data: e.data, streamId: 'artist-maria', revision: BigInt(i), position: BigInt(10 + i),
    recordedAt: new Date(Date.parse('2026-03-01T09:00:00Z') + i * 60_000), metadata: { actor: 'key:compliance', correlationId: 'c' },
  }));
}

const artist = deciderForStream('artist-maria')!.decider;

describe('deciderForStream', () => {
  it('maps each aggregate prefix to its decider and id, and nothing else', () => {
    expect(['partnership-p1', 'partner-dance-co', 'school-roosevelt', 'pathway-eastside', 'artist-maria'].map((s) => [deciderForStream(s)?.kind, deciderForStream(s)?.id]))
      .toEqual([['partnership', 'p1'], ['partner', 'dance-co'], ['school', 'roosevelt'], ['pathway', 'eastside'], ['artist', 'maria']]);
    expect(deciderForStream('$projections')).toBeUndefined();
    expect(deciderForStream('partner-')).toBeUndefined();
  });
});

describe('foldTimeline', () => {
  it('keeps the state after each event', () => {
    const steps = foldTimeline<ArtistState>(recorded(), artist);
    expect(steps.map((s) => [s.event.type, s.stateAfter.clearances[0]?.standingChanges.length ?? null])).toEqual([
      ['ArtistRegistered', null], ['ClearanceGranted', 0], ['ClearanceSuspended', 1],
    ]);
  });

  it('cuts at a revision, at an instant, and at what was known', () => {
    expect(foldTimeline(recorded(), artist, { until: { revision: 1n } })).toHaveLength(2);
    expect(foldTimeline(recorded(), artist, { until: { instant: new Date('2026-03-01T09:00:59Z') } })).toHaveLength(1);
    expect(foldTimeline(recorded(), artist, { knownAt: new Date('2026-03-01T09:01:00Z') })).toHaveLength(2);
    expect(foldTimeline(recorded(), artist, { until: { revision: 2n }, knownAt: new Date('2026-03-01T08:00:00Z') })).toHaveLength(0);
  });

  it('pages without losing the state folded before the page', () => {
    const page = foldTimelinePage<ArtistState>(recorded(), artist, {}, { from: 1n, limit: 1 });
    expect([page.total, page.entries.map((e) => e.event.revision), page.nextFrom]).toEqual([3, [1n], 2n]);
    expect(page.entries[0].stateAfter.exists).toBe(true);
  });
});
