import { ProjectionRunner } from '../../src/projections/projection-runner';
import { ProjectionVerification } from '../../src/projections/projection-verification';
import { appendEvents, openProjectionWorld, ProjectionWorld } from './support/projection-world';
import { StreamTypeCounts } from './support/stream-type-counts.projection';

describe('verify', () => {
  let world: ProjectionWorld;
  let runner: ProjectionRunner;
  const counts = new StreamTypeCounts('counts');

  beforeEach(async () => {
    world = openProjectionWorld();
    await appendEvents(world.store, 'partner-1', 40);
    await appendEvents(world.store, 'artist-1', 2);
    runner = new ProjectionRunner(world.store, world.readModels.db).register(counts);
    await runner.start();
    await runner.waitForPosition('all', 42n, 5000);
  });
  afterEach(async () => {
    await runner.stop();
    await world.close();
  });

  const verify = () => new ProjectionVerification(world.store, world.readModels.db, runner.checkpoints, runner.generations).verify(counts);
  const scratchTables = () => world.readModels.db.prepare(`SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name LIKE 'counts_rows__g%'`).get();

  it('finds no drift in a projection the runner built, and leaves no scratch tables behind', async () => {
    expect(await verify()).toEqual({ projection: 'counts', position: '42', outcome: 'same', drift: [] });
    expect(scratchTables()).toEqual({ n: 1 });
  });

  it('names the rows that differ when the live tables drifted from the log', async () => {
    const live = runner.checkpoints.get('counts', 'live')!;
    world.readModels.db.prepare(`UPDATE counts_rows__g${live.generation} SET events = 39 WHERE stream_type = 'partner'`).run();
    const verdict = await verify();
    expect(verdict.outcome).toBe('drift');
    expect(verdict.drift).toEqual([
      { table: 'counts_rows', onlyLive: [{ stream_type: 'partner', events: 39, last_position: '40' }], onlyRebuilt: [{ stream_type: 'partner', events: 40, last_position: '40' }] },
    ]);
  });
});
