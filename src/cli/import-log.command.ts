import { resolve } from 'node:path';
import { loadConfig } from '../config/load-config';
import { openEventStore } from '../event-store/event-store.module';
import { checkLogFile } from '../log-transfer/check-log-file';
import { importLog } from '../log-transfer/import-log';
import { LogTransferError } from '../log-transfer/log-transfer-errors';
import { CliCommand } from './cli-command';
import { UsageError } from './cli-errors';
import { progressView } from './progress-view';

/**
 * `ledger import-log <file.ndjson>`: appends an export into the store the configuration names (EVENT_STORE_URL, else
 * the embedded store in DATA_DIR), each event at its exact stream revision. Resumable and idempotent: what the target
 * already holds (same id at the same revision) is skipped. Read models follow from the store (the server's
 * projections catch up, or `ledger rebuild`).
 */
export const importLogCommand: CliCommand = {
  register(program) {
    program
      .command('import-log')
      .description('append an export-log file into the configured store at exact revisions (resumable; a second run writes nothing)')
      .argument('<file>', 'an NDJSON file written by "ledger export-log"')
      .action(async (file: string) => {
        const config = loadConfig(process.env);
        // The file is checked whole before the target store is even opened: a bad file creates nothing.
        try {
          await checkLogFile(resolve(file));
        } catch (error) {
          if (error instanceof LogTransferError) throw new UsageError(`${error.message}; nothing imported`);
          throw error;
        }
        const store = openEventStore(config);
        const view = progressView('import-log', 'events');
        const started = Date.now();
        try {
          const result = await importLog(store, resolve(file), (step) => view.update(step.done, step.total));
          view.end(`import-log: ${result.total} events in ${((Date.now() - started) / 1000).toFixed(1)} s`);
          const target = config.eventStore.kind === 'esdb' ? 'EventStoreDB (EVENT_STORE_URL)' : config.eventStore.path;
          process.stdout.write(`imported into ${target}: ${result.written} written, ${result.skipped} already there, ${result.total} in the file\n`);
        } catch (error) {
          if (error instanceof LogTransferError) throw new UsageError(error.message);
          throw error;
        } finally {
          await store.close();
        }
      });
  },
};
