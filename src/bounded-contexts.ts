import { Type } from '@nestjs/common';
import { ArtistsModule } from './artists/artists.module';
import { ComplianceModule } from './compliance/compliance.module';
import { DirectoryModule } from './directory/directory.module';
import { HistoryModule } from './history/history.module';
import { PartnershipsModule } from './partnerships/partnerships.module';
import { PartnersModule } from './partners/partners.module';
import { PathwaysModule } from './pathways/pathways.module';
import { ReportsModule } from './reports/reports.module';
import { SchoolsModule } from './schools/schools.module';

/**
 * Every bounded context's Nest module, imported by AppModule (and so by the CLI and the test app).
 * Add your context's module here.
 */
export const BOUNDED_CONTEXT_MODULES: Type<unknown>[] = [ArtistsModule, PartnershipsModule, ComplianceModule, SchoolsModule, PartnersModule, PathwaysModule, HistoryModule, ReportsModule, DirectoryModule];
