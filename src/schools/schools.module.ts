import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { SchoolCommandHandler } from './application/school-command.handler';
import { SchoolsController } from './http/schools.controller';

/** Schools of each LEA, their Arts Leads and arts plans. */
@Module({
  imports: [CqrsModule],
  controllers: [SchoolsController],
  providers: [SchoolCommandHandler],
})
export class SchoolsModule {}
