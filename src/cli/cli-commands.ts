import { CliCommand } from './cli-command';
import { demoCommand } from './demo.command';
import { exportCommand } from './export.command';
import { rebuildCommand } from './rebuild.command';
import { replayCommand } from './replay.command';
import { sweepCommand } from './sweep.command';
import { verifyCommand } from './verify.command';

/** Every command of `ledger` (one line each); `ledger --help` lists them in this order. */
export const CLI_COMMANDS: CliCommand[] = [rebuildCommand, verifyCommand, replayCommand, exportCommand, sweepCommand, demoCommand];
