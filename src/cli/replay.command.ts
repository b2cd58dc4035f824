import { EventStore } from '../event-store';
import { deciderForStream, ReplayableDecider } from '../history/stream-deciders';
import { readWholeStream } from '../history/streams/read-whole-stream';
import { foldTimeline, TimelineCut } from '../history/timeline/fold-timeline';
import { timelineStep } from '../history/timeline/timeline-step';
import { CliCommand } from './cli-command';
import { UsageError } from './cli-errors';
import { withLedger } from './ledger-context';

/** Streams without a decider (reactor state, test streams) replay with the events themselves as the "state". */
const EVENT_LIST: ReplayableDecider = {
  initialState: [],
  evolve: (state, event) => [...(state as unknown[]), event.type],
};

/** `ledger replay <stream> [--until <revision|instant>] [--known-at <instant>] [--json]`, folded from the event store itself. */
export const replayCommand: CliCommand = {
  register(program) {
    program
      .command('replay')
      .description("a stream's timeline: each event with its actor, recorded time and the state after it")
      .argument('<stream>', 'stream id, e.g. partnership-<id>')
      .option('--until <revision|instant>', 'stop at this revision (inclusive) or recorded instant')
      .option('--known-at <instant>', 'only what had been recorded by this instant')
      .option('--json', 'print the steps as JSON')
      .action((streamId: string, options: { until?: string; knownAt?: string; json?: boolean }) => {
        const cut = parseCut(options);
        return withLedger(async (app) => {
          const events = await readWholeStream(app.get(EventStore), streamId);
          if (events.length === 0) {
            process.stderr.write(`stream ${streamId} has no events\n`);
            process.exitCode = 1;
            return;
          }
          const decider = deciderForStream(streamId)?.decider ?? EVENT_LIST;
          const steps = foldTimeline(events, decider, cut).map(timelineStep);
          if (options.json) {
            process.stdout.write(`${JSON.stringify(steps, null, 2)}\n`);
            return;
          }
          for (const step of steps) {
            process.stdout.write(
              `#${step.revision.padStart(4)}  ${step.recordedAt}  ${step.type.padEnd(28)} by ${step.actor}` +
                `${step.effectiveDate ? `  effective ${step.effectiveDate}` : ''}\n      state after: ${JSON.stringify(step.stateAfter)}\n`,
            );
          }
        });
      });
  },
};

function parseCut(options: { until?: string; knownAt?: string }): TimelineCut {
  const instant = (value: string, flag: string) => {
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) throw new UsageError(`${flag} must be a revision or an ISO instant, not "${value}"`);
    return date;
  };
  const until = options.until === undefined ? undefined : /^\d+$/.test(options.until) ? { revision: BigInt(options.until) } : { instant: instant(options.until, '--until') };
  return { until, knownAt: options.knownAt === undefined ? undefined : instant(options.knownAt, '--known-at') };
}
