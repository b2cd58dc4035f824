import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { CLEARANCE_POLICY } from '../artists/application/clearance-policy.provider';
import { ClearancePolicy } from '../artists/domain/clearance-policy';
import { Clock } from '../clock/clock';
import { ProjectionCheckpoints } from '../projections/projection-checkpoints';
import { ProjectionNotReadyError, ProjectionReader } from '../projections/projection-reader';
import { ReadModelDatabase } from '../read-models/read-model-database';
import { ClearanceRosterQuery } from './http/report-queries';
import { ReportName, ReportParams, REPORTS } from './report-catalogue';
import { ReportAnswerCache } from './report-answer-cache';
import { csvDocument, ReportTable } from './reports/csv-document';
import { bigintAsString } from '../http/configure-http-app';

export const DEFAULT_EXPIRING_WITHIN_DAYS = 30;

export type RenderedFormat = 'json' | 'csv';

export interface RenderedReport {
  readonly body: string;
  readonly position: bigint | undefined;
}

export interface ReportAnswer {
  readonly report: object;
  readonly table: () => ReportTable;
  /** The global position the report reflects (undefined: nothing applied yet). */
  readonly position: bigint | undefined;
  readonly generation: number | undefined;
}

/** Reads a report from the live generation of its projection, with defaults taken from the injected clock. */
@Injectable()
export class ReportReader {
  private readonly reader: ProjectionReader;
  private readonly checkpoints: ProjectionCheckpoints;
  private readonly cache = new ReportAnswerCache();

  constructor(
    database: ReadModelDatabase,
    private readonly clock: Clock,
    @Inject(CLEARANCE_POLICY) private readonly policy: ClearancePolicy,
  ) {
    this.reader = new ProjectionReader(database.db);
    this.checkpoints = new ProjectionCheckpoints(database.db);
  }

  /** The report as a JSON or CSV document, served from the cache while its projection has not moved. */
  render(name: ReportName, query: Partial<ClearanceRosterQuery>, format: RenderedFormat): RenderedReport {
    const { minPosition: _ignored, ...params } = query;
    const key = (generation: number, position: bigint | undefined) =>
      JSON.stringify([name, format, this.clock.today(), generation, String(position), params.lea, params.asOf, params.expiringWithinDays]);
    const live = this.checkpoints.get(this.projectionOf(name), 'live');
    if (live) {
      const cached = this.cache.get(key(live.generation, live.position));
      if (cached !== undefined) return { body: cached, position: live.position };
    }
    const answer = this.answer(name, query);
    const body = format === 'csv' ? csvDocument(answer.table()) : JSON.stringify(answer.report, bigintAsString);
    // Keyed by the generation and position the rows were read at (read in one transaction with them).
    if (answer.generation !== undefined) this.cache.set(key(answer.generation, answer.position), body);
    return { body, position: answer.position };
  }

  /** `query` has passed validation (ReportQuery / ClearanceRosterQuery). */
  answer(name: ReportName, query: Partial<ClearanceRosterQuery>): ReportAnswer {
    const today = this.clock.today();
    const params: ReportParams = {
      lea: query.lea ?? null,
      today,
      asOf: query.asOf ?? today,
      expiringWithinDays: query.expiringWithinDays === undefined ? DEFAULT_EXPIRING_WITHIN_DAYS : Number(query.expiringWithinDays),
    };
    const definition = REPORTS[name];
    try {
      const { value, position } = this.reader.read(definition.projection, (target) => ({
        report: definition.read(target, params, this.policy),
        generation: generationOf(target.tables),
      }));
      return { report: value.report, table: () => definition.table(value.report), position, generation: value.generation };
    } catch (error) {
      // Only before the runner has registered the projection on this database: a passing state, not a server fault.
      if (error instanceof ProjectionNotReadyError) throw new ServiceUnavailableException(`the ${name} report is not built yet; try again shortly`);
      throw error;
    }
  }

  projectionOf(name: ReportName): string {
    return REPORTS[name].projection.name;
  }
}

/** Physical tables are named `<table>__g<generation>` by the runner. */
function generationOf(tables: Readonly<Record<string, string>>): number | undefined {
  const match = /__g(\d+)$/.exec(Object.values(tables)[0] ?? '');
  return match ? Number(match[1]) : undefined;
}
