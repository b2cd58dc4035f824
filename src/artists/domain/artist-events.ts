import { DomainEvent } from '../../command-handling';
import { ArtForm } from './art-form';
import { ClearanceValidity } from './clearance-policy';
import { ClearanceRequirement, Engagement } from './clearance-requirement';

export type ArtistRegisteredData = {
  readonly artistId: string;
  readonly partnerId: string;
  readonly name: string;
  readonly engagement: Engagement;
  readonly artForms: readonly ArtForm[];
  readonly effectiveDate: string;
};

/** Which policy decided a clearance's expiry, so an audit can tell why a date was set. */
export type PolicyApplied = {
  readonly version: string;
  readonly validity: ClearanceValidity;
  /** Only for school-year validity: the LEA's last school day used. */
  readonly schoolYearLastDay?: string;
};

type ClearanceFact = {
  readonly artistId: string;
  readonly lea: string;
  readonly requirement: ClearanceRequirement;
};

export type ClearanceGrantedData = ClearanceFact & {
  /** 1, 2, … per (LEA, requirement): corrections and expiries name the grant they speak about. */
  readonly grantNumber: number;
  readonly effectiveDate: string;
  /** Last day the clearance is valid (inclusive); null for no fixed expiry. */
  readonly expiresOn: string | null;
  /** `given` when the evidence carried its own expiry, `policy` when computed. */
  readonly expirySource: 'given' | 'policy';
  readonly evidenceReference: string;
  /** e.g. DOJ and FBI result ids for a background check. */
  readonly resultIds: readonly string[];
  readonly engagement: Engagement;
  readonly policy: PolicyApplied;
};

/**
 * Recorded together with the ClearanceGranted of a grant that replaces an earlier one for the same LEA and requirement.
 * Follow-ups resume what was suspended for that clearance's expiry when they see it.
 */
export type ClearanceRenewedData = ClearanceFact & {
  readonly grantNumber: number;
  readonly replacesGrantNumber: number;
  /** Status of the replaced grant on the renewal's effective date: `valid`, `expired`, `revoked`, `not-yet-valid`. */
  readonly previousStatus: string;
  readonly effectiveDate: string;
  readonly expiresOn: string | null;
};

export type ArrestNotificationReceivedData = {
  readonly artistId: string;
  readonly lea: string;
  readonly noticeReference: string;
  readonly effectiveDate: string;
};

export type ClearanceSuspendedData = ClearanceFact & {
  readonly reason: string;
  /** `arrest-notification` when an arrest notice caused it, else `compliance-decision`. */
  readonly cause: 'arrest-notification' | 'compliance-decision';
  readonly noticeReference?: string;
  readonly effectiveDate: string;
};

export type ClearanceRevokedData = ClearanceFact & {
  readonly reason: string;
  readonly effectiveDate: string;
};

export type ClearanceReinstatedData = ClearanceFact & {
  readonly evidenceReference: string;
  readonly effectiveDate: string;
};

export type ClearanceExpiredData = ClearanceFact & {
  readonly grantNumber: number;
  /** The last valid day. */
  readonly expiresOn: string;
  /** The first day it was no longer valid (the day after expiresOn). */
  readonly expiredOn: string;
  readonly effectiveDate: string;
};

/** A grant recorded with a wrong date or evidence: the corrected values replace the originals from now on; the original stays in the log. */
export type ClearanceGrantCorrectedData = ClearanceFact & {
  readonly grantNumber: number;
  readonly effectiveDate: string;
  readonly expiresOn: string | null;
  readonly evidenceReference: string;
  readonly reason: string;
};

/** A grant recorded in error (wrong artist, LEA or requirement): it no longer counts, at any date. */
export type ClearanceGrantWithdrawnData = ClearanceFact & {
  readonly grantNumber: number;
  readonly reason: string;
  /** The withdrawn grant's effective date: the date the correction speaks about. */
  readonly effectiveDate: string;
};

export type ArtistEvent =
  | DomainEvent<'ArtistRegistered', ArtistRegisteredData>
  | DomainEvent<'ClearanceGranted', ClearanceGrantedData>
  | DomainEvent<'ClearanceRenewed', ClearanceRenewedData>
  | DomainEvent<'ArrestNotificationReceived', ArrestNotificationReceivedData>
  | DomainEvent<'ClearanceSuspended', ClearanceSuspendedData>
  | DomainEvent<'ClearanceRevoked', ClearanceRevokedData>
  | DomainEvent<'ClearanceReinstated', ClearanceReinstatedData>
  | DomainEvent<'ClearanceExpired', ClearanceExpiredData>
  | DomainEvent<'ClearanceGrantCorrected', ClearanceGrantCorrectedData>
  | DomainEvent<'ClearanceGrantWithdrawn', ClearanceGrantWithdrawnData>;

export type ArtistEventType = ArtistEvent['type'];
