import { RecordedEvent } from '../../event-store';
import { Projection, ProjectionTarget } from '../../projections/projection';
import { PathwayCourseAddedData, PathwayDefinedData, WholeSchoolProgrammeRecordedData } from '../../pathways/domain/pathway-events';
import { createSchoolDirectory, recordSchool, SCHOOL_DIRECTORY_EVENTS } from './school-directory';
import { dataOf, physicalNames } from './report-projection';

export const PATHWAY_SEQUENCES_TABLES = {
  schools: 'pathway_sequences_schools',
  pathways: 'pathway_sequences_pathways',
  feeder_schools: 'pathway_sequences_feeder_schools',
  offerings: 'pathway_sequences_offerings',
} as const;
export type PathwaySequencesTable = keyof typeof PATHWAY_SEQUENCES_TABLES;

/**
 * Pathways with their feeder pattern, and what each school of it offers: courses (middle/high, by level) and
 * whole-school programmes (elementary) in one table, told apart by `kind`.
 */
export class PathwaySequencesProjection implements Projection {
  readonly name = 'pathway_sequences';
  readonly version = 1;
  readonly tables = Object.values(PATHWAY_SEQUENCES_TABLES);
  readonly filter = { eventTypes: [...SCHOOL_DIRECTORY_EVENTS, 'PathwayDefined', 'PathwayCourseAdded', 'WholeSchoolProgrammeRecorded'] };

  setup(target: ProjectionTarget): void {
    const t = physicalNames(target, PATHWAY_SEQUENCES_TABLES);
    const db = target.db;
    createSchoolDirectory(target, t.schools);
    db.exec(`
    CREATE TABLE IF NOT EXISTS "${t.pathways}" (pathway_id TEXT PRIMARY KEY, lea TEXT NOT NULL, name TEXT NOT NULL, art_form TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS "${t.pathways}_by_lea" ON "${t.pathways}" (lea);
    CREATE TABLE IF NOT EXISTS "${t.feeder_schools}" (
      pathway_id TEXT NOT NULL, school_id TEXT NOT NULL, stage TEXT NOT NULL, ordinal INTEGER NOT NULL, PRIMARY KEY (pathway_id, school_id)
    );
    CREATE TABLE IF NOT EXISTS "${t.offerings}" (
      pathway_id TEXT NOT NULL, offering_id TEXT NOT NULL, kind TEXT NOT NULL, school_id TEXT NOT NULL, level TEXT,
      title TEXT NOT NULL, school_year TEXT NOT NULL, delivered_by TEXT NOT NULL, partner_id TEXT,
      PRIMARY KEY (pathway_id, kind, offering_id)
    );`);
  }

  apply(events: readonly RecordedEvent[], target: ProjectionTarget): void {
    const t = physicalNames(target, PATHWAY_SEQUENCES_TABLES);
    for (const event of events) {
      switch (event.type) {
        case 'SchoolRegistered':
        case 'SchoolDetailsCorrected':
          recordSchool(target, t.schools, event);
          break;
        case 'PathwayDefined': {
          const p = dataOf<PathwayDefinedData>(event);
          target.prepare(`INSERT OR REPLACE INTO "${t.pathways}" VALUES (?, ?, ?, ?)`).run(p.pathwayId, p.lea, p.name, p.artForm);
          const stages = [
            ['elementary', p.feederPattern.elementarySchoolIds],
            ['middle', p.feederPattern.middleSchoolIds],
            ['high', p.feederPattern.highSchoolIds],
          ] as const;
          let ordinal = 0;
          for (const [stage, schoolIds] of stages) {
            for (const schoolId of schoolIds) {
              target.prepare(`INSERT OR REPLACE INTO "${t.feeder_schools}" VALUES (?, ?, ?, ?)`).run(p.pathwayId, schoolId, stage, ordinal++);
            }
          }
          break;
        }
        case 'PathwayCourseAdded': {
          const c = dataOf<PathwayCourseAddedData>(event);
          target.prepare(`INSERT OR IGNORE INTO "${t.offerings}" VALUES (?, ?, 'course', ?, ?, ?, ?, ?, ?)`)
            .run(c.pathwayId, c.courseId, c.schoolId, c.level, c.title, c.schoolYear, c.deliveredBy, c.deliveredBy === 'partner' ? c.partnerId : null);
          break;
        }
        case 'WholeSchoolProgrammeRecorded': {
          const w = dataOf<WholeSchoolProgrammeRecordedData>(event);
          target.prepare(`INSERT OR IGNORE INTO "${t.offerings}" VALUES (?, ?, 'programme', ?, NULL, ?, ?, ?, ?)`)
            .run(w.pathwayId, w.programmeId, w.schoolId, w.title, w.schoolYear, w.deliveredBy, w.deliveredBy === 'partner' ? w.partnerId : null);
          break;
        }
      }
    }
  }
}
