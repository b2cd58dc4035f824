import { ProjectionTarget } from '../../projections/projection';
import { EvaluationScores } from '../../partnerships/domain/partnership-events';
import { PARTNERSHIP_HEALTH_TABLES } from '../projections/partnership-health.projection';
import { physicalNames } from '../projections/report-projection';
import { listCell, ReportTable } from './csv-document';
import { partnershipStatusOnSql } from '../../read-models/partnership-status-on';

export interface PartnershipHealth {
  readonly partnershipId: string;
  readonly lea: string;
  readonly name: string | null;
  readonly model: string | null;
  /** On today: from the dates its activation and conclusion took effect. */
  readonly status: string;
  readonly partnerIds: string[];
  readonly termEnd: string | null;
  readonly schoolsEnrolled: number;
  /** The latest check-in dated on or before today; null when there has been none by then. */
  readonly lastCheckIn: string | null;
  /** Whole days from the last check-in to today (never negative); null when there has been none. */
  readonly daysSinceLastCheckIn: number | null;
  /** These figures count only what is dated on or before today. */
  readonly checkIns: number;
  readonly evaluations: number;
  readonly latestEvaluation: (EvaluationScores & { date: string }) | null;
  /** Per dimension, rounded to two decimals; null without evaluations. */
  readonly averageEvaluation: EvaluationScores | null;
  readonly professionalDevelopment: { hours: number; sessions: number; attendees: number };
  readonly sessions: number;
  readonly sessionMinutes: number;
  readonly commitmentRecorded: boolean;
  readonly commitments: number;
  readonly latestCommitment: unknown;
}

export interface PartnershipHealthReport {
  readonly lea: string | null;
  readonly today: string;
  readonly partnerships: PartnershipHealth[];
}

interface Row {
  partnership_id: string; lea: string; name: string | null; model: string | null; status: string;
  partner_ids: string; term_end: string | null; schools_enrolled: number; last_check_in: string | null; check_ins: number;
  pd_hours: number; pd_sessions: number; pd_attendees: number; commitments: number; latest_commitment: string | null;
  sessions: number; session_minutes: number; evaluations: number; avg_meaningful: number | null; avg_collaborative: number | null; avg_additive: number | null;
}
interface LatestEvaluation { partnership_id: string; date: string; meaningful: number; collaborative: number; additive: number }

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Each partnership's health on `today` (the injected clock's date): every dated fact (session, check-in, professional
 * development, evaluation, activation, conclusion) counts from its own date, so what was recorded ahead of its day
 * is not yet part of it.
 */
export function readPartnershipHealth(target: ProjectionTarget, lea: string | null, today: string): PartnershipHealthReport {
  const t = physicalNames(target, PARTNERSHIP_HEALTH_TABLES);
  const where = lea === null ? '' : 'WHERE p.lea = @lea';
  const rows = target.prepare(`
    SELECT p.*, ${partnershipStatusOnSql('p')} AS status, coalesce(s.sessions, 0) AS sessions, coalesce(s.minutes, 0) AS session_minutes,
           c.last_check_in, coalesce(c.check_ins, 0) AS check_ins,
           coalesce(d.hours, 0) AS pd_hours, coalesce(d.sessions, 0) AS pd_sessions, coalesce(d.attendees, 0) AS pd_attendees,
           coalesce(e.evaluations, 0) AS evaluations, e.avg_meaningful, e.avg_collaborative, e.avg_additive
    FROM "${t.partnerships}" p
    LEFT JOIN (SELECT partnership_id, count(*) AS sessions, sum(minutes) AS minutes FROM "${t.sessions}" WHERE date <= @today GROUP BY partnership_id) s USING (partnership_id)
    LEFT JOIN (SELECT partnership_id, max(date) AS last_check_in, count(*) AS check_ins FROM "${t.checkIns}" WHERE date <= @today GROUP BY partnership_id) c USING (partnership_id)
    LEFT JOIN (SELECT partnership_id, sum(hours) AS hours, count(*) AS sessions, sum(attendees) AS attendees FROM "${t.professionalDevelopment}" WHERE date <= @today GROUP BY partnership_id) d USING (partnership_id)
    LEFT JOIN (SELECT partnership_id, count(*) AS evaluations, avg(meaningful) AS avg_meaningful, avg(collaborative) AS avg_collaborative,
                      avg(additive) AS avg_additive FROM "${t.evaluations}" WHERE date <= @today GROUP BY partnership_id) e USING (partnership_id)
    ${where} ORDER BY p.lea, p.name, p.partnership_id`).all(lea === null ? { today } : { today, lea }) as Row[];
  // The latest evaluation by its date (on or before the day); among evaluations of one date, the last recorded.
  const latest = target.prepare(`
    SELECT partnership_id, date, meaningful, collaborative, additive FROM (
      SELECT *, row_number() OVER (PARTITION BY partnership_id ORDER BY date DESC, position DESC) AS rank FROM "${t.evaluations}" WHERE date <= ?
    ) WHERE rank = 1`).all(today) as LatestEvaluation[];
  const latestByPartnership = new Map(latest.map((e) => [e.partnership_id, e]));
  const round = (value: number | null) => (value === null ? 0 : Math.round(value * 100) / 100);
  return {
    lea, today,
    partnerships: rows.map((r) => {
      const last = latestByPartnership.get(r.partnership_id);
      return {
        partnershipId: r.partnership_id, lea: r.lea, name: r.name, model: r.model, status: r.status,
        partnerIds: JSON.parse(r.partner_ids) as string[], termEnd: r.term_end, schoolsEnrolled: r.schools_enrolled,
        lastCheckIn: r.last_check_in,
        daysSinceLastCheckIn: r.last_check_in === null ? null : daysBetween(r.last_check_in, today),
        checkIns: r.check_ins,
        evaluations: r.evaluations,
        latestEvaluation: last ? { date: last.date, meaningful: last.meaningful, collaborative: last.collaborative, additive: last.additive } : null,
        averageEvaluation: r.evaluations === 0 ? null
          : { meaningful: round(r.avg_meaningful), collaborative: round(r.avg_collaborative), additive: round(r.avg_additive) },
        professionalDevelopment: { hours: r.pd_hours, sessions: r.pd_sessions, attendees: r.pd_attendees },
        sessions: r.sessions, sessionMinutes: r.session_minutes,
        commitmentRecorded: r.commitments > 0, commitments: r.commitments,
        latestCommitment: r.latest_commitment === null ? null : JSON.parse(r.latest_commitment),
      };
    }),
  };
}

export function partnershipHealthTable(report: PartnershipHealthReport): ReportTable {
  return {
    header: [
      'lea', 'partnershipId', 'partnership', 'model', 'status', 'partners', 'lastCheckIn', 'daysSinceLastCheckIn', 'checkIns', 'evaluations',
      'latestMeaningful', 'latestCollaborative', 'latestAdditive', 'averageMeaningful', 'averageCollaborative', 'averageAdditive',
      'pdHours', 'pdAttendees', 'sessions', 'sessionMinutes', 'commitmentRecorded',
    ],
    rows: report.partnerships.map((p) => [
      p.lea, p.partnershipId, p.name, p.model, p.status, listCell(p.partnerIds), p.lastCheckIn, p.daysSinceLastCheckIn, p.checkIns, p.evaluations,
      p.latestEvaluation?.meaningful, p.latestEvaluation?.collaborative, p.latestEvaluation?.additive,
      p.averageEvaluation?.meaningful, p.averageEvaluation?.collaborative, p.averageEvaluation?.additive,
      p.professionalDevelopment.hours, p.professionalDevelopment.attendees, p.sessions, p.sessionMinutes, p.commitmentRecorded,
    ]),
  };
}

