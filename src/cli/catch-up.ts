import { INestApplicationContext } from '@nestjs/common';
import { EventStore } from '../event-store';
import { ProjectionRunner } from '../projections/projection-runner';

const POLL_MS = 50;
const ANNOUNCE_AFTER_MS = 1_000;

/** A projection stopped on a poison event: what was asked for cannot be answered up to date. */
export class ProjectionStoppedError extends Error {}

/**
 * Runs the projection runner in the foreground until the named projections are live in the code's version
 * and have applied every event up to the store's head as it was when called (new or outdated projections are
 * first rebuilt, as on a server start), then stops it. Returns that head. Says on stderr when it takes a while.
 */
export async function catchUpProjections(app: INestApplicationContext, names: readonly string[]): Promise<bigint | undefined> {
  const runner = app.get(ProjectionRunner);
  const head = await app.get(EventStore).headPosition();
  const started = Date.now();
  let announced = false;
  await runner.start();
  try {
    for (;;) {
      const lives = names.map((name) => ({ live: runner.checkpoints.get(name, 'live'), version: runner.projection(name).version }));
      const failed = lives.find(({ live }) => live?.status === 'failed')?.live;
      if (failed) {
        const at = failed.failedEvent ? ` at ${failed.failedEvent.type} ${failed.failedEvent.id} (position ${failed.failedEvent.position})` : '';
        throw new ProjectionStoppedError(`projection ${failed.name} has stopped${at}: ${failed.error ?? 'failed'}; see "ledger verify" and the server log`);
      }
      const caughtUp = lives.every(
        ({ live, version }) =>
          live !== undefined && live.status === 'running' && live.version === version && (head === undefined || (live.position !== undefined && live.position >= head)),
      );
      if (caughtUp) return head;
      if (!announced && Date.now() - started > ANNOUNCE_AFTER_MS) {
        process.stderr.write(`catching up ${names.join(', ')} to position ${head ?? 0}…\n`);
        announced = true;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    await runner.stop();
  }
}
