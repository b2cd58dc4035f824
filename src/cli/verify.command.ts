import { ProjectionRunner } from '../projections/projection-runner';
import { ProjectionVerification } from '../projections/projection-verification';
import { EventStore } from '../event-store';
import { CliCommand } from './cli-command';
import { withLedger } from './ledger-context';
import { selectProjections } from './select-projections';
import { UsageError } from './cli-errors';
import { verifyLogCommand } from '../log-chain/log-chain-commands';

/**
 * `ledger verify [<projection>|all]`: rebuild into scratch tables, compare row by row, exit 1 on drift naming the rows.
 * `ledger verify --log [--head <file>]`: the event log's hash chain instead (src/log-chain/log-chain-commands.ts).
 */
export const verifyCommand: CliCommand = {
  register(program) {
    program
      .command('verify')
      .description('rebuild projections into scratch tables and compare them with the live ones row by row (exit 1 on drift)')
      .argument('[projection]', 'a projection name, or all', 'all')
      .option('--log', "verify the event log's hash chain and seals instead (tamper evidence; exit 1 naming the first mismatch)")
      .option('--head <file>', 'with --log: a head printed earlier by `ledger log-head`; the log up to it must be unchanged')
      .action((name: string, options: { log?: boolean; head?: string }) => {
        if (options.head !== undefined && !options.log) throw new UsageError('--head goes with --log');
        if (options.log) return verifyLogCommand(options);
        return withLedger(async (app) => {
          const runner = app.get(ProjectionRunner);
          const verification = new ProjectionVerification(app.get(EventStore), runner.checkpoints.db, runner.checkpoints, runner.generations);
          let drifted = false;
          for (const projection of selectProjections(runner, name)) {
            const verdict = await verification.verify(projection);
            const at = `at position ${verdict.position ?? 0}`;
            if (verdict.outcome === 'same') process.stdout.write(`${verdict.projection}: no drift ${at}\n`);
            if (verdict.outcome === 'skipped') process.stdout.write(`${verdict.projection}: skipped (${verdict.reason})\n`);
            if (verdict.outcome === 'drift') {
              drifted = true;
              process.stdout.write(`${verdict.projection}: DRIFT ${at}\n`);
              for (const table of verdict.drift) {
                for (const row of table.onlyLive) process.stdout.write(`  ${table.table} only in live:    ${JSON.stringify(row)}\n`);
                for (const row of table.onlyRebuilt) process.stdout.write(`  ${table.table} only in rebuild: ${JSON.stringify(row)}\n`);
              }
            }
          }
          if (drifted) process.exitCode = 1;
        });
      });
  },
};
