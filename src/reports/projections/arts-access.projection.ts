import { RecordedEvent } from '../../event-store';
import { BatchedInsert } from '../../projections/batched-insert';
import { Projection, ProjectionTarget } from '../../projections/projection';
import { SessionLogCorrected, SessionLogged } from '../../partnerships/domain/partnership-events';
import { createSchoolDirectory, recordSchool, SCHOOL_DIRECTORY_EVENTS } from './school-directory';
import { InconsistentLogError, dataOf, physicalNames } from './report-projection';

export const ARTS_ACCESS_TABLES = {
  schools: 'arts_access_schools',
  sessions: 'arts_access_sessions',
} as const;
export type ArtsAccessTable = keyof typeof ARTS_ACCESS_TABLES;

/**
 * Sessions delivered per school, with the school's LEA and level. A session carries its school, LEA and art form,
 * so it is kept even when its school's registration has not been seen: the report joins at read time.
 */
export class ArtsAccessProjection implements Projection {
  readonly name = 'arts_access';
  readonly version = 1;
  readonly tables = Object.values(ARTS_ACCESS_TABLES);
  readonly filter = { eventTypes: [...SCHOOL_DIRECTORY_EVENTS, 'SessionLogged', 'SessionLogCorrected'] };

  setup(target: ProjectionTarget): void {
    const tables = physicalNames(target, ARTS_ACCESS_TABLES);
    const db = target.db;
    createSchoolDirectory(target, tables.schools);
    db.exec(`CREATE TABLE IF NOT EXISTS "${tables.sessions}" (
      partnership_id TEXT NOT NULL, session_id TEXT NOT NULL, assignment_id TEXT NOT NULL, school_id TEXT NOT NULL,
      lea TEXT NOT NULL, art_form TEXT NOT NULL, date TEXT NOT NULL, minutes INTEGER NOT NULL, students INTEGER NOT NULL,
      PRIMARY KEY (partnership_id, session_id)
    );
    CREATE INDEX IF NOT EXISTS "${tables.sessions}_by_lea" ON "${tables.sessions}" (lea, school_id);`);
  }

  apply(events: readonly RecordedEvent[], target: ProjectionTarget): void {
    const tables = physicalNames(target, ARTS_ACCESS_TABLES);
    // Prepared once per batch (target.prepare caches them per generation), not once per event.
    // OR IGNORE: a session id is logged once per partnership; a replayed batch must not count it twice.
    const sessions = new BatchedInsert(target, `INSERT OR IGNORE INTO "${tables.sessions}"`, 9);
    const correctSession = target.prepare(`UPDATE "${tables.sessions}" SET minutes = ?, students = ? WHERE partnership_id = ? AND session_id = ?`);
    for (const event of events) {
      switch (event.type) {
        case 'SchoolRegistered':
        case 'SchoolDetailsCorrected':
          recordSchool(target, tables.schools, event);
          break;
        case 'SessionLogged': {
          const s = dataOf<SessionLogged['data']>(event);
          sessions.add(s.partnershipId, s.sessionId, s.assignmentId, s.schoolId, s.lea, s.artForm, s.date, s.minutes, s.students);
          break;
        }
        case 'SessionLogCorrected': {
          const c = dataOf<SessionLogCorrected['data']>(event);
          sessions.flush();
          const changed = correctSession.run(c.minutes, c.students, c.partnershipId, c.sessionId).changes;
          // The correction and its session share a stream, so the session always comes first in a consistent log.
          if (changed === 0) throw new InconsistentLogError(event, `session ${c.sessionId} was never logged`);
          break;
        }
      }
    }
    sessions.flush();
  }
}
