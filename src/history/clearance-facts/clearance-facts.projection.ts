import { Injectable } from '@nestjs/common';
import {
  ArtistRegisteredData, ClearanceGrantCorrectedData, ClearanceGrantedData, ClearanceGrantWithdrawnData, ClearanceReinstatedData,
  ClearanceRevokedData, ClearanceSuspendedData,
} from '../../artists/domain/artist-events';
import { RecordedEvent } from '../../event-store';
import { Projection, ProjectionTarget } from '../../projections/projection';
import { CLEARANCE_FACT_TABLES, clearanceFactTables, ClearanceFactTableNames, createClearanceFactTables } from './clearance-fact-tables';

/** Events that open (or touch) an (LEA, requirement) clearance in the artist's state, in the order the state lists them. */
const CLEARANCE_EVENTS = new Set([
  'ClearanceGranted', 'ClearanceSuspended', 'ClearanceRevoked', 'ClearanceReinstated', 'ClearanceExpired', 'ClearanceGrantCorrected', 'ClearanceGrantWithdrawn',
]);

type Fact = { lea: string; requirement: string };

/**
 * Every effective-dated clearance fact of every artist, keyed so that "the standing of (artist, LEA, requirement) on
 * date D as known at instant K" is a handful of index seeks (see known-clearances.ts), whatever the length of the history.
 *
 * Left out because they never change a status on a date: ClearanceRenewed (its grant arrives as ClearanceGranted),
 * ClearanceExpired (status derives from the grant's expiresOn), ArrestNotificationReceived (its suspension arrives as
 * ClearanceSuspended). They still get an `events` row (knownRevision counts them) and expiries open their clearance row.
 */
@Injectable()
export class ClearanceFactsProjection implements Projection {
  static readonly NAME = 'clearance_facts';
  readonly name = ClearanceFactsProjection.NAME;
  readonly version = 1;
  readonly tables = Object.values(CLEARANCE_FACT_TABLES);
  readonly filter = { streamPrefixes: ['artist-'] };

  setup(target: ProjectionTarget): void {
    createClearanceFactTables(target);
  }

  apply(events: readonly RecordedEvent[], target: ProjectionTarget): void {
    const t = clearanceFactTables(target);
    for (const event of events) this.applyOne(event, target, t);
  }

  private applyOne(event: RecordedEvent, target: ProjectionTarget, t: ClearanceFactTableNames): void {
    const stream = event.streamId;
    const revision = Number(event.revision);
    const recordedMs = event.recordedAt.getTime();
    target
      .prepare(`INSERT INTO "${t.streams}" VALUES (?, ?, 0) ON CONFLICT (stream_id) DO UPDATE SET
        disordered = disordered OR excluded.last_recorded_ms < last_recorded_ms, last_recorded_ms = MAX(last_recorded_ms, excluded.last_recorded_ms)`)
      .run(stream, recordedMs);
    target.prepare(`INSERT INTO "${t.events}" VALUES (?, ?, ?)`).run(stream, revision, recordedMs);
    const actor = event.metadata.actor;
    if (CLEARANCE_EVENTS.has(event.type)) {
      const { lea, requirement } = event.data as Fact;
      target.prepare(`INSERT OR IGNORE INTO "${t.clearances}" VALUES (?, ?, ?, ?)`).run(stream, requirement, lea, revision);
    }
    switch (event.type) {
      case 'ArtistRegistered': {
        const d = event.data as ArtistRegisteredData;
        target.prepare(`INSERT INTO "${t.registrations}" VALUES (?, ?, ?)`).run(stream, revision, d.engagement);
        return;
      }
      case 'ClearanceGranted': {
        const d = event.data as ClearanceGrantedData;
        target
          .prepare(`INSERT INTO "${t.grants}" VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)`)
          .run(stream, d.lea, d.requirement, d.grantNumber, revision, revision, d.effectiveDate, d.expiresOn, d.evidenceReference, actor, recordedMs);
        return;
      }
      case 'ClearanceGrantCorrected': {
        const d = event.data as ClearanceGrantCorrectedData;
        // The open version (if the grant exists and was not withdrawn) ends here; the corrected one starts, keeping the grant's own recording.
        const open = this.openVersions(target, t, stream, d);
        this.endVersions(target, t, stream, d, revision);
        for (const version of open) {
          target
            .prepare(`INSERT INTO "${t.grants}" VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)`)
            .run(stream, d.lea, d.requirement, d.grantNumber, revision, version.grant_revision, d.effectiveDate, d.expiresOn, d.evidenceReference, version.actor, version.recorded_ms);
        }
        return;
      }
      case 'ClearanceGrantWithdrawn':
        this.endVersions(target, t, stream, event.data as ClearanceGrantWithdrawnData, revision);
        return;
      case 'ClearanceSuspended': {
        const d = event.data as ClearanceSuspendedData;
        this.insertChange(target, t, stream, revision, d, 'suspension', 'suspended', { reason: d.reason, cause: d.cause, notice: d.noticeReference ?? null }, actor, recordedMs);
        return;
      }
      case 'ClearanceRevoked': {
        const d = event.data as ClearanceRevokedData;
        this.insertChange(target, t, stream, revision, d, 'revocation', 'revoked', { reason: d.reason }, actor, recordedMs);
        return;
      }
      case 'ClearanceReinstated': {
        const d = event.data as ClearanceReinstatedData;
        this.insertChange(target, t, stream, revision, d, 'suspension', 'reinstated', { evidence: d.evidenceReference }, actor, recordedMs);
        return;
      }
    }
  }

  private openVersions(target: ProjectionTarget, t: ClearanceFactTableNames, stream: string, d: Fact & { grantNumber: number }) {
    return target
      .prepare(`SELECT grant_revision, actor, recorded_ms FROM "${t.grants}"
        WHERE stream_id = ? AND lea = ? AND requirement = ? AND grant_number = ? AND ends_revision IS NULL ORDER BY version_revision`)
      .all(stream, d.lea, d.requirement, d.grantNumber) as { grant_revision: number; actor: string; recorded_ms: number }[];
  }

  private endVersions(target: ProjectionTarget, t: ClearanceFactTableNames, stream: string, d: Fact & { grantNumber: number }, revision: number): void {
    target
      .prepare(`UPDATE "${t.grants}" SET ends_revision = ? WHERE stream_id = ? AND lea = ? AND requirement = ? AND grant_number = ? AND ends_revision IS NULL`)
      .run(revision, stream, d.lea, d.requirement, d.grantNumber);
  }

  private insertChange(
    target: ProjectionTarget, t: ClearanceFactTableNames, stream: string, revision: number, d: Fact & { effectiveDate: string },
    track: 'suspension' | 'revocation', kind: 'suspended' | 'revoked' | 'reinstated',
    details: { reason?: string; cause?: string; notice?: string | null; evidence?: string }, actor: string, recordedMs: number,
  ): void {
    target
      .prepare(`INSERT INTO "${t.changes}" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(stream, revision, d.lea, d.requirement, track, kind, d.effectiveDate, details.reason ?? null, details.cause ?? null, details.notice ?? null, details.evidence ?? null, actor, recordedMs);
  }
}
