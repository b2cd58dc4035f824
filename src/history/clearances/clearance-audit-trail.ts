import { Inject, Injectable } from '@nestjs/common';
import { AggregateNotFoundError } from '../../command-handling';
import { EventStore, upcast } from '../../event-store';
import { clearanceStatusOn, ClearanceStatus } from '../../artists/domain/artist-clearance-standing';
import { ClearanceRequirement } from '../../artists/domain/clearance-requirement';
import { artistStream } from '../../artists/domain/streams';
import { effectiveDateOf } from '../timeline/timeline-step';
import { ClearanceFold } from './clearance-fold';

/** One line of the audit trail: an event about a clearance, who recorded it, on what evidence, and what it made of the clearance. */
export interface ClearanceAuditEntry {
  readonly revision: string;
  readonly position: string;
  readonly type: string;
  readonly recordedAt: string;
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly lea: string;
  readonly requirement: ClearanceRequirement;
  readonly effectiveDate: string | null;
  readonly expiresOn: string | null;
  readonly grantNumber: number | null;
  readonly evidenceReference: string | null;
  readonly resultIds: readonly string[];
  readonly noticeReference: string | null;
  readonly reason: string | null;
  /** The clearance policy that decided a grant's expiry (grants only). */
  readonly policyVersion: string | null;
  readonly data: unknown;
  /** Status of that requirement granted by that LEA on the event's effective date, once the event is taken into account. */
  readonly statusAfter: ClearanceStatus;
}

export interface ClearanceAuditTrail {
  readonly artistId: string;
  readonly streamId: string;
  readonly entries: ClearanceAuditEntry[];
}

type ClearanceEventData = {
  lea?: string; requirement?: ClearanceRequirement; grantNumber?: number; expiresOn?: string | null; evidenceReference?: string;
  resultIds?: string[]; noticeReference?: string; reason?: string; policy?: { version: string };
};

/** Every clearance event of an artist, oldest first, each with the resulting status of the clearance it speaks about. */
@Injectable()
export class ClearanceAuditTrailQuery {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  async trail(artistId: string): Promise<ClearanceAuditTrail> {
    const streamId = artistStream(artistId);
    const fold = new ClearanceFold();
    const entries: ClearanceAuditEntry[] = [];
    let seen = 0;
    for await (const event of this.store.readStream(streamId)) {
      seen++;
      fold.apply(event);
      const current = upcast<ClearanceEventData>(event);
      const data = current.data;
      if (data.lea === undefined) continue; // the registration: not about a clearance
      // An arrest notification speaks about the background check, whether or not it suspended it.
      const requirement = data.requirement ?? (event.type === 'ArrestNotificationReceived' ? 'background-check' : undefined);
      if (requirement === undefined) continue;
      const effectiveDate = effectiveDateOf(data);
      entries.push({
        revision: event.revision.toString(),
        position: event.position.toString(),
        type: event.type,
        recordedAt: event.recordedAt.toISOString(),
        actor: event.metadata.actor,
        correlationId: event.metadata.correlationId,
        causationId: event.metadata.causationId ?? null,
        lea: data.lea,
        requirement,
        effectiveDate,
        expiresOn: data.expiresOn ?? null,
        grantNumber: data.grantNumber ?? null,
        evidenceReference: data.evidenceReference ?? null,
        resultIds: data.resultIds ?? [],
        noticeReference: data.noticeReference ?? null,
        reason: data.reason ?? null,
        policyVersion: data.policy?.version ?? null,
        data,
        statusAfter: clearanceStatusOn(fold.state, data.lea, requirement, effectiveDate ?? '9999-12-31'),
      });
    }
    if (seen === 0) throw new AggregateNotFoundError(streamId);
    return { artistId, streamId, entries };
  }
}
