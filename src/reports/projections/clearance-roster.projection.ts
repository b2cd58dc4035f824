import { ArtistEvent } from '../../artists/domain/artist-events';
import { ArtistState, evolveArtist, initialArtistState } from '../../artists/domain/artist-state';
import { RecordedEvent } from '../../event-store';
import { Projection, ProjectionTarget } from '../../projections/projection';
import { PartnerEvent } from '../../partners/domain/partner-events';
import { evolvePartner, initialPartnerState, PartnerState } from '../../partners/domain/partner-state';
import { physicalNames, TableNames } from './report-projection';

export const CLEARANCE_ROSTER_TABLES = {
  artists: 'clearance_roster_artists',
  partners: 'clearance_roster_partners',
  leas: 'clearance_roster_leas',
} as const;
export type ClearanceRosterTable = keyof typeof CLEARANCE_ROSTER_TABLES;

const ARTIST_EVENTS: readonly ArtistEvent['type'][] = [
  'ArtistRegistered', 'ClearanceGranted', 'ClearanceRenewed', 'ArrestNotificationReceived', 'ClearanceSuspended', 'ClearanceRevoked',
  'ClearanceReinstated', 'ClearanceExpired', 'ClearanceGrantCorrected', 'ClearanceGrantWithdrawn',
];
const PARTNER_EVENTS: readonly PartnerEvent['type'][] = [
  'PartnerProposed', 'InsuranceCertificateAccepted', 'InsuranceCancellationNoted', 'ContractorCertificationAccepted', 'AgreementExecuted',
  'PartnerApproved', 'PartnerSuspended', 'PartnerReinstated', 'PartnerRemoved', 'InsuranceExpired', 'AgreementExpired', 'PartnerDetailsCorrected',
];
const ARTIST_EVENT_TYPES = new Set<string>(ARTIST_EVENTS);

/**
 * The roster is asked "as of" any date, and status on a date rests on the whole effective-dated history
 * (grants, suspensions, reinstatements, cancellations). So each artist and partner row holds the domain's own
 * fold of its stream, and the report reads status with the domain's rules; `leas` says which LEA each one concerns.
 */
export class ClearanceRosterProjection implements Projection {
  readonly name = 'clearance_roster';
  readonly version = 1;
  readonly tables = Object.values(CLEARANCE_ROSTER_TABLES);
  readonly filter = { eventTypes: [...ARTIST_EVENTS, ...PARTNER_EVENTS] };

  setup(target: ProjectionTarget): void {
    const t = physicalNames(target, CLEARANCE_ROSTER_TABLES);
    const db = target.db;
    db.exec(`
    CREATE TABLE IF NOT EXISTS "${t.artists}" (artist_id TEXT PRIMARY KEY, partner_id TEXT NOT NULL, state TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS "${t.artists}_by_partner" ON "${t.artists}" (partner_id);
    CREATE TABLE IF NOT EXISTS "${t.partners}" (partner_id TEXT PRIMARY KEY, state TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS "${t.leas}" (lea TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (lea, kind, id));`);
  }

  apply(events: readonly RecordedEvent[], target: ProjectionTarget): void {
    const t = physicalNames(target, CLEARANCE_ROSTER_TABLES);
    // Fold the batch in memory and write each touched row once.
    const artists = new Map<string, ArtistState>();
    const partners = new Map<string, PartnerState>();
    for (const event of events) {
      const data = event.data as { artistId?: string; partnerId?: string; lea?: string };
      if (ARTIST_EVENT_TYPES.has(event.type) && data.artistId) {
        const before = artists.get(data.artistId) ?? this.loadArtist(target, t, data.artistId);
        artists.set(data.artistId, evolveArtist(before, event as unknown as ArtistEvent));
        if (data.lea) target.prepare(`INSERT OR IGNORE INTO "${t.leas}" VALUES (?, 'artist', ?)`).run(data.lea, data.artistId);
      } else if (data.partnerId) {
        const before = partners.get(data.partnerId) ?? this.loadPartner(target, t, data.partnerId);
        partners.set(data.partnerId, evolvePartner(before, event as unknown as PartnerEvent));
        if (data.lea) target.prepare(`INSERT OR IGNORE INTO "${t.leas}" VALUES (?, 'partner', ?)`).run(data.lea, data.partnerId);
      }
    }
    for (const [artistId, state] of artists) {
      target.prepare(`INSERT OR REPLACE INTO "${t.artists}" VALUES (?, ?, ?)`).run(artistId, state.partnerId, JSON.stringify(state));
    }
    for (const [partnerId, state] of partners) {
      target.prepare(`INSERT OR REPLACE INTO "${t.partners}" VALUES (?, ?)`).run(partnerId, JSON.stringify(state));
    }
  }

  private loadArtist(target: ProjectionTarget, t: TableNames<ClearanceRosterTable>, artistId: string): ArtistState {
    const row = target.prepare(`SELECT state FROM "${t.artists}" WHERE artist_id = ?`).get(artistId) as { state: string } | undefined;
    return row ? (JSON.parse(row.state) as ArtistState) : { ...initialArtistState, artistId };
  }

  private loadPartner(target: ProjectionTarget, t: TableNames<ClearanceRosterTable>, partnerId: string): PartnerState {
    const row = target.prepare(`SELECT state FROM "${t.partners}" WHERE partner_id = ?`).get(partnerId) as { state: string } | undefined;
    return row ? (JSON.parse(row.state) as PartnerState) : { ...initialPartnerState, partnerId };
  }
}
