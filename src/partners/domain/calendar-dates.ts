/** The calendar day after `date` (YYYY-MM-DD), computed in UTC so no time zone can shift it. */
export function dayAfter(date: string): string {
  const instant = new Date(`${date}T00:00:00.000Z`);
  instant.setUTCDate(instant.getUTCDate() + 1);
  return instant.toISOString().slice(0, 10);
}
