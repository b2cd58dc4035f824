#!/usr/bin/env node
import 'reflect-metadata';
import { Command } from 'commander';
import { CLI_COMMANDS } from './cli/cli-commands';

/** `ledger <command>`: operator commands on the same modules, configuration and data directory as the server. */
async function main(): Promise<void> {
  const program = new Command('ledger').description('Partnership Ledger operator commands').showHelpAfterError();
  for (const command of CLI_COMMANDS) command.register(program);
  await program.parseAsync(process.argv);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.message ?? String(error)}\n`);
  process.exitCode = 1;
});
