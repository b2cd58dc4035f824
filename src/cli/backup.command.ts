import { resolve } from 'node:path';
import { BackupRefusedError } from '../backup/backup-errors';
import { embeddedLogPath } from '../backup/embedded-log-path';
import { backupEventLog } from '../backup/online-backup';
import { loadConfig } from '../config/load-config';
import { CliCommand } from './cli-command';
import { UsageError } from './cli-errors';
import { progressView } from './progress-view';

/**
 * `ledger backup --out <file>`: a consistent copy of the embedded event log, taken with SQLite's online backup API
 * while the server keeps appending. Prints the log position the copy holds, its SHA-256 and the chain head. Read
 * models are not copied: `ledger restore` rebuilds them from the log.
 */
export const backupCommand: CliCommand = {
  register(program) {
    program
      .command('backup')
      .description('copy the embedded event log while the server keeps writing (SQLite online backup); prints its position and SHA-256')
      .requiredOption('--out <file>', 'the backup file to write (must not exist yet)')
      .action(async (options: { out: string }) => {
        if (options.out.trim() === '') throw new UsageError('--out needs a file name');
        const config = loadConfig(process.env);
        const view = progressView('backup', 'pages');
        try {
          const source = embeddedLogPath(config, 'backup');
          const started = Date.now();
          const result = await backupEventLog(source, resolve(options.out), (step) => view.update(step.copiedPages, step.totalPages));
          view.end(`backup: ${result.bytes} bytes in ${((Date.now() - started) / 1000).toFixed(1)} s${result.restarts > 0 ? ` (restarted ${result.restarts}× by concurrent writes)` : ''}`);
          process.stdout.write(
            [
              `backup: ${result.file}`,
              `position: ${result.position?.toString() ?? 'empty (no events)'}`,
              `events: ${result.events}`,
              `sha256: ${result.sha256}`,
              ...(result.chainHead
                ? [`log head: position ${result.chainHead.position} hash ${result.chainHead.hash}`, `log head json: ${JSON.stringify(result.chainHead)}`]
                : ['log head: none (this log was written before the hash chain)']),
              'read models: not in the backup; "ledger restore" rebuilds them from the log',
              '',
            ].join('\n'),
          );
        } catch (error) {
          if (error instanceof BackupRefusedError) throw new UsageError(error.message);
          throw error;
        }
      });
  },
};
