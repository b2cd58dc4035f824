/**
 * History queries over a real SQLite store file (synchronous=NORMAL while filling; reads don't care):
 * - `timeline_10k_ms`: the timeline of one partnership with 10,000 events through a new PartnershipTimelineQuery each
 *   run (no durable snapshots, empty keyframe cache: a fresh process's first request for a stream written offline),
 *   its last page of 100 steps, which reads, upcasts and folds all 10,000 events once (the worst page); median of 5
 *   runs after a warm-up. `timeline_10k_warm_ms`: the same page again from one query whose keyframes the first
 *   request built (what every later page of that stream costs: one keyframe interval plus the page).
 * - `asof_history_ratio`: the as-of/as-known clearance query as the route answers it (ClearanceStandingQuery.standing:
 *   the artist's last event, then the clearance_facts projection, caught up by a real ProjectionRunner) for an artist with
 *   10,000 clearance events ÷ the same for an artist with 10; medians of 21 runs each. `asof_10k_ms` / `asof_10_ms` behind
 *   it; `asof_fold_10k_ms` is the reference fold of the 10,000-event stream, for comparison (no target).
 * Events are appended directly through the store port, in the shapes the deciders write, 500 per append.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CLEARANCE_POLICY } from '../src/artists/domain/clearance-policy';
import { EventStore, NewEvent } from '../src/event-store';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store';
import { ClearanceFactsProjection } from '../src/history/clearance-facts/clearance-facts.projection';
import { ClearanceStandingQuery } from '../src/history/clearances/clearance-standing-as-of';
import { ProjectionReader } from '../src/projections/projection-reader';
import { ProjectionRunner } from '../src/projections/projection-runner';
import { ReadModelDatabase } from '../src/read-models/read-model-database';
import { PartnershipTimelineQuery } from '../src/history/timeline/partnership-timeline';
import { day, partnershipLife } from './partnership-life';

type Shape = { type: string; data: object; actor?: string };

async function appendAll(store: EventStore, streamId: string, shapes: readonly Shape[]): Promise<void> {
  const correlationId = randomUUID();
  for (let start = 0; start < shapes.length; start += 500) {
    const batch: NewEvent[] = shapes.slice(start, start + 500).map((s) => ({
      id: randomUUID(), type: s.type, schemaVersion: 1, data: s.data,
      metadata: { actor: s.actor ?? 'key:operations', correlationId, causationId: null, commandId: randomUUID() },
    }));
    await store.append(streamId, batch, start === 0 ? 'no_stream' : BigInt(start - 1));
  }
}

/** Registered, the four default clearances granted by lausd, then alternating suspensions and reinstatements of the background check. */
function clearanceLife(artistId: string, count: number): Shape[] {
  const lea = 'lausd';
  const shapes: Shape[] = [
    { type: 'ArtistRegistered', data: { artistId, partnerId: 'dance-co', name: 'Maria Reyes', engagement: 'contractor', artForms: ['dance'], effectiveDate: day(0) } },
  ];
  for (const requirement of ['background-check', 'tb-screening', 'sex-offender-registry-check', 'mandated-reporter-training']) {
    shapes.push({ actor: 'key:compliance', type: 'ClearanceGranted', data: {
      artistId, lea, requirement, grantNumber: 1, effectiveDate: day(0), expiresOn: requirement === 'tb-screening' ? '2030-07-31' : requirement === 'mandated-reporter-training' ? '2027-06-30' : null,
      expirySource: 'policy', evidenceReference: `${requirement}-ATI-2026-0042`, resultIds: ['DOJ-77120', 'FBI-55310'], engagement: 'contractor',
      policy: { version: 'default-1', validity: { kind: 'none' } },
    } });
  }
  for (let i = shapes.length; i < count; i++) {
    const date = day(1 + Math.floor(i / 2));
    shapes.push(i % 2
      ? { actor: 'key:compliance', type: 'ClearanceSuspended', data: { artistId, lea, requirement: 'background-check', reason: `complaint ${i} pending review`, cause: 'compliance-decision', effectiveDate: date } }
      : { actor: 'key:compliance', type: 'ClearanceReinstated', data: { artistId, lea, requirement: 'background-check', evidenceReference: `review-${i}-cleared`, effectiveDate: date } });
  }
  return shapes;
}

async function median(runs: number, measure: () => Promise<void>): Promise<number> {
  await measure(); // warm-up: JIT and page cache
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await measure();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export async function run(report: (name: string, value: number) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-history-bench-'));
  const store = SqliteEventStore.open({ path: join(dir, 'events.db'), synchronous: 'NORMAL' });
  const readModels = new ReadModelDatabase(join(dir, 'read-models.sqlite'));
  const projection = new ClearanceFactsProjection();
  const runner = new ProjectionRunner(store, readModels.db).register(projection);
  try {
    process.stderr.write('filling: one partnership with 10,000 events, artists with 10 and 10,000 clearance events\n');
    await appendAll(store, 'partnership-busy', partnershipLife('busy', 10_000));
    await appendAll(store, 'artist-few', clearanceLife('few', 10));
    await appendAll(store, 'artist-many', clearanceLife('many', 10_000));

    let last = '';
    const lastPage = async (timelines: PartnershipTimelineQuery) => {
      const page = await timelines.timeline('busy', {}, { from: 9_900n, limit: 100 });
      last = `${page.total} ${page.steps.length} ${page.steps.at(-1)?.revision}`;
      if (last !== '10000 100 9999') throw new Error(`timeline answered "${last}", expected 10000 steps with the last 100 on the page`);
    };
    report('timeline_10k_ms', round(await median(5, () => lastPage(new PartnershipTimelineQuery(store)))));
    const warm = new PartnershipTimelineQuery(store);
    report('timeline_10k_warm_ms', round(await median(5, () => lastPage(warm))));

    await runner.start();
    const head = (await store.headPosition())!;
    if (!(await runner.waitForPosition([projection.name], head, 60_000)).reached) throw new Error('clearance_facts did not catch up');
    const standings = new ClearanceStandingQuery(store, DEFAULT_CLEARANCE_POLICY, new ProjectionReader(readModels.db), runner, projection);
    const question = { lea: 'lausd', asOf: '2027-01-15', knownAt: new Date() };
    // The figures must time the projection's answer, and it must be the fold's.
    for (const artistId of ['few', 'many']) {
      const fromFacts = await standings.fromFacts(artistId, question, head);
      if (JSON.stringify(fromFacts) !== JSON.stringify(await standings.folded(artistId, question))) throw new Error(`clearance_facts and the fold disagree on ${artistId}`);
    }
    const fewMs = await median(21, async () => void (await standings.standing('few', question)));
    const manyMs = await median(21, async () => void (await standings.standing('many', question)));
    const foldMs = await median(5, async () => void (await standings.folded('many', question)));
    report('asof_10_ms', round(fewMs));
    report('asof_10k_ms', round(manyMs));
    report('asof_history_ratio', round(manyMs / fewMs));
    report('asof_fold_10k_ms', round(foldMs));
  } finally {
    await runner.stop();
    readModels.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void run((name, value) => console.log(`metric ${name} ${value}`));
}
