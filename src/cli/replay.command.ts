import { once } from 'node:events';
import { EventStore } from '../event-store';
import { deciderForStream, ReplayableDecider } from '../history/stream-deciders';
import { lastRevisionOf } from '../history/timeline/cut-reads';
import { TimelineCut } from '../history/timeline/fold-timeline';
import { timelineStep } from '../history/timeline/timeline-step';
import { timelineSteps } from '../history/timeline/timeline-steps';
import { CliCommand } from './cli-command';
import { JsonArrayWriter } from './json-array-writer';
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
          const store = app.get(EventStore);
          if ((await lastRevisionOf(store, streamId)) === undefined) {
            process.stderr.write(`stream ${streamId} has no events\n`);
            process.exitCode = 1;
            return;
          }
          const decider = deciderForStream(streamId)?.decider ?? EVENT_LIST;
          // Written a step at a time: a long stream's timeline never sits in memory whole.
          const json = options.json ? new JsonArrayWriter(process.stdout) : undefined;
          for await (const entry of timelineSteps(store, streamId, decider, cut)) {
            const step = timelineStep(entry);
            if (json) {
              await json.write(step);
              continue;
            }
            const line =
              `#${step.revision.padStart(4)}  ${step.recordedAt}  ${step.type.padEnd(28)} by ${step.actor}` +
                `${step.effectiveDate ? `  effective ${step.effectiveDate}` : ''}\n      state after: ${JSON.stringify(step.stateAfter)}\n`;
            if (!process.stdout.write(line)) await once(process.stdout, 'drain');
          }
          await json?.end();
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
