import { Module } from '@nestjs/common';
import { provideProjectionInstance } from '../projections/provide-projection';
import { ReportsController } from './http/reports.controller';
import { REPORT_PROJECTIONS } from './report-catalogue';
import { ReportExporter } from './report-exporter';
import { ReportReader } from './report-reader';

/**
 * The five reports (clearance roster, arts access, pathways, partner services, partnership health): their
 * projections (REPORT_PROJECTIONS, kept up to date by the projection runner), the /reports routes and the
 * exporter the CLI uses.
 */
@Module({
  controllers: [ReportsController],
  providers: [ReportReader, ReportExporter, ...Object.values(REPORT_PROJECTIONS).map(provideProjectionInstance)],
  exports: [ReportExporter, ReportReader],
})
export class ReportsModule {}
