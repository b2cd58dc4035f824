import { RecordedEvent } from '../../event-store';
import { Projection, ProjectionTarget } from '../../projections/projection';
import { PartnerDetailsCorrectedData, PartnerProposedData } from '../../partners/domain/partner-events';
import { ArtistAssigned, PartnershipProposed, SchoolEnrolled } from '../../partnerships/domain/partnership-events';
import { createSchoolDirectory, recordSchool, SCHOOL_DIRECTORY_EVENTS } from './school-directory';
import { dataOf, physicalNames } from './report-projection';

export const PARTNER_SERVICES_TABLES = {
  schools: 'partner_services_schools',
  partners: 'partner_services_partners',
  partnerships: 'partner_services_partnerships',
  partnership_partners: 'partner_services_partnership_partners',
  enrolments: 'partner_services_enrolments',
  assignments: 'partner_services_assignments',
} as const;
export type PartnerServicesTable = keyof typeof PARTNER_SERVICES_TABLES;

/**
 * Which partners reach which schools (through partnerships enrolling the school, or artists assigned there) and
 * what each partner offers. Facts are kept apart and joined when the report is read, so they may arrive in any order.
 */
export class PartnerServicesProjection implements Projection {
  readonly name = 'partner_services';
  readonly version = 2;
  readonly tables = Object.values(PARTNER_SERVICES_TABLES);
  readonly filter = {
    eventTypes: [
      ...SCHOOL_DIRECTORY_EVENTS, 'PartnerProposed', 'PartnerDetailsCorrected',
      'PartnershipProposed', 'PartnershipActivated', 'PartnershipConcluded', 'SchoolEnrolled', 'ArtistAssigned',
    ],
  };

  setup(target: ProjectionTarget): void {
    const t = physicalNames(target, PARTNER_SERVICES_TABLES);
    const db = target.db;
    createSchoolDirectory(target, t.schools);
    db.exec(`
    CREATE TABLE IF NOT EXISTS "${t.partners}" (partner_id TEXT PRIMARY KEY, name TEXT NOT NULL, services TEXT NOT NULL, art_forms TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS "${t.partnerships}" (
      partnership_id TEXT PRIMARY KEY, lea TEXT NOT NULL, name TEXT, activated_on TEXT, concluded_on TEXT, art_forms TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE IF NOT EXISTS "${t.partnership_partners}" (partnership_id TEXT NOT NULL, partner_id TEXT NOT NULL, PRIMARY KEY (partnership_id, partner_id));
    CREATE TABLE IF NOT EXISTS "${t.enrolments}" (partnership_id TEXT NOT NULL, school_id TEXT NOT NULL, PRIMARY KEY (school_id, partnership_id));
    CREATE TABLE IF NOT EXISTS "${t.assignments}" (
      partnership_id TEXT NOT NULL, assignment_id TEXT NOT NULL, partner_id TEXT NOT NULL, school_id TEXT NOT NULL, art_form TEXT NOT NULL,
      PRIMARY KEY (partnership_id, assignment_id)
    );
    CREATE INDEX IF NOT EXISTS "${t.assignments}_by_school" ON "${t.assignments}" (school_id);`);
  }

  apply(events: readonly RecordedEvent[], target: ProjectionTarget): void {
    const t = physicalNames(target, PARTNER_SERVICES_TABLES);
    // The day each step took effect, not the step itself: the report asks which partnerships are active on its day.
    const partnershipDate = (event: RecordedEvent, column: 'activated_on' | 'concluded_on') => {
      const { partnershipId, lea, effectiveDate } = dataOf<{ partnershipId: string; lea: string; effectiveDate: string }>(event);
      target.prepare(`INSERT INTO "${t.partnerships}" (partnership_id, lea, ${column}) VALUES (?, ?, ?)
        ON CONFLICT (partnership_id) DO UPDATE SET ${column} = excluded.${column}`).run(partnershipId, lea, effectiveDate);
    };
    for (const event of events) {
      switch (event.type) {
        case 'SchoolRegistered':
        case 'SchoolDetailsCorrected':
          recordSchool(target, t.schools, event);
          break;
        case 'PartnerProposed':
        case 'PartnerDetailsCorrected': {
          // A proposal to a second LEA repeats the profile; a correction replaces it. Either way the latest wins.
          const p = dataOf<PartnerProposedData | PartnerDetailsCorrectedData>(event);
          target.prepare(`INSERT INTO "${t.partners}" VALUES (?, ?, ?, ?)
            ON CONFLICT (partner_id) DO UPDATE SET name = excluded.name, services = excluded.services, art_forms = excluded.art_forms`)
            .run(p.partnerId, p.name, JSON.stringify(p.services), JSON.stringify(p.artForms));
          break;
        }
        case 'PartnershipProposed': {
          const p = dataOf<PartnershipProposed['data']>(event);
          target.prepare(`INSERT INTO "${t.partnerships}" (partnership_id, lea, name, art_forms) VALUES (?, ?, ?, ?)
            ON CONFLICT (partnership_id) DO UPDATE SET name = excluded.name, art_forms = excluded.art_forms`)
            .run(p.partnershipId, p.lea, p.name, JSON.stringify(p.artForms));
          for (const partnerId of p.partnerIds) {
            target.prepare(`INSERT OR IGNORE INTO "${t.partnership_partners}" VALUES (?, ?)`).run(p.partnershipId, partnerId);
          }
          break;
        }
        case 'PartnershipActivated':
          partnershipDate(event, 'activated_on');
          break;
        case 'PartnershipConcluded':
          partnershipDate(event, 'concluded_on');
          break;
        case 'SchoolEnrolled': {
          const e = dataOf<SchoolEnrolled['data']>(event);
          target.prepare(`INSERT OR IGNORE INTO "${t.enrolments}" VALUES (?, ?)`).run(e.partnershipId, e.schoolId);
          break;
        }
        case 'ArtistAssigned': {
          const a = dataOf<ArtistAssigned['data']>(event);
          target.prepare(`INSERT OR IGNORE INTO "${t.assignments}" VALUES (?, ?, ?, ?, ?)`).run(a.partnershipId, a.assignmentId, a.partnerId, a.schoolId, a.artForm);
          break;
        }
      }
    }
  }
}
