import { Inject, Injectable, Logger, Module } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { EventStore } from '../event-store';
import { MetricsRegistry } from '../observability/metrics-registry';
import { LogHeadController } from './http/log-head.controller';
import { LogVerificationsController } from './http/log-verifications.controller';
import { LogVerificationJobs } from './log-verification-jobs';
import { LogHead, readLogHead } from './log-head';

/** A scrape reads the head at most this often (a head reads the events since the last seal). */
const HEAD_CACHE_MS = 15_000;

/**
 * The chain head in /metrics, for an auditor's scraper to keep: `ledger_log_head_position{hash="…"}` (the position
 * as value, the head hash as label, so every scrape records both) and `ledger_log_sealed_position{seal="n"}`.
 */
@Injectable()
export class LogChainMetrics {
  private readonly logger = new Logger('LogChain');
  private cached: { head: LogHead; at: number } | undefined;

  constructor(@Inject(EventStore) store: EventStore, registry: MetricsRegistry) {
    const head = async (): Promise<LogHead | undefined> => {
      if (this.cached && Date.now() - this.cached.at < HEAD_CACHE_MS) return this.cached.head;
      try {
        this.cached = { head: await readLogHead(store), at: Date.now() };
        return this.cached.head;
      } catch (error) {
        this.logger.warn(`reading the log chain head for /metrics failed: ${(error as Error).message}`);
        return undefined;
      }
    };
    new Gauge({
      name: 'ledger_log_head_position',
      help: "Global position of the event log's chain head; label hash: the head hash (ledger log-head, ledger verify --log --head)",
      labelNames: ['hash'],
      registers: [registry],
      async collect() {
        this.reset();
        const current = await head();
        if (current) this.set({ hash: current.hash }, Number(current.position));
      },
    });
    new Gauge({
      name: 'ledger_log_sealed_position',
      help: 'Global position up to which the event log is sealed; label seal: the last seal number',
      labelNames: ['seal'],
      registers: [registry],
      async collect() {
        this.reset();
        const current = await head();
        if (current?.lastSeal) this.set({ seal: String(current.lastSeal.number) }, Number(current.lastSeal.toPosition));
      },
    });
  }
}

/**
 * The hash chain's server-side parts: the head in /metrics and at GET /log-head, checks of the log at
 * /log-verifications (sealing itself happens in the adapters and `ledger seal`).
 */
@Module({ controllers: [LogHeadController, LogVerificationsController], providers: [LogChainMetrics, LogVerificationJobs] })
export class LogChainModule {}
