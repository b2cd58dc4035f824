export const SCHOOL_LEVELS = ['elementary', 'middle', 'high'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

/** Grades as US schools name them, TK (transitional kindergarten) to 12. */
export const GRADES = ['TK', 'K', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const;
export type Grade = (typeof GRADES)[number];

/** "2026-27": the year a school year starts in, and the last two digits of the next one. */
export function isSchoolYear(value: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]);
}
