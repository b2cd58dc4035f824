import { RecordedEvent } from '../../event-store';
import { ProjectionTarget } from '../../projections/projection';
import { SchoolRegisteredData } from '../../schools/domain/school-events';
import { dataOf } from './report-projection';

/*
 * Several reports need a school's LEA, name and level. Each keeps its own copy (so each projection rebuilds
 * alone); this is the one way they all keep it.
 */
export const SCHOOL_DIRECTORY_EVENTS = ['SchoolRegistered', 'SchoolDetailsCorrected'] as const;

export function createSchoolDirectory(target: ProjectionTarget, table: string): void {
  target.db.exec(`CREATE TABLE IF NOT EXISTS "${table}" (
    school_id TEXT PRIMARY KEY, lea TEXT NOT NULL, name TEXT NOT NULL, level TEXT NOT NULL, enrolment INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS "${table}_by_lea" ON "${table}" (lea);`);
}

/** Registration and correction carry the same fields: the latest wins. */
export function recordSchool(target: ProjectionTarget, table: string, event: RecordedEvent): void {
  const school = dataOf<SchoolRegisteredData>(event);
  target.prepare(
    `INSERT INTO "${table}" (school_id, lea, name, level, enrolment) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (school_id) DO UPDATE SET lea = excluded.lea, name = excluded.name, level = excluded.level, enrolment = excluded.enrolment`,
  ).run(school.schoolId, school.lea, school.name, school.level, school.enrolment);
}
