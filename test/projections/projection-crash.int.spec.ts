import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { ProjectionReader } from '../../src/projections/projection-reader';
import { ProjectionRunner } from '../../src/projections/projection-runner';
import { ProjectionVerification } from '../../src/projections/projection-verification';
import { appendEvents, openProjectionWorld, ProjectionWorld } from './support/projection-world';
import { StreamTypeCounts } from './support/stream-type-counts.projection';

interface Report {
  live: string | null;
  liveVersion: number;
  rebuild: string | null;
}

function startProjectionProcess(world: ProjectionWorld, version: number): ChildProcess {
  return fork(join(__dirname, 'fixtures', 'projection-process.js'), [world.storePath, world.readModelPath, String(version)], {
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

function killWhen(child: ChildProcess, moment: (report: Report) => boolean): Promise<Report> {
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`projection process exited by itself (${code}) before the kill`)));
    child.on('message', (report: Report) => {
      if (!moment(report)) return;
      child.removeAllListeners('exit');
      child.kill('SIGKILL');
      child.on('exit', () => resolve(report));
    });
  });
}

/** After the crash: a fresh runner in this process catches up, then `verify` must find no drift. */
async function expectNoDriftAfterRestart(world: ProjectionWorld, version: number): Promise<void> {
  const counts = new StreamTypeCounts('counts', version);
  const runner = new ProjectionRunner(world.store, world.readModels.db).register(counts);
  await runner.start();
  try {
    const deadline = Date.now() + 20_000;
    while (runner.checkpoints.get('counts', 'live')!.version !== version && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(runner.checkpoints.get('counts', 'live')!.version).toBe(version);
    const head = (await world.store.headPosition())!;
    expect(await runner.waitForPosition('all', head, 20_000)).toEqual({ reached: true, position: head });
    const verdict = await new ProjectionVerification(world.store, world.readModels.db, runner.checkpoints, runner.generations).verify(counts);
    expect(verdict).toMatchObject({ outcome: 'same', drift: [], position: head.toString() });
    // And nothing was lost or counted twice.
    const total = Object.values(counts.counts(new ProjectionReader(world.readModels.db))).reduce((sum, n) => sum + n, 0);
    expect(BigInt(total)).toBe(head);
  } finally {
    await runner.stop();
  }
}

describe('a projection process killed with SIGKILL', () => {
  let world: ProjectionWorld;
  beforeEach(() => (world = openProjectionWorld()));
  afterEach(() => world.close());

  it('mid-live-update: after a restart the read model matches a rebuild and the log, event for event', async () => {
    await appendEvents(world.store, 'partner-0', 10);
    const child = startProjectionProcess(world, 1);
    // Keep appending from this process while the child applies them live.
    let writing = true;
    const writer = (async () => {
      for (let n = 1; writing; n++) {
        await appendEvents(world.store, `artist-${n % 7}`, 25);
        // Appends resolve within microtasks: yield so the child's reports (IPC) are heard.
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    })();
    const killedAt = await killWhen(child, (report) => report.liveVersion === 1 && report.live !== null && BigInt(report.live) > 3000n);
    writing = false;
    await writer;
    expect(BigInt(killedAt.live!)).toBeLessThan((await world.store.headPosition())!);
    await expectNoDriftAfterRestart(world, 1);
  }, 60_000);

  it('mid-rebuild: the old generation still answers after the crash, and the rebuild completes on restart with no drift', async () => {
    for (let n = 0; n < 40; n++) await appendEvents(world.store, `school-${n}`, 500);
    const builder = new ProjectionRunner(world.store, world.readModels.db).register(new StreamTypeCounts('counts', 1));
    await builder.start();
    await builder.waitForPosition('all', 20_000n, 20_000);
    await builder.stop();

    const child = startProjectionProcess(world, 2);
    const killedAt = await killWhen(child, (report) => report.rebuild !== null && BigInt(report.rebuild) > 5_000n);
    expect(BigInt(killedAt.rebuild!)).toBeLessThan(20_000n);
    const reader = new ProjectionReader(world.readModels.db);
    expect(new StreamTypeCounts('counts', 1).counts(reader)).toEqual({ school: 20_000 });
    await expectNoDriftAfterRestart(world, 2);
  }, 60_000);
});
