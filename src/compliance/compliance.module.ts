import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { RunExpirySweepHandler } from './application/run-expiry-sweep.handler';
import { ComplianceController } from './http/compliance.controller';
import { ExpirySweepLog } from './schedule/expiry-sweep-log';
import { ExpirySweepScheduler } from './schedule/expiry-sweep-scheduler';

/** Time-driven compliance work across contexts: the expiry sweep (rule 4), on demand and daily (SWEEP_AT). */
@Module({
  imports: [CqrsModule],
  controllers: [ComplianceController],
  providers: [RunExpirySweepHandler, ExpirySweepLog, ExpirySweepScheduler],
  exports: [ExpirySweepScheduler, ExpirySweepLog],
})
export class ComplianceModule {}
