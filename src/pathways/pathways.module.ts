import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { PathwayCommandHandler } from './application/pathway-command.handler';
import { PathwaysController } from './http/pathways.controller';

/** Sequential arts pathways along feeder patterns, with their courses and whole-school programmes. */
@Module({
  imports: [CqrsModule],
  controllers: [PathwaysController],
  providers: [PathwayCommandHandler],
})
export class PathwaysModule {}
