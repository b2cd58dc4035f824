import { Module } from '@nestjs/common';
import { ReportsController } from './http/reports.controller';
import { ReportExporter } from './report-exporter';
import { ReportReader } from './report-reader';

/**
 * The five reports (clearance roster, arts access, pathways, partner services, partnership health): their
 * projections (REPORT_PROJECTIONS, kept up to date by the projection runner), the /reports routes and the
 * exporter the CLI uses.
 */
@Module({
  controllers: [ReportsController],
  providers: [ReportReader, ReportExporter],
  exports: [ReportExporter, ReportReader],
})
export class ReportsModule {}
