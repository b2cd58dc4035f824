import { SingleBar } from 'cli-progress';
import { EventStore } from '../event-store';
import { ProjectionRunner } from '../projections/projection-runner';
import { CliCommand } from './cli-command';
import { withLedger } from './ledger-context';
import { selectProjections } from './select-projections';

/** `ledger rebuild [<projection>|all]`: into new tables while the live ones answer, then swap; progress on stderr. */
export const rebuildCommand: CliCommand = {
  register(program) {
    program
      .command('rebuild')
      .description('rebuild projections from position 0 into new tables, then swap them in (the old ones answer meanwhile)')
      .argument('[projection]', 'a projection name, or all', 'all')
      .action((name: string) =>
        withLedger(async (app) => {
          const runner = app.get(ProjectionRunner);
          const projections = selectProjections(runner, name);
          const bar = new SingleBar({
            stream: process.stderr,
            format: 'rebuild {names} [{bar}] {percentage}% | {done} events | {rate} events/s | ETA {eta}',
            hideCursor: true,
          });
          const head = Number((await app.get(EventStore).headPosition()) ?? 0n);
          bar.start(Math.max(head, 1), 0, { names: projections.map((p) => p.name).join(','), done: 0, rate: 0, eta: '?' });
          const result = await runner.rebuild(projections, {
            onProgress: (step) =>
              bar.update(Number(step.position ?? 0n), {
                done: step.eventsDone,
                rate: Math.round(step.eventsPerSecond),
                eta: step.etaSeconds === undefined ? '?' : `${Math.ceil(step.etaSeconds)}s`,
              }),
          });
          bar.update(Math.max(head, 1));
          bar.stop();
          for (const name of result.swapped) process.stdout.write(`rebuilt ${name}\n`);
          for (const poison of result.failed) {
            process.stderr.write(`rebuild of ${poison.projection} stopped at ${poison.event.type} ${poison.event.id} (position ${poison.event.position}): ${poison.error}\n`);
          }
          if (result.failed.length > 0) process.exitCode = 1;
        }),
      );
  },
};
