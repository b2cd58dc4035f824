/** The course sequence middle and high schools offer, in order. */
export const COURSE_LEVELS = ['beginning', 'intermediate', 'advanced'] as const;
export type CourseLevel = (typeof COURSE_LEVELS)[number];

/** The level a course of `level` builds on, or null for beginning. */
export function levelBelow(level: CourseLevel): CourseLevel | null {
  const index = COURSE_LEVELS.indexOf(level);
  return index > 0 ? COURSE_LEVELS[index - 1] : null;
}
