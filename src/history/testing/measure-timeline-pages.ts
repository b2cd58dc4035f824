/**
 * Timeline pages of one 100,000-event partnership, before (the whole stream read and folded from event 0, as the
 * route did) and after (readTimelinePage: durable snapshot or keyframes). Not a benchmark (bench/ has those): a check
 * that the answers match and a rough figure, median of 5 after a warm-up. Run (events default 100,000):
 *   node --expose-gc -r ./test/projections/fixtures/register-nest-typescript.js src/history/testing/measure-timeline-pages.ts [events]
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewEvent, RecordedEvent } from '../../event-store';
import { SqliteEventStore } from '../../event-store/sqlite/sqlite-event-store';
import { partnershipDecider } from '../../partnerships/domain/partnership-decider';
import { ReadModelDatabase } from '../../read-models/read-model-database';
import { SnapshotStore } from '../../snapshots/snapshot-store';
import { ReplayableDecider } from '../stream-deciders';
import { readWholeStream } from '../streams/read-whole-stream';
import { evolveRecorded, foldTimelinePage, TimelineCut, TimelinePageFold, TimelineWindow } from '../timeline/fold-timeline';
import { KeyframeCache } from '../timeline/keyframe-cache';
import { PartnershipTimelineQuery } from '../timeline/partnership-timeline';
import { partnershipLife } from '../../../bench/partnership-life';

const decider = partnershipDecider as unknown as ReplayableDecider;
const COUNT = Number(process.argv[2] ?? 100_000);
const STREAM = 'partnership-busy';

async function median(runs: number, measure: () => Promise<unknown>): Promise<number> {
  await measure();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await measure();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const shown = (p: { total: number; nextFrom: string | null; steps: readonly { revision: string; stateAfter: unknown }[] }) =>
  JSON.stringify([p.total, p.nextFrom, p.steps.map((s) => [s.revision, s.stateAfter])]);
const fromFold = (p: TimelinePageFold<unknown>) =>
  shown({ total: p.total, nextFrom: p.nextFrom?.toString() ?? null, steps: p.entries.map((e) => ({ revision: e.event.revision.toString(), stateAfter: e.stateAfter })) });

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-timeline-measure-'));
  const store = SqliteEventStore.open({ path: join(dir, 'events.db'), synchronous: 'NORMAL' });
  const readModels = new ReadModelDatabase(join(dir, 'read-models.sqlite'));
  const snapshots = new SnapshotStore(readModels);
  const row = (label: string, ms: number, note = '') => process.stdout.write(`${label.padEnd(62)} ${ms.toFixed(1).padStart(8)} ms ${note}\n`);
  try {
    const shapes = partnershipLife('busy', COUNT);
    const correlationId = randomUUID();
    for (let start = 0; start < shapes.length; start += 500) {
      const batch: NewEvent[] = shapes.slice(start, start + 500).map((s) => ({
        id: randomUUID(), type: s.type, schemaVersion: 1, data: s.data, metadata: { actor: 'key:operations', correlationId, causationId: null, commandId: randomUUID() },
      }));
      await store.append(STREAM, batch, start === 0 ? 'no_stream' : BigInt(start - 1));
    }
    // Durable snapshots as the command path leaves them: the newest two of one every 500 events.
    const all: RecordedEvent[] = await readWholeStream(store, STREAM);
    let state = decider.initialState;
    let maxMs = -Infinity;
    for (const event of all) {
      state = evolveRecorded(decider, state, event).state;
      maxMs = Math.max(maxMs, event.recordedAt.getTime());
      const revision = Number(event.revision);
      if ((revision + 1) % 500 === 0 && revision >= COUNT - 1000) {
        snapshots.save({ streamId: STREAM, revision: event.revision, position: event.position, state, maxRecordedAt: new Date(maxMs) }, decider);
      }
    }
    const middleKnownAt = all[Math.floor(COUNT / 2)].recordedAt;
    process.stdout.write(`one partnership, ${COUNT} events (embedded store, file); median of 5 after a warm-up\n`);

    const before = async (cut: TimelineCut, window: TimelineWindow) => foldTimelinePage(await readWholeStream(store, STREAM), decider, cut, window);
    const last: TimelineWindow = { from: BigInt(COUNT - 100), limit: 100 };
    const middle: TimelineWindow = { from: BigInt(Math.floor(COUNT / 2) - 1234), limit: 100 };
    const cases: [string, TimelineCut, TimelineWindow][] = [
      ['last page', {}, last],
      ['middle page', {}, middle],
      ['middle page, knownAt mid-history', { knownAt: middleKnownAt }, middle],
      ['last page, knownAt now', { knownAt: new Date() }, last],
    ];
    const warm = new PartnershipTimelineQuery(store, snapshots);
    for (const [label, cut, window] of cases) {
      const expected = fromFold(await before(cut, window));
      const answer = shown(await warm.timeline('busy', cut, window));
      if (answer !== expected) {
        let i = 0;
        while (answer[i] === expected[i]) i++;
        throw new Error(`${label}: the page differs from the whole-stream fold at ${i}: ${answer.slice(i - 200, i + 200)}\n vs ${expected.slice(i - 200, i + 200)}`);
      }
      row(`before (whole stream, fold from 0): ${label}`, await median(5, () => before(cut, window)));
      row(`after, keyframes warm: ${label}`, await median(5, () => warm.timeline('busy', cut, window)));
    }
    // Warm keyframes, but a page no earlier page began or ended at: the start is a keyframe, not a kept page edge.
    let k = 0;
    row('after, keyframes warm: a different middle page each run', await median(5, () => warm.timeline('busy', {}, { from: BigInt(10_007 + 7_919 * k++) % BigInt(COUNT), limit: 100 })));
    row('after, keyframes warm: a different page each run, knownAt mid-history', await median(5, () => warm.timeline('busy', { knownAt: middleKnownAt }, { from: BigInt(10_007 + 7_919 * k++) % BigInt(COUNT), limit: 100 })));
    // Cold: a new process (fresh keyframes) each run.
    row('after, cold, durable snapshot: last page', await median(5, () => new PartnershipTimelineQuery(store, snapshots).timeline('busy', {}, last)));
    row('after, cold, durable snapshot: last page, knownAt now', await median(5, () => new PartnershipTimelineQuery(store, snapshots).timeline('busy', { knownAt: new Date() }, last)));
    row('after, cold, no snapshot: last page (keyframes built)', await median(5, () => new PartnershipTimelineQuery(store).timeline('busy', {}, last)));
    row('after, cold, durable snapshot: middle page (keyframes built)', await median(5, () => new PartnershipTimelineQuery(store, snapshots).timeline('busy', {}, middle)));
    // What the keyframes of the stream hold (run with node --expose-gc for a heap figure).
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const cache = new KeyframeCache();
    await new PartnershipTimelineQuery(store, snapshots, cache).timeline('busy', { knownAt: middleKnownAt }, last);
    gc?.();
    const heap = gc ? `, heap +${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(1)} MB` : '';
    process.stdout.write(`keyframes of the stream: ${cache.keyframeCount} (interval ${cache.options.interval})${heap}\n`);
    const decodeMs = await median(5, () => snapshots.latest(STREAM, decider));
    row('decoding the newest durable snapshot (SnapshotStore.latest)', decodeMs);
  } finally {
    await store.close();
    readModels.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 1;
});
