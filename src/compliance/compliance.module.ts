import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { RunExpirySweepHandler } from './application/run-expiry-sweep.handler';
import { ComplianceController } from './http/compliance.controller';

/** Time-driven compliance work across contexts: the expiry sweep (rule 4). */
@Module({
  imports: [CqrsModule],
  controllers: [ComplianceController],
  providers: [RunExpirySweepHandler],
})
export class ComplianceModule {}
