import { ProjectionTarget } from '../../projections/projection';
import { COURSE_LEVELS, CourseLevel } from '../../pathways/domain/course-level';
import { PATHWAY_SEQUENCES_TABLES } from '../projections/pathway-sequences.projection';
import { physicalNames } from '../projections/report-projection';
import { listCell, ReportTable } from './csv-document';

export interface PathwayOffering {
  readonly id: string;
  readonly title: string;
  readonly level: CourseLevel | null;
  readonly schoolYear: string;
  readonly deliveredBy: string;
  readonly partnerId: string | null;
}

export interface PathwaySchool {
  readonly schoolId: string;
  readonly name: string | null;
  readonly stage: 'elementary' | 'middle' | 'high';
  /** Course levels offered at this school (middle and high). */
  readonly levels: CourseLevel[];
  readonly courses: PathwayOffering[];
  /** Elementary: whether a whole-school programme is recorded. */
  readonly wholeSchoolProgramme: boolean;
  readonly programmes: PathwayOffering[];
  /**
   * This school offers its stage's part of the sequence (elementary: a whole-school programme; middle and high: at
   * least one course) and a student here can reach beginning, intermediate and advanced along the feeder pattern.
   */
  readonly sequenceComplete: boolean;
}

export interface PathwayReportEntry {
  readonly pathwayId: string;
  readonly lea: string;
  readonly name: string;
  readonly artForm: string;
  readonly levelsOffered: CourseLevel[];
  readonly completeSequence: boolean;
  readonly missingLevels: CourseLevel[];
  readonly elementaryWithoutProgramme: string[];
  readonly schools: PathwaySchool[];
}

export interface PathwaysReport {
  readonly lea: string | null;
  readonly pathways: PathwayReportEntry[];
}

interface Feeder { pathway_id: string; school_id: string; stage: PathwaySchool['stage']; name: string | null }
interface Offering { pathway_id: string; offering_id: string; kind: 'course' | 'programme'; school_id: string; level: CourseLevel | null; title: string; school_year: string; delivered_by: string; partner_id: string | null }

const inOrder = (levels: Iterable<CourseLevel>) => {
  const present = new Set(levels);
  return COURSE_LEVELS.filter((level) => present.has(level));
};

/**
 * Per pathway, what each school of its feeder pattern offers. A high school's sequence is complete when its own
 * courses and those of the middle schools feeding it reach beginning, intermediate and advanced; the pathway is
 * complete when one of its high schools is (or, without high schools, its middle schools together). A school counts
 * as sequence-complete only when it offers its own stage's part: an elementary school without a whole-school
 * programme, or a middle school without a course, is not, however complete the rest of the pattern is.
 */
export function readPathways(target: ProjectionTarget, lea: string | null): PathwaysReport {
  const t = physicalNames(target, PATHWAY_SEQUENCES_TABLES);
  const where = lea === null ? '' : 'WHERE lea = ?';
  const args = lea === null ? [] : [lea];
  const pathways = target.prepare(`SELECT * FROM "${t.pathways}" ${where} ORDER BY lea, name, pathway_id`).all(...args) as
    { pathway_id: string; lea: string; name: string; art_form: string }[];
  const feeders = target.prepare(`SELECT f.pathway_id, f.school_id, f.stage, s.name FROM "${t.feeder_schools}" f
    LEFT JOIN "${t.schools}" s USING (school_id) ORDER BY f.pathway_id, f.ordinal`).all() as Feeder[];
  const offerings = target.prepare(`SELECT * FROM "${t.offerings}" ORDER BY pathway_id, school_year, offering_id`).all() as Offering[];

  return {
    lea,
    pathways: pathways.map((p) => {
      const own = offerings.filter((o) => o.pathway_id === p.pathway_id);
      const offered = (schoolId: string, kind: Offering['kind']) =>
        own.filter((o) => o.school_id === schoolId && o.kind === kind).map((o): PathwayOffering => ({
          id: o.offering_id, title: o.title, level: o.level, schoolYear: o.school_year, deliveredBy: o.delivered_by, partnerId: o.partner_id,
        }));
      const pattern = feeders.filter((f) => f.pathway_id === p.pathway_id);
      const middleLevels = inOrder(pattern.filter((f) => f.stage === 'middle').flatMap((f) => offered(f.school_id, 'course').map((c) => c.level!)));
      const highChains = pattern.filter((f) => f.stage === 'high')
        .map((f) => inOrder([...middleLevels, ...offered(f.school_id, 'course').map((c) => c.level!)]));
      const completeSequence = highChains.length > 0 ? highChains.some((chain) => chain.length === COURSE_LEVELS.length) : middleLevels.length === COURSE_LEVELS.length;
      const schools = pattern.map((f): PathwaySchool => {
        const courses = offered(f.school_id, 'course');
        const programmes = offered(f.school_id, 'programme');
        const levels = inOrder(courses.map((c) => c.level!));
        const offersItsPart = f.stage === 'elementary' ? programmes.length > 0 : courses.length > 0;
        const reachesEveryLevel = f.stage === 'high' ? inOrder([...middleLevels, ...levels]).length === COURSE_LEVELS.length : completeSequence;
        return {
          schoolId: f.school_id, name: f.name, stage: f.stage, levels, courses, wholeSchoolProgramme: programmes.length > 0, programmes,
          sequenceComplete: offersItsPart && reachesEveryLevel,
        };
      });
      const levelsOffered = inOrder(schools.flatMap((s) => s.levels));
      return {
        pathwayId: p.pathway_id, lea: p.lea, name: p.name, artForm: p.art_form,
        levelsOffered, completeSequence, missingLevels: COURSE_LEVELS.filter((l) => !levelsOffered.includes(l)),
        elementaryWithoutProgramme: schools.filter((s) => s.stage === 'elementary' && !s.wholeSchoolProgramme).map((s) => s.schoolId),
        schools,
      };
    }),
  };
}

/** One row per school of each pathway's feeder pattern. */
export function pathwaysTable(report: PathwaysReport): ReportTable {
  return {
    header: ['lea', 'pathwayId', 'pathway', 'artForm', 'pathwayComplete', 'schoolId', 'school', 'stage', 'levels', 'wholeSchoolProgramme', 'sequenceComplete'],
    rows: report.pathways.flatMap((p) => p.schools.map((s) => [
      p.lea, p.pathwayId, p.name, p.artForm, p.completeSequence, s.schoolId, s.name, s.stage, listCell(s.levels), s.wholeSchoolProgramme, s.sequenceComplete,
    ])),
  };
}
