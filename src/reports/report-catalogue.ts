import { ClearancePolicy } from '../artists/domain/clearance-policy';
import { Projection, ProjectionTarget } from '../projections/projection';
import { ArtsAccessProjection } from './projections/arts-access.projection';
import { ClearanceRosterProjection } from './projections/clearance-roster.projection';
import { PartnerServicesProjection } from './projections/partner-services.projection';
import { PartnershipHealthProjection } from './projections/partnership-health.projection';
import { PathwaySequencesProjection } from './projections/pathway-sequences.projection';
import { artsAccessTable, readArtsAccess } from './reports/arts-access.report';
import { clearanceRosterTable, readClearanceRoster } from './reports/clearance-roster.report';
import { ReportTable } from './reports/csv-document';
import { partnerServicesTable, readPartnerServices } from './reports/partner-services.report';
import { partnershipHealthTable, readPartnershipHealth } from './reports/partnership-health.report';
import { pathwaysTable, readPathways } from './reports/pathways.report';

export const REPORT_NAMES = ['clearance-roster', 'arts-access', 'pathways', 'partner-services', 'partnership-health'] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

export function isReportName(value: unknown): value is ReportName {
  return typeof value === 'string' && (REPORT_NAMES as readonly string[]).includes(value);
}

/** Parameters after validation, with the defaults filled in (today from the injected clock). */
export interface ReportParams {
  readonly lea: string | null;
  readonly today: string;
  readonly asOf: string;
  readonly expiringWithinDays: number;
}

export interface ReportDefinition {
  readonly projection: Projection;
  read(target: ProjectionTarget, params: ReportParams, policy: ClearancePolicy): object;
  table(report: object): ReportTable;
}

/** The projection instances the runner keeps up to date, one per report. */
export const REPORT_PROJECTIONS = {
  clearanceRoster: new ClearanceRosterProjection(),
  artsAccess: new ArtsAccessProjection(),
  pathwaySequences: new PathwaySequencesProjection(),
  partnerServices: new PartnerServicesProjection(),
  partnershipHealth: new PartnershipHealthProjection(),
};

/** Each report: the projection it reads, how it reads it, and its rows for CSV. */
export const REPORTS: Readonly<Record<ReportName, ReportDefinition>> = {
  'clearance-roster': {
    projection: REPORT_PROJECTIONS.clearanceRoster,
    read: (target, p, policy) => readClearanceRoster(target, policy, { lea: p.lea, asOf: p.asOf, expiringWithinDays: p.expiringWithinDays }),
    table: (report) => clearanceRosterTable(report as ReturnType<typeof readClearanceRoster>),
  },
  'arts-access': {
    projection: REPORT_PROJECTIONS.artsAccess,
    read: (target, p) => readArtsAccess(target, p.lea, p.today),
    table: (report) => artsAccessTable(report as ReturnType<typeof readArtsAccess>),
  },
  pathways: {
    projection: REPORT_PROJECTIONS.pathwaySequences,
    read: (target, p) => readPathways(target, p.lea),
    table: (report) => pathwaysTable(report as ReturnType<typeof readPathways>),
  },
  'partner-services': {
    projection: REPORT_PROJECTIONS.partnerServices,
    read: (target, p) => readPartnerServices(target, p.lea, p.today),
    table: (report) => partnerServicesTable(report as ReturnType<typeof readPartnerServices>),
  },
  'partnership-health': {
    projection: REPORT_PROJECTIONS.partnershipHealth,
    read: (target, p) => readPartnershipHealth(target, p.lea, p.today),
    table: (report) => partnershipHealthTable(report as ReturnType<typeof readPartnershipHealth>),
  },
};
