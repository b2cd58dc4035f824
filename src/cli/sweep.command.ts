import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { Clock } from '../clock/clock';
import { CommandContext } from '../command-handling';
import { AssignmentFollowUps } from '../partnerships/follow-ups/assignment-follow-ups';
import { ExpirySweepReport, RunExpirySweep } from '../compliance/application/run-expiry-sweep';
import { CliCommand } from './cli-command';
import { isoDateArgument } from './cli-errors';
import { withLedger } from './ledger-context';

/** Who the events name as actor: the operator's OS account, or `system:cli` when there is none to read. */
export function cliActor(): string {
  try {
    const name = userInfo().username.trim();
    return name && /^[\w.@-]+$/.test(name) ? `cli:${name}` : 'system:cli';
  } catch {
    return 'system:cli';
  }
}

/** `ledger sweep [--as-of <date>] [--json]`: records every expiry due by the date, through the same command as POST /compliance/sweeps. */
export const sweepCommand: CliCommand = {
  register(program) {
    program
      .command('sweep')
      .description('record the expiries due as of a date (clearances, insurance, agreements); a second run records nothing new')
      .option('--as-of <date>', 'record what expired by this date, YYYY-MM-DD (default today, UTC)', isoDateArgument)
      .option('--json', 'print the sweep report as JSON')
      .action((options: { asOf?: string; json?: boolean }) =>
        withLedger(async (app) => {
          const asOf = options.asOf ?? app.get(Clock).today();
          const context: CommandContext = { commandId: randomUUID(), correlationId: randomUUID(), actor: cliActor() };
          const report = await app.get(CommandBus).execute<RunExpirySweep, ExpirySweepReport>(new RunExpirySweep(asOf, context));
          // Rule 3: the expiries suspend the assignments they affect before the command says it is done.
          const followUps = app.get(AssignmentFollowUps);
          followUps.start();
          await followUps.caughtUp(120_000);
          process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : describeSweep(report, context.actor));
        }),
      );
  },
};

function describeSweep(report: ExpirySweepReport, actor: string): string {
  const lines = [`sweep as of ${report.asOf} by ${actor}: checked ${report.artistsChecked} artists and ${report.partnersChecked} partners`];
  if (report.recorded.total === 0) {
    lines.push('recorded nothing: every expiry due by then was already recorded');
  } else {
    const byType = Object.entries(report.recorded.byType).map(([type, count]) => `${count} ${type}`).join(', ');
    lines.push(`recorded ${report.recorded.total} event${report.recorded.total === 1 ? '' : 's'}: ${byType}`);
    for (const item of report.items) lines.push(`  ${item.streamId.padEnd(40)} #${item.revision.padStart(3)}  ${item.type.padEnd(18)} ${summary(item.data)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The facts an operator looks for in an expiry: what lapsed, where, and when. */
function summary(data: unknown): string {
  if (typeof data !== 'object' || data === null) return '';
  const fields = ['requirement', 'lea', 'certificateNumber', 'agreementId', 'expiredOn'];
  return fields
    .filter((field) => (data as Record<string, unknown>)[field] !== undefined && (data as Record<string, unknown>)[field] !== null)
    .map((field) => `${field}=${String((data as Record<string, unknown>)[field])}`)
    .join(' ');
}
