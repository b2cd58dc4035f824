import { ProjectionTarget } from '../../projections/projection';
import { ARTS_ACCESS_TABLES } from '../projections/arts-access.projection';
import { physicalNames } from '../projections/report-projection';
import { listCell, ReportTable } from './csv-document';

export interface ArtsAccessFigures {
  readonly artForms: string[];
  readonly sessions: number;
  readonly minutes: number;
  /** Students counted once per assignment (its largest session): a class met 12 times is one class of students. */
  readonly studentsServed: number;
  /** Students summed over every session. */
  readonly studentAttendances: number;
}

export interface ArtsAccessSchool extends ArtsAccessFigures {
  readonly schoolId: string;
  readonly lea: string;
  /** null while the school's registration has not reached the projection. */
  readonly name: string | null;
  readonly level: string | null;
  readonly enrolment: number | null;
}

export interface ArtsAccessReport {
  readonly lea: string | null;
  /** The day the figures are for: sessions dated after it are not delivered yet and not counted. */
  readonly today: string;
  readonly schools: ArtsAccessSchool[];
  readonly leas: (ArtsAccessFigures & { lea: string; schools: number; schoolsReached: number })[];
}

interface SchoolRow { school_id: string; lea: string; name: string; level: string; enrolment: number }
interface SessionFigures { school_id: string; lea: string; art_forms: string | null; sessions: number; minutes: number; attendances: number; served: number }

/**
 * Every school (reached or not) with the sessions, minutes and students delivered there by `today` (a session counts
 * from its own date: one recorded ahead of its day is not delivered yet); totals per LEA.
 */
export function readArtsAccess(target: ProjectionTarget, lea: string | null, today: string): ArtsAccessReport {
  const t = physicalNames(target, ARTS_ACCESS_TABLES);
  const where = lea === null ? '' : 'WHERE lea = ?';
  const args = lea === null ? [] : [lea];
  const schools = target.prepare(`SELECT * FROM "${t.schools}" ${where}`).all(...args) as SchoolRow[];
  const delivered = lea === null ? 'WHERE date <= ?' : 'WHERE lea = ? AND date <= ?';
  // Per assignment first (peak class size), then per school.
  const figures = target.prepare(`
    SELECT school_id, lea, group_concat(art_forms, ',') AS art_forms, sum(sessions) AS sessions, sum(minutes) AS minutes,
           sum(attendances) AS attendances, sum(peak) AS served
    FROM (SELECT school_id, lea, group_concat(DISTINCT art_form) AS art_forms, count(*) AS sessions, sum(minutes) AS minutes,
                 sum(students) AS attendances, max(students) AS peak
          FROM "${t.sessions}" ${delivered} GROUP BY partnership_id, assignment_id, school_id, lea)
    GROUP BY school_id, lea`).all(...args, today) as SessionFigures[];

  const bySchool = new Map(figures.map((f) => [f.school_id, f]));
  const rows: ArtsAccessSchool[] = schools.map((s) => schoolFigures(s.school_id, s.lea, s, bySchool.get(s.school_id)));
  const registered = new Set(schools.map((s) => s.school_id));
  for (const f of figures) if (!registered.has(f.school_id)) rows.push(schoolFigures(f.school_id, f.lea, undefined, f));
  rows.sort((a, b) => a.lea.localeCompare(b.lea) || (a.name ?? a.schoolId).localeCompare(b.name ?? b.schoolId));
  return { lea, today, schools: rows, leas: leaTotals(rows) };
}

function schoolFigures(schoolId: string, lea: string, school: SchoolRow | undefined, f: SessionFigures | undefined): ArtsAccessSchool {
  return {
    schoolId, lea, name: school?.name ?? null, level: school?.level ?? null, enrolment: school?.enrolment ?? null,
    artForms: [...new Set((f?.art_forms ?? '').split(',').filter(Boolean))].sort(),
    sessions: f?.sessions ?? 0, minutes: f?.minutes ?? 0, studentsServed: f?.served ?? 0, studentAttendances: f?.attendances ?? 0,
  };
}

function leaTotals(schools: readonly ArtsAccessSchool[]): ArtsAccessReport['leas'] {
  const totals = new Map<string, ArtsAccessReport['leas'][number]>();
  for (const s of schools) {
    const total = totals.get(s.lea) ?? { lea: s.lea, schools: 0, schoolsReached: 0, artForms: [], sessions: 0, minutes: 0, studentsServed: 0, studentAttendances: 0 };
    totals.set(s.lea, {
      ...total,
      schools: total.schools + 1,
      schoolsReached: total.schoolsReached + (s.sessions > 0 ? 1 : 0),
      artForms: [...new Set([...total.artForms, ...s.artForms])].sort(),
      sessions: total.sessions + s.sessions,
      minutes: total.minutes + s.minutes,
      studentsServed: total.studentsServed + s.studentsServed,
      studentAttendances: total.studentAttendances + s.studentAttendances,
    });
  }
  return [...totals.values()];
}

export function artsAccessTable(report: ArtsAccessReport): ReportTable {
  return {
    header: ['lea', 'schoolId', 'school', 'level', 'enrolment', 'artForms', 'sessions', 'minutes', 'studentsServed', 'studentAttendances'],
    rows: report.schools.map((s) => [s.lea, s.schoolId, s.name, s.level, s.enrolment, listCell(s.artForms), s.sessions, s.minutes, s.studentsServed, s.studentAttendances]),
  };
}
