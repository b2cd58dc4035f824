import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { CLEARANCE_POLICY } from '../artists/application/clearance-policy.provider';
import { endOfSchoolYear } from '../artists/domain/calendar-dates';
import { ClearancePolicy, schoolYearLastDayFor } from '../artists/domain/clearance-policy';
import { Engagement } from '../artists/domain/clearance-requirement';
import { Clock } from '../clock/clock';
import { RequestValidationError } from '../http/validation/request-validation';
import { ProjectionTarget } from '../projections/projection';
import { ProjectionNotReadyError, ProjectionReader } from '../projections/projection-reader';
import { CoverSpell, RosterSpell } from './date-intervals';
import { DirectoryProjection } from './directory.projection';
import { directoryTables, DirectoryTableNames, Listing, listingTables } from './directory-tables';
import {
  ArtistListItem, ArtistPage, PartnerListItem, PartnerPage, PartnershipListItem, PartnershipPage, PathwayListItem, PathwayPage, SchoolListItem, SchoolPage,
} from './http/directory-items.dto';
import {
  ArtistListQuery, DEFAULT_LIMIT, PartnerListQuery, PartnershipListQuery, PathwayListQuery, SchoolListQuery,
} from './http/directory-query.dto';
import { activeAssignmentsOn, nextClearanceExpiry, nextCoverExpiry, rosterStatusOn, StoredAssignment, StoredSpell, validClearancesOn } from './judged-today';
import { ListingPageQuery, readListingPage } from './listing-search';
import { mayWorkIn } from './may-work';
import { decodeCursor, encodeCursor, searchTerm } from './search-text';
import { partnershipStatusOnSql } from '../read-models/partnership-status-on';

interface Paging {
  readonly q?: string;
  readonly cursor?: string;
  readonly limit?: string;
}

type Filters = Pick<ListingPageQuery<unknown>, 'where' | 'params'>;

/**
 * The five listings, read from the live generation of the `directory` projection in one read transaction each.
 * "Today" is the injected clock's, read once per request; every date-dependent answer (may work, roster status,
 * next expiry, Arts Lead) is judged against it here, from the intervals the projection stored.
 */
@Injectable()
export class DirectoryReader {
  constructor(
    private readonly reader: ProjectionReader,
    private readonly projection: DirectoryProjection,
    private readonly clock: Clock,
    @Inject(CLEARANCE_POLICY) private readonly policy: ClearancePolicy,
  ) {}

  artists(query: ArtistListQuery): ArtistPage {
    const today = this.clock.today();
    const lea = query.lea;
    const mayWork = query.mayWork === undefined ? undefined : query.mayWork === 'true';
    const judge = (row: ArtistRow) => {
      const spells = JSON.parse(row.spells) as StoredSpell[];
      const validToday = validClearancesOn(spells, today);
      const engagement = row.engagement as Engagement;
      const leas = JSON.parse(row.leas) as string[];
      const mayWorkInLeas = leas.filter((l) => mayWorkIn(this.policy, engagement, l, validToday));
      return { spells, engagement, leas, mayWorkInLeas, mayWork: lea !== undefined ? mayWorkIn(this.policy, engagement, lea, validToday) : mayWorkInLeas.length > 0 };
    };
    return this.page('artists', query, (_target, t) => {
      const where: string[] = [];
      if (lea !== undefined) where.push(`EXISTS (SELECT 1 FROM "${t.artist_leas}" l WHERE l.artist_id = m.id AND l.lea = @lea)`);
      if (query.partnerId !== undefined) where.push('m.partner_id = @partnerId');
      return {
        filters: { where, params: { lea, partnerId: query.partnerId } },
        select: 'm.id, m.name, m.partner_id, m.engagement, m.art_forms, m.leas, m.spells, p.name AS partner_name',
        joins: `LEFT JOIN "${t.partners}" p ON p.id = m.partner_id`,
        // "May work today" is judged in code, from the spells the row keeps (may-work.ts).
        accept: mayWork === undefined ? undefined : (row: ArtistRow) => judge(row).mayWork === mayWork,
      };
    }, (_target, _t, row: ArtistRow): ArtistListItem => {
      const judged = judge(row);
      return {
        id: row.id,
        name: row.name,
        partnerId: row.partner_id,
        partnerName: row.partner_name,
        engagement: judged.engagement,
        artForms: JSON.parse(row.art_forms) as string[],
        leas: judged.leas,
        mayWork: judged.mayWork,
        mayWorkIn: judged.mayWorkInLeas,
        nextExpiry: nextClearanceExpiry(judged.spells, today, lea),
      };
    });
  }

  partners(query: PartnerListQuery): PartnerPage {
    const today = this.clock.today();
    const lea = query.lea;
    return this.page('partners', query, (_target, t) => {
      const where: string[] = [];
      if (lea !== undefined) where.push(`EXISTS (SELECT 1 FROM "${t.partner_leas}" l WHERE l.partner_id = m.id AND l.lea = @lea)`);
      if (query.rosterStatus !== undefined) {
        where.push(`EXISTS (SELECT 1 FROM "${t.partner_roster}" r WHERE r.partner_id = m.id AND r.status = @rosterStatus
          AND r.from_date <= @today AND (r.until_date IS NULL OR r.until_date >= @today) ${lea !== undefined ? 'AND r.lea = @lea' : ''})`);
      }
      return {
        filters: { where, params: { lea, rosterStatus: query.rosterStatus, today } },
        select: 'm.id, m.name, m.kind, m.services, m.art_forms, m.leas, m.roster, m.cover, coalesce(a.artists, 0) AS artist_count',
        joins: `LEFT JOIN "${t.partner_artists}" a ON a.partner_id = m.id`,
      };
    }, (_target, _t, row: PartnerRow): PartnerListItem => {
      const leas = JSON.parse(row.leas) as string[];
      return {
        id: row.id,
        name: row.name,
        kind: row.kind,
        services: JSON.parse(row.services) as string[],
        artForms: JSON.parse(row.art_forms) as string[],
        leas,
        rosterStatus: rosterStatusOn(JSON.parse(row.roster) as RosterSpell[], leas, today),
        artistCount: row.artist_count,
        nextExpiry: nextCoverExpiry(JSON.parse(row.cover) as CoverSpell[], today),
      };
    });
  }

  schools(query: SchoolListQuery): SchoolPage {
    const today = this.clock.today();
    return this.page('schools', query, () => ({
      filters: {
        where: [...(query.lea !== undefined ? ['m.lea = @lea'] : []), ...(query.level !== undefined ? ['m.level = @level'] : [])],
        params: { lea: query.lea, level: query.level },
      },
      select: 'm.id, m.name, m.lea, m.level, m.grades, m.enrolment, m.arts_leads',
    }), (target, t, row: SchoolRow): SchoolListItem => {
      const leads = JSON.parse(row.arts_leads) as { schoolYear: string; name: string }[];
      const year = schoolYearOf(today, schoolYearLastDayFor(this.policy, row.lea));
      return {
        id: row.id,
        name: row.name,
        lea: row.lea,
        level: row.level,
        grades: JSON.parse(row.grades) as string[],
        enrolment: row.enrolment,
        artsLead: leads.find((lead) => lead.schoolYear === year)?.name ?? null,
        partnershipCount: target.prepare(`SELECT count(*) FROM "${t.school_enrolments}" WHERE school_id = ?`).pluck().get(row.id) as number,
      };
    });
  }

  partnerships(query: PartnershipListQuery): PartnershipPage {
    const today = this.clock.today();
    return this.page('partnerships', query, (_target, t) => ({
      filters: {
        where: [
          ...(query.lea !== undefined ? ['m.lea = @lea'] : []),
          ...(query.status !== undefined ? [`${PARTNERSHIP_STATUS_TODAY} = @status`] : []),
          ...(query.schoolId !== undefined ? [`EXISTS (SELECT 1 FROM "${t.school_enrolments}" e WHERE e.school_id = @schoolId AND e.partnership_id = m.id)`] : []),
        ],
        params: { lea: query.lea, status: query.status, schoolId: query.schoolId, today },
      },
      select: `m.id, m.name, m.lea, ${PARTNERSHIP_STATUS_TODAY} AS status, m.partner_ids, m.scope, m.model, m.art_forms, m.term_end, m.school_count, m.assignment_count,
        m.assignments, coalesce(s.sessions, 0) AS session_count`,
      joins: `LEFT JOIN "${t.partnership_sessions}" s ON s.partnership_id = m.id`,
    }), (target, t, row: PartnershipRow): PartnershipListItem => {
      const partnerName = target.prepare(`SELECT name FROM "${t.partners}" WHERE id = ?`).pluck();
      const partners = (JSON.parse(row.partner_ids) as string[]).map((id) => ({ id, name: (partnerName.get(id) as string | undefined) ?? null }));
      return {
        id: row.id,
        name: row.name,
        partnerId: partners[0]?.id ?? '',
        partnerName: partners[0]?.name ?? null,
        partnerIds: partners.map((p) => p.id),
        partners,
        lea: row.lea,
        leas: [row.lea],
        status: row.status,
        scope: row.scope,
        model: row.model,
        artForms: JSON.parse(row.art_forms) as string[],
        termEnd: row.term_end,
        schoolCount: row.school_count,
        assignmentCount: row.assignment_count,
        activeAssignmentCount: activeAssignmentsOn(JSON.parse(row.assignments) as StoredAssignment[], today),
        sessionCount: row.session_count,
      };
    });
  }

  pathways(query: PathwayListQuery): PathwayPage {
    return this.page('pathways', query, () => ({
      filters: {
        where: [...(query.lea !== undefined ? ['m.lea = @lea'] : []), ...(query.artForm !== undefined ? ['m.art_form = @artForm'] : [])],
        params: { lea: query.lea, artForm: query.artForm },
      },
      select: `m.id, m.name, m.lea, m.art_form, m.elementary_school_count, m.middle_school_count, m.high_school_count, m.course_count,
        m.whole_school_programme_count, m.levels`,
    }), (_target, _t, row: PathwayRow): PathwayListItem => ({
      id: row.id,
      name: row.name,
      lea: row.lea,
      artForm: row.art_form,
      feederPattern: { elementary: row.elementary_school_count, middle: row.middle_school_count, high: row.high_school_count },
      feederSchoolCount: row.elementary_school_count + row.middle_school_count + row.high_school_count,
      courseCount: row.course_count,
      wholeSchoolProgrammeCount: row.whole_school_programme_count,
      levels: JSON.parse(row.levels) as string[],
    }));
  }

  /** One page of a listing: paging parameters checked, rows read and turned into items in one read transaction. */
  private page<Row, Item>(
    listing: Listing,
    paging: Paging,
    shape: (target: ProjectionTarget, t: DirectoryTableNames) => { filters: Filters; select: string; joins?: string; accept?: (row: Row) => boolean },
    item: (target: ProjectionTarget, t: DirectoryTableNames, row: Row) => Item,
  ): { items: Item[]; nextCursor: string | null } {
    const after = paging.cursor === undefined ? undefined : decodeCursor(listing, paging.cursor);
    if (paging.cursor !== undefined && after === undefined) {
      throw new RequestValidationError([{ field: 'cursor', message: 'cursor must be a nextCursor a previous page of this listing returned' }]);
    }
    const limit = paging.limit === undefined ? DEFAULT_LIMIT : Number(paging.limit);
    const term = searchTerm(paging.q);
    try {
      return this.reader.read(this.projection, (target) => {
        const t = directoryTables(target);
        const { filters, select, joins, accept } = shape(target, t);
        const page = readListingPage<Row>(target, { tables: listingTables(t, listing), select, joins, accept, ...filters, term, after, limit });
        const last = page.rows.at(-1);
        return { items: page.rows.map((row) => item(target, t, row)), nextCursor: page.more && last ? encodeCursor(listing, last.key) : null };
      }).value;
    } catch (error) {
      // Only before the runner has registered the projection on this database: a passing state, not a server fault.
      if (error instanceof ProjectionNotReadyError) throw new ServiceUnavailableException('the directory is not built yet; try again shortly');
      throw error;
    }
  }
}

/** Shown and filtered on: the status today falls in (read-models/partnership-status-on.ts). */
const PARTNERSHIP_STATUS_TODAY = partnershipStatusOnSql('m');

/** "2026-27" for a day between the LEA's last school day of 2026 (exclusive) and of 2027 (inclusive). */
export function schoolYearOf(date: string, lastDay: string): string {
  const endYear = Number(endOfSchoolYear(date, lastDay).slice(0, 4));
  return `${String(endYear - 1).padStart(4, '0')}-${String(endYear % 100).padStart(2, '0')}`;
}

interface ArtistRow {
  id: string; name: string; partner_id: string; engagement: string; art_forms: string; leas: string; spells: string; partner_name: string | null;
}
interface PartnerRow {
  id: string; name: string; kind: string; services: string; art_forms: string; leas: string; roster: string; cover: string; artist_count: number;
}
interface SchoolRow {
  id: string; name: string; lea: string; level: string; grades: string; enrolment: number; arts_leads: string;
}
interface PartnershipRow {
  id: string; name: string; lea: string; status: string; partner_ids: string; scope: string | null; model: string | null; art_forms: string;
  term_end: string | null; school_count: number; assignment_count: number; assignments: string; session_count: number;
}
interface PathwayRow {
  id: string; name: string; lea: string; art_form: string; elementary_school_count: number; middle_school_count: number; high_school_count: number;
  course_count: number; whole_school_programme_count: number; levels: string;
}
