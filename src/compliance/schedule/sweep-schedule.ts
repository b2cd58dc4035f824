import { Cron } from 'croner';

/**
 * The daily sweep time (SWEEP_AT, `HH:MM`) in a time zone (SWEEP_TIMEZONE), as a croner pattern. Pure: every
 * answer is computed from the instant it is given, so the scheduler's decisions follow the injected Clock.
 * Daylight saving: on the day 02:00 does not exist (spring forward) croner runs at 03:00; on the day it occurs
 * twice (fall back) it runs once.
 */
export class SweepSchedule {
  /** `minute hour * * *` */
  readonly pattern: string;

  constructor(readonly at: string, readonly timezone: string) {
    const [hour, minute] = at.split(':').map(Number);
    this.pattern = `${minute} ${hour} * * *`;
  }

  /** A job that never fires by itself: only for computing run times. */
  private calculator(): Cron {
    return new Cron(this.pattern, { timezone: this.timezone, paused: true });
  }

  /** The first scheduled instant strictly after `instant`. */
  nextRunAfter(instant: Date): Date {
    const next = this.calculator().nextRun(instant);
    if (!next) throw new Error(`no next run for ${this.pattern} in ${this.timezone}`);
    return next;
  }

  /** The latest scheduled instant at or before `instant`. */
  lastRunAtOrBefore(instant: Date): Date {
    // previousRuns leaves out a run at exactly the reference instant; a millisecond later includes it.
    const [previous] = this.calculator().previousRuns(1, new Date(instant.getTime() + 1));
    if (!previous) throw new Error(`no previous run for ${this.pattern} in ${this.timezone}`);
    return previous;
  }

  /** The "as of" date of the sweep due at `instant`: the local date of the latest scheduled run at or before it. */
  dueDate(instant: Date): string {
    return localDate(this.lastRunAtOrBefore(instant), this.timezone);
  }
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
