import { ProjectionTarget } from '../../projections/projection';
import { ART_FORMS } from '../../artists/domain/art-form';
import { PARTNER_SERVICES } from '../../partners/domain/partner-profile';
import { PARTNER_SERVICES_TABLES } from '../projections/partner-services.projection';
import { physicalNames } from '../projections/report-projection';
import { listCell, ReportTable } from './csv-document';
import { partnershipStatusOnSql } from '../../read-models/partnership-status-on';

export interface SchoolServices {
  readonly schoolId: string;
  readonly lea: string;
  readonly name: string;
  readonly level: string;
  /** Partners working at the school through an active partnership that enrols it or an artist assigned there. */
  readonly partners: { partnerId: string; name: string | null }[];
  readonly services: string[];
  readonly artForms: string[];
  readonly serviceGaps: string[];
  readonly artFormGaps: string[];
}

export interface PartnerServicesReport {
  readonly lea: string | null;
  /** The day the partnerships counted are active on. */
  readonly today: string;
  readonly schools: SchoolServices[];
  /** Schools missing at least one service or art form. */
  readonly schoolsWithGaps: { schoolId: string; name: string; serviceGaps: string[]; artFormGaps: string[] }[];
}

interface Reach { school_id: string; partner_id: string; partner_name: string | null; services: string | null; art_forms: string | null }

/**
 * Services offered per registered school on `today`, and what no partner offers it. Only partnerships active on that
 * day count, from the dates their activation and conclusion took effect: a proposed one offers nothing yet, a concluded
 * one nothing any more, and one whose conclusion is recorded for a later day still does until then.
 */
export function readPartnerServices(target: ProjectionTarget, lea: string | null, today: string): PartnerServicesReport {
  const t = physicalNames(target, PARTNER_SERVICES_TABLES);
  const where = lea === null ? '' : 'WHERE lea = ?';
  const args = lea === null ? [] : [lea];
  const schools = target.prepare(`SELECT school_id, lea, name, level FROM "${t.schools}" ${where} ORDER BY lea, name, school_id`).all(...args) as
    { school_id: string; lea: string; name: string; level: string }[];
  // Art forms come from the partnership (what it set out to teach) and from the assignments (what is taught).
  const reach = target.prepare(`
    WITH active AS (SELECT partnership_id, art_forms FROM "${t.partnerships}" p WHERE ${partnershipStatusOnSql('p')} = 'active'),
    reached AS (
      SELECT e.school_id, pp.partner_id, a.art_forms AS art_forms FROM "${t.enrolments}" e
        JOIN active a USING (partnership_id) JOIN "${t.partnership_partners}" pp USING (partnership_id)
      UNION ALL
      SELECT s.school_id, s.partner_id, '["' || s.art_form || '"]' FROM "${t.assignments}" s JOIN active USING (partnership_id)
    )
    SELECT r.school_id, r.partner_id, p.name AS partner_name, p.services, r.art_forms
    FROM reached r LEFT JOIN "${t.partners}" p USING (partner_id)`).all({ today }) as Reach[];

  const bySchool = new Map<string, Reach[]>();
  for (const r of reach) bySchool.set(r.school_id, [...(bySchool.get(r.school_id) ?? []), r]);
  const rows = schools.map((s): SchoolServices => {
    const reaching = bySchool.get(s.school_id) ?? [];
    const services = new Set(reaching.flatMap((r) => (r.services ? (JSON.parse(r.services) as string[]) : [])));
    const artForms = new Set(reaching.flatMap((r) => JSON.parse(r.art_forms ?? '[]') as string[]));
    const partners = new Map(reaching.map((r) => [r.partner_id, r.partner_name]));
    return {
      schoolId: s.school_id, lea: s.lea, name: s.name, level: s.level,
      partners: [...partners].map(([partnerId, name]) => ({ partnerId, name })).sort((a, b) => a.partnerId.localeCompare(b.partnerId)),
      services: PARTNER_SERVICES.filter((x) => services.has(x)),
      artForms: ART_FORMS.filter((x) => artForms.has(x)),
      serviceGaps: PARTNER_SERVICES.filter((x) => !services.has(x)),
      artFormGaps: ART_FORMS.filter((x) => !artForms.has(x)),
    };
  });
  return {
    lea,
    today,
    schools: rows,
    schoolsWithGaps: rows
      .filter((s) => s.serviceGaps.length > 0 || s.artFormGaps.length > 0)
      .map(({ schoolId, name, serviceGaps, artFormGaps }) => ({ schoolId, name, serviceGaps, artFormGaps })),
  };
}

export function partnerServicesTable(report: PartnerServicesReport): ReportTable {
  return {
    header: ['lea', 'schoolId', 'school', 'level', 'partners', 'services', 'artForms', 'serviceGaps', 'artFormGaps'],
    rows: report.schools.map((s) => [
      s.lea, s.schoolId, s.name, s.level, listCell(s.partners.map((p) => p.partnerId)), listCell(s.services), listCell(s.artForms),
      listCell(s.serviceGaps), listCell(s.artFormGaps),
    ]),
  };
}
