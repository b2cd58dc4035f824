import { Option } from 'commander';
import { createWriteStream, openSync } from 'node:fs';
import { once } from 'node:events';
import { isReportName, REPORT_NAMES } from '../reports/report-catalogue';
import { ExportFormat, ReportExporter, ReportExportError } from '../reports/report-exporter';
import { ReportReader } from '../reports/report-reader';
import { catchUpProjections } from './catch-up';
import { CliCommand } from './cli-command';
import { isoDateArgument, UsageError, wholeNumberArgument } from './cli-errors';
import { withLedger } from './ledger-context';

interface ExportOptions {
  format: ExportFormat;
  lea?: string;
  asOf?: string;
  expiringWithinDays?: string;
  out?: string;
}

/** Report query field → the option that sets it, so a refusal names what the operator typed. */
const OPTION_OF: Record<string, string> = { lea: '--lea', asOf: '--as-of', expiringWithinDays: '--expiring-within-days' };

/**
 * `ledger export <report> --format csv|json [--lea X] [--as-of D] [--expiring-within-days N] [--out file]`:
 * the same answer as GET /reports/<report>, after bringing the projections up to the head of the log.
 */
export const exportCommand: CliCommand = {
  register(program) {
    program
      .command('export')
      .description(`a report as CSV or JSON, up to date with the log (reports: ${REPORT_NAMES.join(', ')})`)
      .argument('<report>', REPORT_NAMES.join(' | '))
      .addOption(new Option('--format <format>', 'csv or json').choices(['csv', 'json']).makeOptionMandatory())
      .option('--lea <lea>', 'only this LEA')
      .option('--as-of <date>', 'clearance-roster: the effective date asked about (default today)', isoDateArgument)
      .option('--expiring-within-days <days>', 'clearance-roster: list what lapses within this many days (default 30)', wholeNumberArgument(0, 3650))
      .option('--out <file>', 'write to this file instead of stdout')
      .action((report: string, options: ExportOptions) => {
        if (!isReportName(report)) throw new UsageError(`unknown report "${report}"; one of: ${REPORT_NAMES.join(', ')}`);
        if (report !== 'clearance-roster') {
          const misplaced = (['asOf', 'expiringWithinDays'] as const).filter((key) => options[key] !== undefined).map((key) => OPTION_OF[key]);
          if (misplaced.length > 0) throw new UsageError(`${misplaced.join(' and ')} ${misplaced.length === 1 ? 'applies' : 'apply'} only to the clearance-roster report, not ${report}`);
        }
        const outFd = options.out === undefined ? undefined : openOut(options.out);
        return withLedger(async (app) => {
          const reader = app.get(ReportReader);
          await catchUpProjections(app, [reader.projectionOf(report)]);
          const params = { lea: options.lea, asOf: options.asOf, expiringWithinDays: options.expiringWithinDays };
          let document: string | AsyncIterable<string>;
          try {
            document = app.get(ReportExporter).export(report, params, options.format);
          } catch (error) {
            if (error instanceof ReportExportError) throw new UsageError(withOptionNames(error.message));
            throw error;
          }
          const lines = await writeDocument(document, outFd);
          if (options.out) process.stderr.write(`wrote ${report} (${options.format}${options.format === 'csv' ? `, ${Math.max(lines - 1, 0)} rows` : ''}) to ${options.out}\n`);
        });
      });
  },
};

/** Opened before anything else runs, so a wrong path is a usage error rather than a failure after the catch-up. */
function openOut(out: string): number {
  try {
    return openSync(out, 'w');
  } catch (error) {
    throw new UsageError(`--out ${out}: cannot write there (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** class-validator names the query field (`lea must match …`); the operator typed `--lea`. */
function withOptionNames(message: string): string {
  return message.replace(/\b(lea|asOf|expiringWithinDays)\b/g, (field) => OPTION_OF[field]);
}

/** Writes JSON at once or CSV line by line (a large roster streams); returns the number of CSV lines. */
async function writeDocument(document: string | AsyncIterable<string>, outFd: number | undefined): Promise<number> {
  const sink = outFd === undefined ? process.stdout : createWriteStream('', { fd: outFd });
  let lines = 0;
  const write = async (text: string) => {
    if (!sink.write(text)) await once(sink, 'drain');
  };
  if (typeof document === 'string') {
    await write(`${document}\n`);
  } else {
    for await (const line of document) {
      await write(line);
      lines++;
    }
  }
  if (outFd !== undefined) {
    const file = sink as ReturnType<typeof createWriteStream>;
    file.end();
    await once(file, 'finish');
  }
  return lines;
}
