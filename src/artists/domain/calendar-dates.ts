/**
 * Arithmetic on ISO calendar dates (`YYYY-MM-DD`), done in UTC so no time zone can shift a day.
 * Dates compare as strings; these helpers only move them.
 */
function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

// A date past year 9999 cannot be written as YYYY-MM-DD; "valid beyond 9999" is as good as forever.
const LAST_DATE = '9999-12-31';

function fromUtc(instant: Date): string {
  return instant.getUTCFullYear() > 9999 ? LAST_DATE : instant.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const instant = toUtc(date);
  instant.setUTCDate(instant.getUTCDate() + days);
  return fromUtc(instant);
}

/** The same day `years` later; 29 February lands on 1 March in a common year. */
export function addYears(date: string, years: number): string {
  const instant = toUtc(date);
  instant.setUTCFullYear(instant.getUTCFullYear() + years);
  return fromUtc(instant);
}

/** The last day (inclusive) of the school year containing `date`, given the school year's last day as `MM-DD`. */
export function endOfSchoolYear(date: string, lastDay: string): string {
  const year = Number(date.slice(0, 4));
  const thisYears = `${date.slice(0, 4)}-${lastDay}`;
  if (date <= thisYears) return thisYears;
  return year >= 9999 ? LAST_DATE : `${String(year + 1).padStart(4, '0')}-${lastDay}`;
}
