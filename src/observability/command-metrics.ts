import { Injectable } from '@nestjs/common';
import { Counter, Histogram } from 'prom-client';
import { MetricsRegistry } from './metrics-registry';

export type CommandOutcome = 'accepted' | 'repeated' | 'refused' | 'conflict' | 'invalid' | 'failed';

/**
 * Commands by type and outcome, and their latency. Command handlers call
 * `record('ApprovePartner', 'accepted', seconds)` once per command.
 */
@Injectable()
export class CommandMetrics {
  private readonly commands: Counter<'type' | 'outcome'>;
  private readonly duration: Histogram<'type'>;

  constructor(registry: MetricsRegistry) {
    this.commands = new Counter({
      name: 'ledger_commands_total',
      help: 'Commands handled, by command type and outcome',
      labelNames: ['type', 'outcome'],
      registers: [registry],
    });
    this.duration = new Histogram({
      name: 'ledger_command_duration_seconds',
      help: 'Time to handle a command (fold, decide, append), by command type',
      labelNames: ['type'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [registry],
    });
  }

  record(commandType: string, outcome: CommandOutcome, seconds: number): void {
    this.commands.inc({ type: commandType, outcome });
    this.duration.observe({ type: commandType }, seconds);
  }
}
