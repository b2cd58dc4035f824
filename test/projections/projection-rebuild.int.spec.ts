import { ProjectionReader } from '../../src/projections/projection-reader';
import { ProjectionRunner } from '../../src/projections/projection-runner';
import { RebuildProgress } from '../../src/projections/projection-rebuild';
import { appendEvents, openProjectionWorld, ProjectionWorld } from './support/projection-world';
import { StreamTypeCounts } from './support/stream-type-counts.projection';

describe('projection rebuild without downtime', () => {
  let world: ProjectionWorld;
  let runner: ProjectionRunner | undefined;

  beforeEach(() => (world = openProjectionWorld()));
  afterEach(async () => {
    await runner?.stop();
    runner = undefined;
    await world.close();
  });

  function tablesOf(name: string): string[] {
    return (world.readModels.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE ? ORDER BY name`).all(`${name}_rows__g%`) as { name: string }[]).map((r) => r.name);
  }

  it('fills new tables from position 0 while the old ones answer, then swaps them in one step', async () => {
    const head = await appendEvents(world.store, 'partner-1', 3000);
    const counts = new StreamTypeCounts('counts');
    // Batches of 50, eight to a transaction on the embedded store: progress every 400 events.
    runner = new ProjectionRunner(world.store, world.readModels.db, { batchSize: 50 }).register(counts);
    await runner.start();
    await runner.waitForPosition('all', head, 10_000);
    const liveGeneration = runner.checkpoints.get('counts', 'live')!.generation;
    const reader = new ProjectionReader(world.readModels.db);

    const answersDuringRebuild: Record<string, number>[] = [];
    const progress: RebuildProgress[] = [];
    const result = await runner.rebuild([counts], {
      onProgress: (step) => {
        progress.push(step);
        // Mid-rebuild: the old generation still answers in full, next to the new one being filled.
        answersDuringRebuild.push(counts.counts(reader));
        if (progress.length === 2) expect(tablesOf('counts')).toHaveLength(2);
      },
    });

    expect(result).toEqual({ swapped: ['counts'], failed: [], stopped: false });
    expect(progress.length).toBeGreaterThan(5);
    expect(answersDuringRebuild.every((answer) => answer.partner === 3000)).toBe(true);
    expect(progress[progress.length - 1]).toMatchObject({ eventsDone: 3000, position: head, headPosition: head, etaSeconds: 0 });
    expect(progress[2].etaSeconds).toBeGreaterThan(0);
    // Swapped: a newer generation is live, the old tables are gone, and the answer is the same.
    const live = runner.checkpoints.get('counts', 'live')!;
    expect(live.generation).toBeGreaterThan(liveGeneration);
    expect(tablesOf('counts')).toEqual([`counts_rows__g${live.generation}`]);
    expect(runner.checkpoints.get('counts', 'rebuild')).toBeUndefined();
    expect(counts.counts(reader)).toEqual({ partner: 3000 });

    // And the live runner follows the new generation.
    const next = await appendEvents(world.store, 'artist-1', 2);
    expect((await runner.waitForPosition('all', next, 5000)).reached).toBe(true);
    expect(counts.counts(reader)).toEqual({ artist: 2, partner: 3000 });
  });

  it('a projection whose code version changed rebuilds itself on start; the old version answers until the swap', async () => {
    const head = await appendEvents(world.store, 'school-1', 2000);
    runner = new ProjectionRunner(world.store, world.readModels.db).register(new StreamTypeCounts('counts', 1));
    await runner.start();
    await runner.waitForPosition('all', head, 10_000);
    await runner.stop();
    const reader = new ProjectionReader(world.readModels.db);

    const bumped = new StreamTypeCounts('counts', 2);
    runner = new ProjectionRunner(world.store, world.readModels.db, { batchSize: 100 }).register(bumped);
    await runner.start();
    expect(runner.checkpoints.get('counts', 'live')).toMatchObject({ version: 1, status: 'rebuilding' });
    expect(bumped.counts(reader)).toEqual({ school: 2000 });

    const swapped = Date.now() + 10_000;
    while (runner.checkpoints.get('counts', 'live')!.version !== 2 && Date.now() < swapped) await new Promise((r) => setTimeout(r, 20));
    expect(runner.checkpoints.get('counts', 'live')).toMatchObject({ version: 2, status: 'running', position: head });
    expect(bumped.counts(reader)).toEqual({ school: 2000 });
    expect((await runner.status())[0]).toMatchObject({ version: 2, liveVersion: 2, positionsBehind: '0', rebuild: null });
  });

  it('a rebuild stopped halfway resumes from its own checkpoint', async () => {
    await appendEvents(world.store, 'partner-1', 1500);
    const counts = new StreamTypeCounts('counts');
    // Batches of 25, eight to a transaction on the embedded store: a stop is checked every 200 events.
    runner = new ProjectionRunner(world.store, world.readModels.db, { batchSize: 25, rebuildOnStart: false }).register(counts);
    await runner.start();
    let transactions = 0;
    const first = await runner.rebuild([counts], { shouldStop: () => ++transactions === 4 });
    expect(first.stopped).toBe(true);
    const resumedFrom = runner.checkpoints.get('counts', 'rebuild')!.position!;
    expect(resumedFrom).toBe(800n);

    let eventsRead = 0;
    const second = await runner.rebuild([counts], { onProgress: (step) => (eventsRead = step.eventsDone) });
    expect(second.swapped).toEqual(['counts']);
    expect(eventsRead).toBe(700);
    expect(counts.counts(new ProjectionReader(world.readModels.db))).toEqual({ partner: 1500 });
  });

  it('a poison event inside a several-batch transaction stops only that projection, keeping every event before it; the others swap', async () => {
    await appendEvents(world.store, 'partner-1', 1000);
    const poison = await appendEvents(world.store, 'partner-1', 1, 'Garbled');
    const head = await appendEvents(world.store, 'partner-1', 500);
    const fragile = new StreamTypeCounts('fragile', 1, ['Garbled']);
    const sturdy = new StreamTypeCounts('sturdy');
    // Batches of 50, eight to a transaction: the poison event is in the fifth batch of the third transaction.
    runner = new ProjectionRunner(world.store, world.readModels.db, { batchSize: 50, rebuildOnStart: false }).register(fragile, sturdy);
    await runner.start();

    const result = await runner.rebuild([fragile, sturdy]);
    expect(result.swapped).toEqual(['sturdy']);
    expect(result.failed).toMatchObject([{ projection: 'fragile', slot: 'rebuild', event: { position: poison, type: 'Garbled' }, error: 'cannot count Garbled' }]);
    expect(runner.checkpoints.get('fragile', 'rebuild')).toMatchObject({ position: poison - 1n, status: 'failed' });
    const rebuilt = runner.generations.of(fragile, runner.checkpoints.get('fragile', 'rebuild')!.generation);
    expect(rebuilt.prepare(`SELECT events FROM "${rebuilt.tables.fragile_rows}"`).pluck().get()).toBe(1000);
    expect(runner.checkpoints.get('sturdy', 'live')).toMatchObject({ position: head, status: 'running' });
    expect(sturdy.counts(new ProjectionReader(world.readModels.db))).toEqual({ partner: 1501 });
  });
});
