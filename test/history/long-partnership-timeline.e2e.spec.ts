import { randomUUID } from 'node:crypto';
import { NewEvent } from '../../src/event-store';
import { partnershipDecider } from '../../src/partnerships/domain/partnership-decider';
import { ReplayableDecider } from '../../src/history/stream-deciders';
import { partnershipLife } from '../../bench/partnership-life';
import { evolveRecorded, foldTimelinePage, TimelineCut } from '../../src/history/timeline/fold-timeline';
import { PartnershipTimelineQuery } from '../../src/history/timeline/partnership-timeline';
import { timelineStep } from '../../src/history/timeline/timeline-step';
import { SnapshotStore } from '../../src/snapshots/snapshot-store';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer, instantBetweenWrites, streamEvents } from './history-setup';

/*
 * A 1,600-event partnership over HTTP with durable snapshots taken by the real SnapshotStore: every page, under every
 * cut, is the same JSON as the whole-stream fold from event 0 (the route's answer before pages started from snapshots
 * and keyframes).
 */

const decider = partnershipDecider as unknown as ReplayableDecider;
const STREAM = 'partnership-long';
const COUNT = 1_600;
let t: TestApp;
const knew: string[] = [];

beforeAll(async () => {
  t = await startTestApp();
  const shapes = partnershipLife('long', COUNT);
  for (let start = 0; start < COUNT; start += 200) {
    const batch: NewEvent[] = shapes.slice(start, start + 200).map((s) => ({
      id: randomUUID(), type: s.type, schemaVersion: 1, data: s.data, metadata: { actor: 'key:operations', correlationId: randomUUID() },
    }));
    await t.store.append(STREAM, batch, 'any'); // the app's follow-up reactors append to it too
    knew.push(await instantBetweenWrites());
  }
  // Durable snapshots as the command path leaves them: the newest two, here at 1,199 and 1,399.
  const snapshots = t.app.get(SnapshotStore);
  let state = decider.initialState;
  let maxMs = -Infinity;
  for (const event of await streamEvents(t, STREAM)) {
    state = evolveRecorded(decider, state, event).state;
    maxMs = Math.max(maxMs, event.recordedAt.getTime());
    if (event.revision === 1199n || event.revision === 1399n) snapshots.save({ streamId: STREAM, revision: event.revision, position: event.position, state, maxRecordedAt: new Date(maxMs) }, decider);
  }
});

afterAll(async () => {
  await t?.close();
});

describe('GET /partnerships/{id}/timeline on a long partnership', () => {
  const cases: [string, string, TimelineCut][] = [
    ['no cut', '', {}],
    ['until a revision', 'until=777', { until: { revision: 777n } }],
    ['known at a mid-history instant', 'KNOWN', {}],
    ['until an instant and known now', 'UNTIL_NOW', {}],
  ];

  it('starts pages from the durable snapshots of the app (wired, not optional-and-missing)', () => {
    expect((t.app.get(PartnershipTimelineQuery) as unknown as { snapshots?: unknown }).snapshots).toBe(t.app.get(SnapshotStore));
  });

  it.each(cases)('answers every page as the whole-stream fold does: %s', async (_name, query, givenCut) => {
    const events = await streamEvents(t, STREAM);
    let cut = givenCut;
    if (query === 'KNOWN') {
      cut = { knownAt: new Date(knew[3]) };
      query = `knownAt=${knew[3]}`;
    }
    if (query === 'UNTIL_NOW') {
      cut = { until: { instant: new Date(knew[5]) }, knownAt: new Date(knew.at(-1)!) };
      query = `until=${knew[5]}&knownAt=${knew.at(-1)}`;
    }
    for (const [from, limit] of [[0, 100], [1234, 50], [1499, 100], [1550, 1000], [1599, 1], [1700, 10]]) {
      const answer = await t.http.get(`/partnerships/long/timeline?${query}&from=${from}&limit=${limit}`).set(bearer(t, 'reporting'));
      const oracle = foldTimelinePage(events, decider, cut, { from: BigInt(from), limit });
      const expected = { total: oracle.total, steps: oracle.entries.map(timelineStep), nextFrom: oracle.nextFrom?.toString() ?? null };
      expect([from, limit, answer.status]).toEqual([from, limit, 200]);
      expect(JSON.stringify({ total: answer.body.total, steps: answer.body.steps, nextFrom: answer.body.nextFrom })).toBe(JSON.stringify(expected));
    }
  });
});
