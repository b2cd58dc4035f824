import { backupCommand } from './backup.command';
import { CliCommand } from './cli-command';
import { demoCommand } from './demo.command';
import { exportCommand } from './export.command';
import { exportLogCommand } from './export-log.command';
import { importLogCommand } from './import-log.command';
import { rebuildCommand } from './rebuild.command';
import { replayCommand } from './replay.command';
import { restoreCommand } from './restore.command';
import { sweepCommand } from './sweep.command';
import { verifyCommand } from './verify.command';
import { logHeadCommand, sealCommand } from '../log-chain/log-chain-commands';

/** Every command of `ledger` (one line each); `ledger --help` lists them in this order. */
export const CLI_COMMANDS: CliCommand[] = [rebuildCommand, verifyCommand, replayCommand, exportCommand, sweepCommand, demoCommand, backupCommand, restoreCommand, exportLogCommand, importLogCommand, logHeadCommand, sealCommand];
