import { readFileSync } from 'node:fs';
import { EventStore } from '../event-store';
import { CliCommand } from '../cli/cli-command';
import { UsageError } from '../cli/cli-errors';
import { withLedger } from '../cli/ledger-context';
import { logChainOf } from './log-chain';
import { parseLogHead, readLogHead } from './log-head';
import { verifyLog } from './verify-log';

/**
 * `ledger verify --log [--head <file>]`: recomputes the hash chain of every stream and every seal of the global log
 * (and, given a head exported earlier, that the log up to it is unchanged). Prints the first events that do not
 * match (stream, revision, position, what) and exits 1; progress on stderr. Called by `ledger verify` when `--log` is given.
 */
export async function verifyLogCommand(options: { head?: string }): Promise<void> {
  let expectedHead: { position: string; hash: string } | undefined;
  if (options.head !== undefined) {
    try {
      expectedHead = parseLogHead(readFileSync(options.head, 'utf8'));
    } catch (error) {
      throw new UsageError(`--head ${options.head}: ${(error as Error).message}`);
    }
  }
  await withLedger(async (app) => {
    const chain = logChainOf(app.get(EventStore));
    const started = Date.now();
    const result = await verifyLog(chain, {
      expectedHead,
      onProgress: (events, position) => process.stderr.write(`verifying the log: ${events} events checked (position ${position})…\n`),
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const summary = `${result.events} events in ${result.streams} streams, ${result.seals} seals${expectedHead ? `, against the head at position ${expectedHead.position}` : ''} (${seconds} s)`;
    if (result.problemCount === 0) {
      process.stdout.write(`log: verified: ${summary}\nhead: position ${result.head.position} hash ${result.head.hash}\n`);
      return;
    }
    process.stdout.write(`log: DOES NOT VERIFY: ${result.problemCount} problem${result.problemCount === 1 ? '' : 's'} in ${summary}\n`);
    const [first, ...rest] = result.problems;
    process.stdout.write(`first mismatch: ${describe(first)}\n`);
    for (const problem of rest) process.stdout.write(`  then: ${describe(problem)}\n`);
    if (result.problemCount > result.problems.length) process.stdout.write(`  … and ${result.problemCount - result.problems.length} more\n`);
    process.exitCode = 1;
  });
}

function describe(problem: { kind: string; message: string }): string {
  return `[${problem.kind}] ${problem.message}`;
}

/** `ledger log-head`: the chain head as JSON, for an auditor to keep outside the system. */
export const logHeadCommand: CliCommand = {
  register(program) {
    program
      .command('log-head')
      .description("print the event log's chain head (position + hash) as JSON, for an auditor to keep (see ledger verify --log --head)")
      .action(() =>
        withLedger(async (app) => {
          process.stdout.write(`${JSON.stringify(await readLogHead(app.get(EventStore)), null, 2)}\n`);
        }),
      );
  },
};

/** `ledger seal`: seals the global log up to its last event now (the embedded store also seals every 1,000 positions by itself). */
export const sealCommand: CliCommand = {
  register(program) {
    program
      .command('seal')
      .description('record a seal over every event appended since the last seal (hash chain of the global log)')
      .action(() =>
        withLedger(async (app) => {
          const seal = await logChainOf(app.get(EventStore)).sealNow();
          if (!seal) process.stdout.write('nothing to seal: every event is already sealed\n');
          else process.stdout.write(`seal #${seal.number}: ${seal.events} events, positions ${seal.fromPosition ?? 'start'}–${seal.toPosition}, hash ${seal.hash}\n`);
        }),
      );
  },
};
