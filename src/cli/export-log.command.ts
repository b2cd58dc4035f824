import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../config/load-config';
import { openEventStore } from '../event-store/event-store.module';
import { checkExportTarget, exportLog } from '../log-transfer/export-log';
import { LogTransferError } from '../log-transfer/log-transfer-errors';
import { CliCommand } from './cli-command';
import { UsageError } from './cli-errors';
import { progressView } from './progress-view';

/** `ledger export-log --out <file.ndjson>`: every event of the configured store, in global order, with ids, revisions, metadata and recorded times. */
export const exportLogCommand: CliCommand = {
  register(program) {
    program
      .command('export-log')
      .description('write the whole event log (either store) as NDJSON in global order, for import-log into another store')
      .requiredOption('--out <file>', 'the NDJSON file to write (must not exist yet; an interrupted export to it continues where it stopped)')
      .action(async (options: { out: string }) => {
        if (options.out.trim() === '') throw new UsageError('--out needs a file name');
        const config = loadConfig(process.env);
        const out = resolve(options.out);
        try {
          checkExportTarget(out);
          // An embedded log that is not there is a wrong DATA_DIR: opening it would create an empty one.
          if (config.eventStore.kind === 'sqlite' && !existsSync(config.eventStore.path)) throw new LogTransferError(`no event log at ${config.eventStore.path} (is DATA_DIR right?)`);
        } catch (error) {
          if (error instanceof LogTransferError) throw new UsageError(error.message);
          throw error;
        }
        const store = openEventStore(config);
        const view = progressView('export-log', 'of the log (position)');
        const started = Date.now();
        try {
          const result = await exportLog(store, out, (step) => view.update(Number(step.position), Number(step.head)));
          view.end(`export-log: ${result.events} events in ${((Date.now() - started) / 1000).toFixed(1)} s`);
          const resumed = result.resumedAfter ? ` (continuing an interrupted export: ${result.resumedAfter.events} events up to position ${result.resumedAfter.position} were already written)` : '';
          process.stdout.write(`exported ${result.events} events up to position ${result.head?.toString() ?? 'empty'} to ${result.file}${resumed}\n`);
        } catch (error) {
          if (error instanceof LogTransferError) throw new UsageError(error.message);
          throw error;
        } finally {
          await store.close();
        }
      });
  },
};
