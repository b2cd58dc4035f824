import { ProjectionReader } from '../../src/projections/projection-reader';
import { ProjectionRunner } from '../../src/projections/projection-runner';
import { appendEvents, openProjectionWorld, ProjectionWorld } from './support/projection-world';
import { StreamTypeCounts } from './support/stream-type-counts.projection';

/** Counts the events of each batch the runner applies: one batch, one transaction. */
class BatchCounting extends StreamTypeCounts {
  readonly batches: number[] = [];
  override apply(...args: Parameters<StreamTypeCounts['apply']>): void {
    this.batches.push(args[0].length);
    super.apply(...args);
  }
}

describe('projection runner (embedded store file + read-model file)', () => {
  let world: ProjectionWorld;
  let runner: ProjectionRunner;
  const errors: string[] = [];

  beforeEach(() => {
    world = openProjectionWorld();
    errors.length = 0;
  });
  afterEach(async () => {
    await runner?.stop();
    await world.close();
  });

  function startRunner(...projections: StreamTypeCounts[]): ProjectionRunner {
    return startRunnerWith({}, ...projections);
  }

  function startRunnerWith(options: { liveLingerMs?: number }, ...projections: StreamTypeCounts[]): ProjectionRunner {
    runner = new ProjectionRunner(world.store, world.readModels.db, {
      ...options,
      batchSize: 100,
      log: { log: () => undefined, warn: () => undefined, error: (message) => errors.push(message) },
    }).register(...projections);
    return runner;
  }

  it('catches up on the existing log, then applies new events live', async () => {
    await appendEvents(world.store, 'partner-1', 250);
    await appendEvents(world.store, 'artist-1', 50);
    const counts = new StreamTypeCounts();
    await startRunner(counts).start();
    const reader = new ProjectionReader(world.readModels.db);

    expect((await runner.waitForPosition(['stream_type_counts'], 300n, 5000)).reached).toBe(true);
    expect(counts.counts(reader)).toEqual({ artist: 50, partner: 250 });

    const live = await appendEvents(world.store, 'school-9', 3);
    expect(await runner.waitForPosition('all', live, 5000)).toEqual({ reached: true, position: live });
    expect(counts.counts(reader)).toEqual({ artist: 50, partner: 250, school: 3 });
  });

  it('live, a steady stream of one-event appends is applied in a few transactions, yet a reader waiting for its write is answered at once', async () => {
    const counts = new BatchCounting();
    await startRunnerWith({ liveLingerMs: 200 }, counts).start();
    // 40 appends one after the other (each its own commit), well inside one linger: far fewer transactions than appends.
    let last = 0n;
    for (let n = 0; n < 40; n++) last = await appendEvents(world.store, `school-${n}`, 1);
    expect((await runner.waitForPosition('all', last, 5000)).reached).toBe(true);
    expect(counts.batches.reduce((sum, size) => sum + size, 0)).toBe(40);
    expect(counts.batches.length).toBeLessThanOrEqual(5);

    // A reader waiting for a position does not wait out the 200 ms linger, nor the 100 ms poll that would end the
    // wait anyway: asked right after the commit (before the batch has even begun to linger) and while it lingers.
    for (const pause of [0, 30]) {
      const written = await appendEvents(world.store, `artist-${pause}`, 1);
      await new Promise((resolve) => setTimeout(resolve, pause));
      const started = Date.now();
      expect((await runner.waitForPosition('all', written, 5000)).reached).toBe(true);
      expect(Date.now() - started).toBeLessThan(60);
    }
  });

  it('with no linger, each live append is applied as soon as nothing more is ready', async () => {
    const counts = new BatchCounting();
    await startRunnerWith({ liveLingerMs: 0 }, counts).start();
    for (let n = 0; n < 10; n++) {
      const position = await appendEvents(world.store, `school-${n}`, 1);
      expect((await runner.waitForPosition('all', position, 5000)).reached).toBe(true);
    }
    expect(counts.batches).toEqual(Array(10).fill(1));
  });

  it('stores the checkpoint in the same transaction as the rows: they always agree', async () => {
    const counts = new StreamTypeCounts();
    await startRunner(counts).start();
    const reader = new ProjectionReader(world.readModels.db);
    for (let n = 0; n < 20; n++) await appendEvents(world.store, `pathway-${n}`, 7);
    const head = (await world.store.headPosition())!;
    // Sample while the runner is applying: every snapshot's rows account for exactly the checkpoint's events.
    let last: bigint | undefined;
    while (last !== head) {
      const answer = reader.read(counts, (target) => target.prepare(`SELECT COALESCE(SUM(events), 0) AS n FROM ${target.tables.stream_type_counts_rows}`).get() as { n: number });
      expect(BigInt(answer.value.n)).toBe(answer.position ?? 0n);
      last = answer.position;
      await new Promise((resolve) => setImmediate(resolve));
    }
  });

  it('runs two projections at once, each with its own checkpoint and tables', async () => {
    await appendEvents(world.store, 'partner-1', 10);
    const first = new StreamTypeCounts('first');
    const second = new StreamTypeCounts('second');
    await startRunner(first, second).start();
    const head = await appendEvents(world.store, 'artist-2', 5);
    expect((await runner.waitForPosition(['first', 'second'], head, 5000)).reached).toBe(true);
    const reader = new ProjectionReader(world.readModels.db);
    expect(first.counts(reader)).toEqual({ artist: 5, partner: 10 });
    expect(second.counts(reader)).toEqual({ artist: 5, partner: 10 });
    const status = await runner.status();
    expect(status.map((s) => [s.name, s.status, s.positionsBehind])).toEqual([
      ['first', 'running', '0'],
      ['second', 'running', '0'],
    ]);
  });

  it('a poison event stops only the projection that cannot apply it, visibly, and the others keep going', async () => {
    const healthy = new StreamTypeCounts('healthy');
    const fragile = new StreamTypeCounts('fragile', 1, ['Garbled']);
    await startRunner(healthy, fragile).start();
    await appendEvents(world.store, 'partner-1', 4);
    const poison = await appendEvents(world.store, 'partner-1', 1, 'Garbled');
    const after = await appendEvents(world.store, 'artist-1', 6);

    expect((await runner.waitForPosition(['healthy'], after, 5000)).reached).toBe(true);
    const reader = new ProjectionReader(world.readModels.db);
    expect(healthy.counts(reader)).toEqual({ artist: 6, partner: 5 });
    // The fragile one kept everything before the poison event, and nothing after it.
    expect(fragile.counts(reader)).toEqual({ partner: 4 });
    expect(await runner.waitForPosition(['fragile'], after, 300)).toEqual({ reached: false, position: poison - 1n });

    const status = (await runner.status()).find((s) => s.name === 'fragile')!;
    expect(status).toMatchObject({ status: 'failed', error: 'cannot count Garbled', failedEvent: { position: poison.toString(), type: 'Garbled', streamId: 'partner-1' } });
    expect(Number(status.positionsBehind)).toBe(7);
    expect(errors.join('\n')).toContain(`projection fragile (live) stopped at event Garbled`);
    expect(errors.join('\n')).toContain(`at position ${poison}`);
  });

  it('a restart resumes from the checkpoint without applying anything twice', async () => {
    const counts = new StreamTypeCounts();
    await startRunner(counts).start();
    const first = await appendEvents(world.store, 'partner-1', 30);
    await runner.waitForPosition('all', first, 5000);
    await runner.stop();
    const second = await appendEvents(world.store, 'partner-1', 12);
    await startRunner(counts).start();
    expect((await runner.waitForPosition('all', second, 5000)).reached).toBe(true);
    expect(counts.counts(new ProjectionReader(world.readModels.db))).toEqual({ partner: 42 });
  });

  it('waitForPosition gives up after the timeout and says what was reached', async () => {
    const counts = new StreamTypeCounts();
    await startRunner(counts).start();
    const head = await appendEvents(world.store, 'partner-1', 3);
    await runner.waitForPosition('all', head, 5000);
    const started = Date.now();
    expect(await runner.waitForPosition('all', head + 10n, 250)).toEqual({ reached: false, position: head });
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
  });
});
