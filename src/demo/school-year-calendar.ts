/**
 * The 2026-27 school year the demo district lives in. Fixed dates, never "today": the demo must send the same
 * bodies on every run so a second run is recognised as a repeat and writes nothing.
 */
export const SCHOOL_YEAR = '2026-27';
export const FIRST_TEACHING_WEEK = '2026-09-14';
export const LAST_TEACHING_DAY = '2027-05-28';

/** The day compliance staff look at the roster in the story: clearances expiring within 30 days of it are flagged. */
export const ROSTER_REVIEW_DATE = '2026-11-20';

/** Weeks without sessions: Thanksgiving, winter break, spring break (Mondays of those weeks). */
const BREAK_WEEKS = new Set(['2026-11-23', '2026-12-21', '2026-12-28', '2027-03-29']);

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * One session a week on `weekday` (0 = Monday … 4 = Friday) from `from` to `until` inclusive, skipping breaks.
 * Assignments on different weekdays spread the district's sessions over the week.
 */
export function weeklySessionDates(weekday: number, from = FIRST_TEACHING_WEEK, until = LAST_TEACHING_DAY): string[] {
  const dates: string[] = [];
  for (let monday = from; monday <= until; monday = addDays(monday, 7)) {
    const day = addDays(monday, weekday);
    if (!BREAK_WEEKS.has(monday) && day <= until) dates.push(day);
  }
  return dates;
}

/** A date in each teaching month, for check-ins (the `day`th of October … May). */
export function monthlyDates(day: number): string[] {
  const months = ['2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05'];
  return months.map((month) => `${month}-${String(day).padStart(2, '0')}`);
}
