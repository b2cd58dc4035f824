import { AppConfig } from '../config/app-config';
import { BackupRefusedError } from './backup-errors';

/** The embedded log's file, or a refusal naming where EventStoreDB's own backup procedure is described. */
export function embeddedLogPath(config: AppConfig, command: string): string {
  if (config.eventStore.kind === 'sqlite') return config.eventStore.path;
  throw new BackupRefusedError(
    `ledger ${command} works on the embedded store, and EVENT_STORE_URL names EventStoreDB: back EventStoreDB up with its own ` +
      'procedure (copy its chunk and index files, or a file-system snapshot), then rebuild read models — see docs/backup-and-migration.md',
  );
}
