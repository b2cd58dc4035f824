import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Cron } from 'croner';
import { Clock } from '../../clock/clock';
import { CommandContext, deterministicUuid } from '../../command-handling';
import { AppConfig } from '../../config/app-config';
import { HealthContributors, HealthReport } from '../../health/health-contributors';
import { ExpirySweepReport, RunExpirySweep } from '../application/run-expiry-sweep';
import { ExpirySweepLog } from './expiry-sweep-log';
import { localDate, SweepSchedule } from './sweep-schedule';

/** The actor the scheduled sweeps' events name. */
export const SCHEDULED_SWEEP_ACTOR = 'system:expiry-sweep-schedule';
/** /health reports the sweep overdue when the latest one completed longer ago than this. */
export const SWEEP_OVERDUE_AFTER_HOURS = 26;
/** The server runs the schedule; the CLI turns this off (its `sweep` command runs one sweep itself). */
export const sweepScheduleSettings = { runOnBootstrap: true };

export type SweepOutcome =
  | { readonly ran: true; readonly asOf: string; readonly report: ExpirySweepReport }
  | { readonly ran: false; readonly asOf?: string; readonly reason: 'off' | 'already-swept' | 'failed'; readonly error?: string };

/**
 * Rule 4 without anyone pressing a button: every day at SWEEP_AT in SWEEP_TIMEZONE the server sweeps as of that
 * local date, and at start it catches up the latest scheduled sweep if none as of its date has completed.
 *
 * The timer is croner's; every decision (which date, whether a sweep is due, whether it is overdue) reads the
 * injected Clock, so tests drive `runDueSweep()` and `status()` with a SettableClock.
 *
 * Several servers on one store: a scheduled sweep's command id is derived from its date alone, so each stream's
 * sweep command id is the same on every server; the second server's command finds the first one's events
 * (executeCommand answers "repeated") or loses the append race and re-decides against them, and the decider skips
 * recorded expiries anyway. Nothing is recorded twice.
 */
@Injectable()
export class ExpirySweepScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ExpirySweepSchedule');
  readonly schedule: SweepSchedule | undefined;
  private job: Cron | undefined;
  private running: Promise<SweepOutcome> | undefined;
  private catchingUp = false;
  private lastFailure: { readonly asOf: string; readonly at: string; readonly message: string } | undefined;

  constructor(
    config: AppConfig,
    private readonly clock: Clock,
    private readonly commands: CommandBus,
    private readonly log: ExpirySweepLog,
    private readonly health: HealthContributors,
  ) {
    this.schedule = config.sweepAt === undefined ? undefined : new SweepSchedule(config.sweepAt, config.sweepTimezone);
  }

  onApplicationBootstrap(): void {
    this.health.register('expirySweep', () => this.status());
    if (!this.schedule || !sweepScheduleSettings.runOnBootstrap) return;
    this.job = new Cron(this.schedule.pattern, { timezone: this.schedule.timezone, protect: true, unref: true }, async () => {
      await this.sweepToday();
    });
    this.logger.log(`expiry sweep every day at ${this.schedule.at} ${this.schedule.timezone}; next ${this.job.nextRun()?.toISOString()}`);
    // Not awaited: the server answers meanwhile; /health shows the catch-up running.
    this.catchingUp = true;
    void this.runDueSweep().finally(() => (this.catchingUp = false));
  }

  async onModuleDestroy(): Promise<void> {
    this.job?.stop();
    this.job = undefined;
    // Let a sweep under way finish before the read-model database closes.
    await this.running;
  }

  /**
   * The catch-up at start: sweeps as of the date of the latest scheduled run (by the Clock) unless a sweep as of
   * that date or later has completed — by this server, another one, the HTTP route or the CLI.
   */
  async runDueSweep(): Promise<SweepOutcome> {
    if (!this.schedule) return { ran: false, reason: 'off' };
    const asOf = this.schedule.dueDate(this.clock.now());
    const last = this.log.last();
    if (last && last.asOf >= asOf) return { ran: false, asOf, reason: 'already-swept' };
    return this.sweep(asOf);
  }

  /** What the timer runs: a sweep as of today's date in SWEEP_TIMEZONE (always: a repeat records nothing). */
  sweepToday(): Promise<SweepOutcome> {
    return this.sweep(localDate(this.clock.now(), this.schedule?.timezone ?? 'UTC'));
  }

  /** The next scheduled run after the Clock's now (undefined when SWEEP_AT=off). */
  nextRun(): Date | undefined {
    return this.schedule?.nextRunAfter(this.clock.now());
  }

  /** /health: the last sweep, the next run, and whether the sweep is overdue (then `down`, so /health answers 503). */
  async status(): Promise<HealthReport> {
    const last = this.log.last();
    const now = this.clock.now();
    const ageHours = last ? (now.getTime() - Date.parse(last.completedAt)) / 3_600_000 : undefined;
    // No schedule, no promise to keep; while the start's catch-up runs, its outcome is not known yet.
    const overdue = this.schedule !== undefined && !this.catchingUp && (ageHours === undefined || ageHours > SWEEP_OVERDUE_AFTER_HOURS);
    return {
      status: overdue ? 'down' : 'up',
      schedule: this.schedule ? { at: this.schedule.at, timezone: this.schedule.timezone, nextRun: this.nextRun()?.toISOString() } : 'off',
      lastSweep: last ?? null,
      overdue,
      overdueAfterHours: SWEEP_OVERDUE_AFTER_HOURS,
      running: this.running !== undefined,
      ...(this.lastFailure ? { lastFailure: this.lastFailure } : {}),
    };
  }

  /** One sweep at a time in this process; a second request while one runs waits for it. */
  private sweep(asOf: string): Promise<SweepOutcome> {
    this.running ??= this.execute(asOf).finally(() => (this.running = undefined));
    return this.running;
  }

  private async execute(asOf: string): Promise<SweepOutcome> {
    // Derived from the date alone: every server's scheduled sweep as of one date is the same command.
    const commandId = deterministicUuid('scheduled-expiry-sweep', asOf);
    const context: CommandContext = { commandId, correlationId: commandId, actor: SCHEDULED_SWEEP_ACTOR };
    try {
      const report = await this.commands.execute<RunExpirySweep, ExpirySweepReport>(new RunExpirySweep(asOf, context));
      this.lastFailure = undefined;
      this.logger.log(`expiry sweep as of ${asOf}: recorded ${report.recorded.total} (checked ${report.artistsChecked} artists, ${report.partnersChecked} partners)`);
      return { ran: true, asOf, report };
    } catch (error) {
      const message = (error as Error).message;
      this.lastFailure = { asOf, at: this.clock.now().toISOString(), message };
      this.logger.error(`expiry sweep as of ${asOf} failed (the next scheduled run or a restart tries again): ${message}`);
      return { ran: false, asOf, reason: 'failed', error: message };
    }
  }
}
