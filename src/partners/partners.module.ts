import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { PartnerCommandHandler } from './application/partner-command.handler';
import { PartnersController } from './http/partners.controller';

/** Community partners: their evidence and roster standing per LEA, and the per-partner expiry sweep command. */
@Module({
  imports: [CqrsModule],
  controllers: [PartnersController],
  providers: [PartnerCommandHandler],
})
export class PartnersModule {}
