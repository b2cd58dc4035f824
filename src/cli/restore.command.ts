import { resolve } from 'node:path';
import { BackupRefusedError } from '../backup/backup-errors';
import { rebuildAndVerify } from '../backup/rebuild-and-verify';
import { restoreEventLog } from '../backup/restore-event-log';
import { CliCommand } from './cli-command';
import { UsageError } from './cli-errors';
import { withLedger } from './ledger-context';
import { progressView } from './progress-view';

/**
 * `ledger restore <file> --data-dir <empty dir>`: checks a backup (integrity check, hash chain),
 * copies it in as the data directory's event log, rebuilds every read model from it, then runs `ledger verify`'s
 * checks. Exit 0 only when all pass; nothing is written when the file or the target is refused.
 */
export const restoreCommand: CliCommand = {
  register(program) {
    program
      .command('restore')
      .description('restore a backup into an empty data directory: check it, copy it in, rebuild read models, verify')
      .argument('<file>', 'a file written by "ledger backup"')
      .requiredOption('--data-dir <dir>', 'an empty (or new) data directory to restore into')
      .action(async (file: string, options: { dataDir: string }) => {
        if (options.dataDir.trim() === '') throw new UsageError('--data-dir needs a directory');
        if (process.env.EVENT_STORE_URL?.trim()) {
          throw new UsageError('ledger restore writes the embedded store, and EVENT_STORE_URL names EventStoreDB: unset it (to move a log into EventStoreDB, see ledger export-log / import-log)');
        }
        const dataDir = resolve(options.dataDir);
        let restored;
        try {
          restored = await restoreEventLog(resolve(file), dataDir);
        } catch (error) {
          if (error instanceof BackupRefusedError) throw new UsageError(error.message);
          throw error;
        }
        process.stdout.write(
          [
            `restored: ${restored.target}`,
            `position: ${restored.position?.toString() ?? 'empty (no events)'}`,
            `events: ${restored.events}`,
            `sha256: ${restored.sha256}`,
            'integrity_check: ok',
            `hash chain: ${restored.chain === 'ok' ? 'ok' : 'none (this log was written before the hash chain)'}`,
            '',
          ].join('\n'),
        );
        process.env.DATA_DIR = dataDir;
        await withLedger(async (app) => {
          const view = progressView('rebuild', 'events');
          const outcome = await rebuildAndVerify(app, (done) => view.update(done, restored.events));
          view.end(`rebuild: ${outcome.rebuilt.length} read models from ${restored.events} events`);
          for (const failure of outcome.failed) process.stdout.write(`rebuild FAILED: ${failure}\n`);
          for (const verdict of outcome.verdicts) {
            const at = `at position ${verdict.position ?? 0}`;
            if (verdict.outcome === 'same') process.stdout.write(`verify ${verdict.projection}: no drift ${at}\n`);
            if (verdict.outcome === 'skipped') process.stdout.write(`verify ${verdict.projection}: skipped (${verdict.reason})\n`);
            if (verdict.outcome === 'drift') process.stdout.write(`verify ${verdict.projection}: DRIFT ${at} (run "ledger verify ${verdict.projection}" for the rows)\n`);
          }
          const passed = outcome.failed.length === 0 && outcome.verdicts.every((verdict) => verdict.outcome !== 'drift');
          process.stdout.write(passed ? 'restore: verified\n' : 'restore: FAILED verification\n');
          if (!passed) process.exitCode = 1;
        });
      });
  },
};
