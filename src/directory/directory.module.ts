import { Module } from '@nestjs/common';
import { provideProjection } from '../projections/provide-projection';
import { DirectoryProjection } from './directory.projection';
import { DirectoryReader } from './directory-reader';
import { DirectoryController } from './http/directory.controller';

/**
 * List and search routes over every kind of record (GET /artists, /partners, /schools, /partnerships, /pathways),
 * answered from the `directory` projection. See docs/directory.md.
 */
@Module({
  controllers: [DirectoryController],
  providers: [provideProjection(DirectoryProjection), DirectoryReader],
})
export class DirectoryModule {}
