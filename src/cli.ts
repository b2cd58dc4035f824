#!/usr/bin/env node
import 'reflect-metadata';
import { Command, CommanderError } from 'commander';
import { CLI_COMMANDS } from './cli/cli-commands';
import { USAGE_EXIT_CODE, UsageError } from './cli/cli-errors';
import { ConfigError } from './config/config-error';

/**
 * `ledger <command>`: operator commands on the same modules, configuration and data directory as the server.
 * Exit codes: 0 done, 1 the command ran and found a problem (drift, poison event, failure), 2 the command
 * line was wrong (unknown command, report or projection, bad option value) — with a message, never a stack.
 */
async function main(): Promise<void> {
  // `ledger export … | head`: the reader left; stop quietly instead of an EPIPE trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  const program = new Command('ledger')
    .description('Partnership Ledger operator commands')
    .showHelpAfterError('(ledger --help lists every command)')
    // Throw instead of exiting, for every subcommand registered after this, so usage errors get exit code 2 below.
    .exitOverride();
  for (const command of CLI_COMMANDS) command.register(program);
  await program.parseAsync(process.argv);
}

main().catch((error: unknown) => {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (and the help); --help and --version end here with code 0.
    process.exitCode = error.exitCode === 0 ? 0 : USAGE_EXIT_CODE;
    return;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`error: ${error.message}\n(ledger --help lists every command)\n`);
    process.exitCode = USAGE_EXIT_CODE;
    return;
  }
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = USAGE_EXIT_CODE;
    return;
  }
  process.stderr.write(`${(error as Error)?.message ?? String(error)}\n`);
  if (process.env.LEDGER_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
  process.exitCode = 1;
});
