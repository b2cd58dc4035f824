import { CliCommand } from './cli-command';
import { rebuildCommand } from './rebuild.command';
import { replayCommand } from './replay.command';
import { verifyCommand } from './verify.command';

/**
 * Every command of `ledger`. Add yours here (one line): `export <report>`, `sweep --as-of <date>` and `demo`
 * are expected from the reports, compliance and demo owners.
 */
export const CLI_COMMANDS: CliCommand[] = [rebuildCommand, verifyCommand, replayCommand];
