import { localDate, SweepSchedule } from './sweep-schedule';

describe('SweepSchedule (SWEEP_AT in SWEEP_TIMEZONE, computed with croner)', () => {
  const la = new SweepSchedule('02:00', 'America/Los_Angeles');

  it('is a daily cron pattern at the configured minute and hour', () => {
    expect(la.pattern).toBe('0 2 * * *');
    expect(new SweepSchedule('23:45', 'UTC').pattern).toBe('45 23 * * *');
  });

  it('runs next at 02:00 Los Angeles time (10:00 UTC in winter, 09:00 UTC in summer)', () => {
    expect(la.nextRunAfter(new Date('2026-12-04T12:00:00Z')).toISOString()).toBe('2026-12-05T10:00:00.000Z');
    expect(la.nextRunAfter(new Date('2026-12-04T09:59:00Z')).toISOString()).toBe('2026-12-04T10:00:00.000Z');
    expect(la.nextRunAfter(new Date('2026-07-01T00:00:00Z')).toISOString()).toBe('2026-07-01T09:00:00.000Z');
    expect(new SweepSchedule('02:00', 'UTC').nextRunAfter(new Date('2026-12-04T12:00:00Z')).toISOString()).toBe('2026-12-05T02:00:00.000Z');
  });

  it('still runs once on the days clocks change (02:00 does not exist on 2026-03-08 in Los Angeles)', () => {
    expect(la.nextRunAfter(new Date('2026-03-08T00:00:00Z')).toISOString()).toBe('2026-03-08T10:00:00.000Z'); // 03:00 PDT
    expect(la.nextRunAfter(new Date('2026-11-01T00:00:00Z')).toISOString()).toBe('2026-11-01T10:00:00.000Z'); // 02:00 PST, once
    expect(la.nextRunAfter(new Date('2026-11-01T10:00:00Z')).toISOString()).toBe('2026-11-02T10:00:00.000Z');
  });

  it('names as due the local date of the latest run at or before the instant', () => {
    expect(la.dueDate(new Date('2026-02-05T12:00:00Z'))).toBe('2026-02-05'); // 04:00 PST: today's run is past
    expect(la.dueDate(new Date('2026-02-05T10:00:00Z'))).toBe('2026-02-05'); // exactly 02:00
    expect(la.dueDate(new Date('2026-02-05T09:59:59Z'))).toBe('2026-02-04'); // 01:59: yesterday's run is the latest
    expect(la.dueDate(new Date('2026-02-06T03:00:00Z'))).toBe('2026-02-05'); // 19:00 PST on the 5th, already the 6th in UTC
  });

  it('reads local dates in the time zone, not in UTC', () => {
    expect(localDate(new Date('2026-02-06T03:00:00Z'), 'America/Los_Angeles')).toBe('2026-02-05');
    expect(localDate(new Date('2026-02-06T03:00:00Z'), 'UTC')).toBe('2026-02-06');
    expect(localDate(new Date('2026-02-05T23:30:00Z'), 'Pacific/Auckland')).toBe('2026-02-06');
  });
});
