import { Injectable } from '@nestjs/common';
import { ArtistEvent } from '../artists/domain/artist-events';
import { ArtistState, evolveArtist, initialArtistState } from '../artists/domain/artist-state';
import { RecordedEvent } from '../event-store';
import { PartnerEvent } from '../partners/domain/partner-events';
import { evolvePartner, initialPartnerState, partnerLeas, PartnerState } from '../partners/domain/partner-state';
import { PartnershipEvent } from '../partnerships/domain/partnership-events';
import { evolvePartnership } from '../partnerships/domain/partnership-evolution';
import { initialPartnershipState, PartnershipState } from '../partnerships/domain/partnership-state';
import { SessionLog } from '../partnerships/domain/session-log';
import { COURSE_LEVELS } from '../pathways/domain/course-level';
import { PathwayEvent } from '../pathways/domain/pathway-events';
import { evolvePathway, initialPathwayState, PathwayState } from '../pathways/domain/pathway-state';
import { Projection, ProjectionTarget } from '../projections/projection';
import { SchoolEvent } from '../schools/domain/school-events';
import { evolveSchool, initialSchoolState, SchoolState } from '../schools/domain/school-state';
import { artistLeas, ClearanceValidity, clearanceValidity, coverSpells, rosterSpells } from './date-intervals';
import { createDirectoryTables, DIRECTORY_TABLES, DirectoryTableNames, directoryTables, Listing, listingTables } from './directory-tables';
import { StoredAssignment, StoredSpell } from './judged-today';
import { characterPairs, pairToken, searchRowid, sortKey } from './search-text';

type Kind = 'artist' | 'partner' | 'school' | 'partnership' | 'pathway';

const ARTIST_EVENTS: readonly ArtistEvent['type'][] = [
  'ArtistRegistered', 'ClearanceGranted', 'ArrestNotificationReceived', 'ClearanceSuspended', 'ClearanceRevoked', 'ClearanceReinstated',
  'ClearanceExpired', 'ClearanceGrantCorrected', 'ClearanceGrantWithdrawn',
];
const PARTNER_EVENTS: readonly PartnerEvent['type'][] = [
  'PartnerProposed', 'PartnerDetailsCorrected', 'InsuranceCertificateAccepted', 'InsuranceCancellationNoted', 'InsuranceExpired',
  'ContractorCertificationAccepted', 'AgreementExecuted', 'AgreementExpired', 'PartnerApproved', 'PartnerSuspended', 'PartnerReinstated', 'PartnerRemoved',
];
const SCHOOL_EVENTS: readonly SchoolEvent['type'][] = ['SchoolRegistered', 'SchoolDetailsCorrected', 'ArtsLeadDesignated'];
/**
 * The partnership events that change what a row shows (name, status, partners, schools, assignments and their status),
 * folded with the partnerships' own evolve. Sessions are only counted (SessionLogged), never folded: the fold kept
 * here is partial on purpose (no sessions, check-ins, PD, evaluations), and only the fields above are read from it.
 */
const PARTNERSHIP_EVENTS: readonly PartnershipEvent['type'][] = [
  'PartnershipProposed', 'SchoolEnrolled', 'PartnershipActivated', 'ArtistAssigned', 'AssignmentSuspended', 'AssignmentSuspensionCauseLifted',
  'AssignmentResumed', 'AssignmentEnded', 'PartnershipRenewed', 'PartnershipConcluded',
];
const PATHWAY_EVENTS: readonly PathwayEvent['type'][] = ['PathwayDefined', 'PathwayCourseAdded', 'WholeSchoolProgrammeRecorded'];

const KIND_OF = new Map<string, Kind>([
  ...ARTIST_EVENTS.map((type) => [type, 'artist'] as const),
  ...PARTNER_EVENTS.map((type) => [type, 'partner'] as const),
  ...SCHOOL_EVENTS.map((type) => [type, 'school'] as const),
  ...PARTNERSHIP_EVENTS.map((type) => [type, 'partnership'] as const),
  ...PATHWAY_EVENTS.map((type) => [type, 'pathway'] as const),
]);

const ID_FIELD: Record<Kind, string> = { artist: 'artistId', partner: 'partnerId', school: 'schoolId', partnership: 'partnershipId', pathway: 'pathwayId' };

type AnyState = ArtistState | PartnerState | SchoolState | PartnershipState | PathwayState;

const FOLDS: { readonly [K in Kind]: { initial: (id: string) => AnyState; evolve: (state: AnyState, event: RecordedEvent) => AnyState } } = {
  artist: { initial: (artistId) => ({ ...initialArtistState, artistId }), evolve: (s, e) => evolveArtist(s as ArtistState, e as unknown as ArtistEvent) },
  partner: { initial: (partnerId) => ({ ...initialPartnerState, partnerId }), evolve: (s, e) => evolvePartner(s as PartnerState, e as unknown as PartnerEvent) },
  school: { initial: (schoolId) => ({ ...initialSchoolState, schoolId }), evolve: (s, e) => evolveSchool(s as SchoolState, e as unknown as SchoolEvent) },
  partnership: {
    initial: (partnershipId) => ({ ...initialPartnershipState, partnershipId }),
    evolve: (s, e) => evolvePartnership(s as PartnershipState, e as unknown as PartnershipEvent),
  },
  pathway: { initial: (pathwayId) => ({ ...initialPathwayState, pathwayId }), evolve: (s, e) => evolvePathway(s as PathwayState, e as unknown as PathwayEvent) },
};

const LISTING_OF: Record<Kind, Listing> = { artist: 'artists', partner: 'partners', school: 'schools', partnership: 'partnerships', pathway: 'pathways' };

interface Touched {
  readonly kind: Kind;
  readonly id: string;
  state: AnyState;
  /** Whether the entity existed (had its row) before this batch. */
  readonly existedBefore: boolean;
}

/**
 * The directory: one searchable row per artist, partner, school, partnership and pathway, with what a list row shows,
 * plus the date-dependent facts as intervals (clearance validity, roster decisions, insurance and agreement cover) for
 * the queries to judge "today" with (the projection never reads the clock). See docs/directory.md.
 *
 * Each entity's state is folded with its context's own evolve and kept in `folds` between batches; every entity an
 * event touched is rewritten once at the end of the batch. New rows are created in the order of the events that
 * brought their entity into existence, so their `seq` (the search index's rowid) does not depend on batch boundaries.
 */
@Injectable()
export class DirectoryProjection implements Projection {
  static readonly NAME = 'directory';
  readonly name = DirectoryProjection.NAME;
  readonly version = 3;
  readonly tables = Object.values(DIRECTORY_TABLES);
  readonly filter = { eventTypes: [...KIND_OF.keys(), 'SessionLogged'] };

  setup(target: ProjectionTarget): void {
    createDirectoryTables(target);
  }

  apply(events: readonly RecordedEvent[], target: ProjectionTarget): void {
    const t = directoryTables(target);
    const touched = new Map<string, Touched>();
    const created: Touched[] = [];
    const sessions = new Map<string, number>();
    const loadFold = target.prepare(`SELECT state FROM "${t.folds}" WHERE kind = ? AND id = ?`);
    for (const event of events) {
      if (event.type === 'SessionLogged') {
        const { partnershipId } = event.data as { partnershipId: string };
        sessions.set(partnershipId, (sessions.get(partnershipId) ?? 0) + 1);
        continue;
      }
      const kind = KIND_OF.get(event.type);
      if (kind === undefined) continue;
      const id = (event.data as Record<string, unknown>)[ID_FIELD[kind]];
      if (typeof id !== 'string') continue;
      const key = `${kind}\u0000${id}`;
      let entry = touched.get(key);
      if (entry === undefined) {
        const row = loadFold.get(kind, id) as { state: string } | undefined;
        const state = row ? revive(kind, JSON.parse(row.state) as AnyState) : FOLDS[kind].initial(id);
        entry = { kind, id, state, existedBefore: state.exists };
        touched.set(key, entry);
      }
      const existed = entry.state.exists;
      entry.state = FOLDS[kind].evolve(entry.state, event);
      if (!existed && entry.state.exists) created.push(entry);
    }
    const saveFold = target.prepare(`INSERT OR REPLACE INTO "${t.folds}" (kind, id, state) VALUES (?, ?, ?)`);
    for (const entry of touched.values()) saveFold.run(entry.kind, entry.id, JSON.stringify(entry.state));
    // Rows of new entities first, in the order they came into existence; then the others.
    for (const entry of created) this.write(target, t, entry);
    for (const entry of touched.values()) if (entry.existedBefore) this.write(target, t, entry);
    const addSessions = target.prepare(
      `INSERT INTO "${t.partnership_sessions}" (partnership_id, sessions) VALUES (?, ?) ON CONFLICT (partnership_id) DO UPDATE SET sessions = sessions + excluded.sessions`,
    );
    for (const [partnershipId, count] of sessions) addSessions.run(partnershipId, count);
  }

  private write(target: ProjectionTarget, t: DirectoryTableNames, entry: Touched): void {
    switch (entry.kind) {
      case 'artist': return this.writeArtist(target, t, entry.state as ArtistState);
      case 'partner': return this.writePartner(target, t, entry.state as PartnerState);
      case 'school': return this.writeSchool(target, t, entry.state as SchoolState);
      case 'partnership': return this.writePartnership(target, t, entry.state as PartnershipState);
      case 'pathway': return this.writePathway(target, t, entry.state as PathwayState);
    }
  }

  private writeArtist(target: ProjectionTarget, t: DirectoryTableNames, artist: ArtistState): void {
    const id = artist.artistId;
    const leas = artistLeas(artist);
    const spells = clearanceValidity(artist);
    const created = upsertRow(target, t, 'artist', id, artist.name, {
      name: artist.name, partner_id: artist.partnerId, engagement: artist.engagement, art_forms: JSON.stringify(artist.artForms), leas: JSON.stringify(leas),
      spells: JSON.stringify(spells.map(storedSpell)),
    });
    if (created) {
      target.prepare(`INSERT INTO "${t.partner_artists}" (partner_id, artists) VALUES (?, 1) ON CONFLICT (partner_id) DO UPDATE SET artists = artists + 1`).run(artist.partnerId);
    }
    target.prepare(`DELETE FROM "${t.artist_leas}" WHERE artist_id = ?`).run(id);
    const insertLea = target.prepare(`INSERT INTO "${t.artist_leas}" (artist_id, lea) VALUES (?, ?)`);
    for (const lea of leas) insertLea.run(id, lea);
  }

  private writePartner(target: ProjectionTarget, t: DirectoryTableNames, partner: PartnerState): void {
    const id = partner.partnerId;
    const leas = partnerLeas(partner);
    const roster = rosterSpells(partner);
    const cover = coverSpells(partner);
    upsertRow(target, t, 'partner', id, partner.name, {
      name: partner.name, kind: partner.kind, services: JSON.stringify(partner.services), art_forms: JSON.stringify(partner.artForms), leas: JSON.stringify(leas),
      roster: JSON.stringify(roster), cover: JSON.stringify(cover),
    });
    target.prepare(`DELETE FROM "${t.partner_leas}" WHERE partner_id = ?`).run(id);
    const insertLea = target.prepare(`INSERT INTO "${t.partner_leas}" (partner_id, lea) VALUES (?, ?)`);
    for (const lea of leas) insertLea.run(id, lea);
    target.prepare(`DELETE FROM "${t.partner_roster}" WHERE partner_id = ?`).run(id);
    const insertRoster = target.prepare(`INSERT INTO "${t.partner_roster}" VALUES (?, ?, ?, ?, ?)`);
    for (const spell of roster) insertRoster.run(id, spell.lea, spell.status, spell.from, spell.until);
  }

  private writeSchool(target: ProjectionTarget, t: DirectoryTableNames, school: SchoolState): void {
    upsertRow(target, t, 'school', school.schoolId, school.name, {
      name: school.name, lea: school.lea, level: school.level, grades: JSON.stringify(school.grades), enrolment: school.enrolment,
      arts_leads: JSON.stringify(school.artsLeads.map(({ schoolYear, name }) => ({ schoolYear, name }))),
    });
  }

  private writePartnership(target: ProjectionTarget, t: DirectoryTableNames, partnership: PartnershipState): void {
    const id = partnership.partnershipId;
    upsertRow(target, t, 'partnership', id, partnership.name, {
      name: partnership.name, lea: partnership.lea, status: partnership.status, activated_on: partnership.activatedOn, concluded_on: partnership.concludedOn,
      partner_ids: JSON.stringify(partnership.partnerIds),
      scope: partnership.scope, model: partnership.model, art_forms: JSON.stringify(partnership.artForms), term_end: partnership.termEnd,
      school_count: partnership.schools.length, assignment_count: partnership.assignments.length,
      assignments: JSON.stringify(partnership.assignments.map(({ status, endedOn, suspensions, suspensionCauses }): StoredAssignment => ({ status, endedOn, suspensions, suspensionCauses }))),
    });
    const enrol = target.prepare(`INSERT OR IGNORE INTO "${t.school_enrolments}" (school_id, partnership_id) VALUES (?, ?)`);
    for (const school of partnership.schools) enrol.run(school.schoolId, id);
  }

  private writePathway(target: ProjectionTarget, t: DirectoryTableNames, pathway: PathwayState): void {
    const { elementarySchoolIds, middleSchoolIds, highSchoolIds } = pathway.feederPattern;
    const levels = COURSE_LEVELS.filter((level) => pathway.courses.some((course) => course.level === level));
    upsertRow(target, t, 'pathway', pathway.pathwayId, pathway.name, {
      name: pathway.name, lea: pathway.lea, art_form: pathway.artForm, elementary_school_count: new Set(elementarySchoolIds).size,
      middle_school_count: new Set(middleSchoolIds).size, high_school_count: new Set(highSchoolIds).size, course_count: pathway.courses.length,
      whole_school_programme_count: pathway.wholeSchoolProgrammes.length, levels: JSON.stringify(levels),
    });
  }
}

/** A partnership's fold as stored: its sessions are never folded here (only counted), so the log starts empty again. */
function revive(kind: Kind, state: AnyState): AnyState {
  return kind === 'partnership' ? { ...(state as PartnershipState), sessions: SessionLog.empty } : state;
}

function storedSpell(spell: ClearanceValidity): StoredSpell {
  return [spell.lea, spell.requirement, spell.validFrom, spell.validUntil, spell.endsByExpiry ? 1 : 0];
}

/**
 * Inserts or updates a listing row and keeps its search entries (the trigram index and the character pairs, both under
 * the rowid search-text.ts `searchRowid` gives the key and seq) in step with its key. True when the row is new.
 */
function upsertRow(target: ProjectionTarget, t: DirectoryTableNames, kind: Kind, id: string, name: string, columns: Record<string, unknown>): boolean {
  const { rows, search, pairs } = listingTables(t, LISTING_OF[kind]);
  const key = sortKey(name, id);
  const names = Object.keys(columns);
  const values = Object.values(columns);
  const index = (rowid: bigint) => {
    target.prepare(`INSERT INTO "${search}" (rowid, key) VALUES (?, ?)`).run(rowid, key);
    target.prepare(`INSERT INTO "${pairs}" (rowid, pairs) VALUES (?, ?)`).run(rowid, characterPairs(key).map(pairToken).join(' '));
  };
  const existing = target.prepare(`SELECT seq, key FROM "${rows}" WHERE id = ?`).get(id) as { seq: number; key: string } | undefined;
  if (existing === undefined) {
    const inserted = target
      .prepare(`INSERT INTO "${rows}" (id, key, ${names.join(', ')}) VALUES (?, ?, ${names.map(() => '?').join(', ')})`)
      .run(id, key, ...values);
    index(searchRowid(key, Number(inserted.lastInsertRowid)));
    return true;
  }
  target.prepare(`UPDATE "${rows}" SET key = ?, ${names.map((column) => `${column} = ?`).join(', ')} WHERE seq = ?`).run(key, ...values, existing.seq);
  if (existing.key !== key) {
    // A new key may move the row to another bucket: its entries move with it.
    const old = searchRowid(existing.key, existing.seq);
    target.prepare(`DELETE FROM "${search}" WHERE rowid = ?`).run(old);
    target.prepare(`DELETE FROM "${pairs}" WHERE rowid = ?`).run(old);
    index(searchRowid(key, existing.seq));
  }
  return false;
}
