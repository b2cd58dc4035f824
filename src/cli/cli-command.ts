import type { Command } from 'commander';

/**
 * One operator command. Each file under src/cli (or a context's own folder) exports one, and
 * `cli-commands.ts` lists it. `register` declares the command on the program; its action should boot the
 * app with `withLedger` and set `process.exitCode` (never call process.exit, so the app closes cleanly).
 */
export interface CliCommand {
  register(program: Command): void;
}
