import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { fieldErrors } from '../http/validation/request-validation';
import { ClearanceRosterQuery, ReportQuery } from './http/report-queries';
import { isReportName, REPORT_NAMES } from './report-catalogue';
import { ReportReader } from './report-reader';
import { csvLines } from './reports/csv-document';

export type ExportFormat = 'csv' | 'json';

/** Names a report that does not exist or parameters it does not take; the CLI prints the message. */
export class ReportExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportExportError';
  }
}

/**
 * Reports for the operator CLI (`ledger export <report> --format csv|json [--out file]`): the same read and
 * the same CSV as the HTTP routes. CSV comes line by line so a large roster can be streamed to a file.
 */
@Injectable()
export class ReportExporter {
  constructor(private readonly reader: ReportReader) {}

  export(reportName: string, params: Record<string, string | undefined>, format: ExportFormat): string | AsyncIterable<string> {
    if (!isReportName(reportName)) throw new ReportExportError(`unknown report "${reportName}"; one of: ${REPORT_NAMES.join(', ')}`);
    if (format !== 'csv' && format !== 'json') throw new ReportExportError(`unknown format "${format}"; csv or json`);
    const queryClass = reportName === 'clearance-roster' ? ClearanceRosterQuery : ReportQuery;
    const query = plainToInstance(queryClass, Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)));
    const errors = validateSync(query, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) {
      const problems = fieldErrors(errors);
      throw new ReportExportError(problems.map((p) => p.message).join('; '));
    }
    const answer = this.reader.answer(reportName, query);
    if (format === 'json') return JSON.stringify(answer.report, null, 2);
    const lines = csvLines(answer.table());
    return (async function* () {
      yield* lines;
    })();
  }
}

