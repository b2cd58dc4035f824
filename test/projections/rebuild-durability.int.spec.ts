import { RecordedEvent } from '../../src/event-store';
import { Projection, ProjectionTarget } from '../../src/projections/projection';
import { ProjectionRunner } from '../../src/projections/projection-runner';
import { appendEvents, openProjectionWorld, ProjectionWorld } from './support/projection-world';

/** Records the connection's `synchronous` level (1 NORMAL, 2 FULL) each time it applies a batch. */
class SynchronousProbe implements Projection {
  readonly name = 'probe';
  readonly version = 1;
  readonly tables = ['probe_rows'];
  readonly levels: number[] = [];

  setup({ db, tables }: ProjectionTarget): void {
    db.exec(`CREATE TABLE "${tables.probe_rows}" (position TEXT PRIMARY KEY)`);
  }

  apply(events: readonly RecordedEvent[], target: ProjectionTarget): void {
    this.levels.push(target.db.pragma('synchronous', { simple: true }) as number);
    const insert = target.prepare(`INSERT INTO "${target.tables.probe_rows}" VALUES (?)`);
    for (const event of events) insert.run(event.position.toString());
  }
}

describe('rebuild durability', () => {
  let world: ProjectionWorld;
  let runner: ProjectionRunner;

  beforeEach(() => (world = openProjectionWorld()));
  afterEach(async () => {
    await runner.stop();
    await world.close();
  });

  it('writes a rebuild\'s batches with synchronous=NORMAL, live batches and the swap with FULL, and restores the connection', async () => {
    const db = world.readModels.db;
    const probe = new SynchronousProbe();
    runner = new ProjectionRunner(world.store, db, { batchSize: 100 }).register(probe);
    await runner.start();
    let head = await appendEvents(world.store, 'partner-1', 300);
    await runner.waitForPosition('all', head, 5000);
    expect(new Set(probe.levels)).toEqual(new Set([2]));

    probe.levels.length = 0;
    const result = await runner.rebuild([probe], {
      // Between two rebuild batches the connection is back to its own settings (a live batch may run there).
      onProgress: () => expect([db.pragma('synchronous', { simple: true }), db.pragma('wal_autocheckpoint', { simple: true })]).toEqual([2, 1000]),
    });
    expect(result.swapped).toEqual(['probe']);
    expect(new Set(probe.levels)).toEqual(new Set([1]));
    expect([db.pragma('synchronous', { simple: true }), db.pragma('wal_autocheckpoint', { simple: true })]).toEqual([2, 1000]);

    probe.levels.length = 0;
    head = await appendEvents(world.store, 'partner-1', 5);
    expect((await runner.waitForPosition('all', head, 5000)).reached).toBe(true);
    expect(new Set(probe.levels)).toEqual(new Set([2]));
    expect(db.prepare(`SELECT COUNT(*) AS n FROM "${runner.generations.of(probe, runner.checkpoints.get('probe', 'live')!.generation).tables.probe_rows}"`).get()).toEqual({ n: 305 });
  });
});
