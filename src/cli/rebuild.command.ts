import { SingleBar } from 'cli-progress';
import { EventStore } from '../event-store';
import { ProjectionRunner } from '../projections/projection-runner';
import { RebuildProgress } from '../projections/projection-rebuild';
import { CliCommand } from './cli-command';
import { withLedger } from './ledger-context';
import { selectProjections } from './select-projections';

const LINE_EVERY_MS = 1_000;

/** Where the progress goes: a bar on a terminal, a line a second otherwise (logs, pipes, CI), and always a closing line. */
interface RebuildProgressView {
  update(step: RebuildProgress): void;
  end(events: number, seconds: number): void;
}

function progressView(names: string[], head: number): RebuildProgressView {
  const stream = process.stderr;
  const rate = (step: RebuildProgress) => Math.round(step.eventsPerSecond);
  const eta = (step: RebuildProgress) => (step.etaSeconds === undefined ? '?' : `${Math.ceil(step.etaSeconds)}s`);
  const closing = (events: number, seconds: number) =>
    stream.write(`rebuild ${names.join(',')}: ${events} events in ${seconds.toFixed(1)} s (${Math.round(events / Math.max(seconds, 0.001))} events/s)\n`);
  if (stream.isTTY) {
    const bar = new SingleBar({ stream, format: 'rebuild {names} [{bar}] {percentage}% | {done} events | {rate} events/s | ETA {eta}', hideCursor: true });
    bar.start(Math.max(head, 1), 0, { names: names.join(','), done: 0, rate: 0, eta: '?' });
    return {
      update: (step) => bar.update(Number(step.position ?? 0n), { done: step.eventsDone, rate: rate(step), eta: eta(step) }),
      end: (events, seconds) => {
        bar.update(Math.max(head, 1));
        bar.stop();
        closing(events, seconds);
      },
    };
  }
  let last = 0;
  stream.write(`rebuild ${names.join(',')}: from position 0 to ${head}\n`);
  return {
    update(step) {
      if (Date.now() - last < LINE_EVERY_MS) return;
      last = Date.now();
      const percent = head > 0 ? Math.min(100, Math.floor((Number(step.position ?? 0n) / head) * 100)) : 100;
      stream.write(`rebuild: ${percent}% | ${step.eventsDone} events | ${rate(step)} events/s | ETA ${eta(step)}\n`);
    },
    end: closing,
  };
}

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
          const head = Number((await app.get(EventStore).headPosition()) ?? 0n);
          const view = progressView(projections.map((p) => p.name), head);
          const started = Date.now();
          let events = 0;
          const result = await runner.rebuild(projections, {
            onProgress: (step) => {
              events = step.eventsDone;
              view.update(step);
            },
          });
          view.end(events, (Date.now() - started) / 1000);
          for (const name of result.swapped) process.stdout.write(`rebuilt ${name}\n`);
          for (const poison of result.failed) {
            process.stderr.write(`rebuild of ${poison.projection} stopped at ${poison.event.type} ${poison.event.id} (position ${poison.event.position}): ${poison.error}\n`);
          }
          if (result.failed.length > 0) process.exitCode = 1;
        }),
      );
  },
};
