import { ArtForm } from './art-form';
import { ClearancePolicy } from './clearance-policy';
import { ClearanceRequirement, Engagement } from './clearance-requirement';

export interface RegisterArtist {
  readonly type: 'RegisterArtist';
  readonly artistId: string;
  readonly partnerId: string;
  /** Read by the handler from the partner's stream: the decider stays pure. */
  readonly partnerExists: boolean;
  readonly name: string;
  readonly engagement: Engagement;
  readonly artForms: readonly ArtForm[];
  readonly effectiveDate: string;
}

export interface GrantClearance {
  readonly type: 'GrantClearance';
  readonly requirement: ClearanceRequirement;
  readonly lea: string;
  readonly effectiveDate: string;
  /** From the evidence when it states one; otherwise the policy computes it. */
  readonly expiresOn?: string;
  readonly evidenceReference: string;
  readonly resultIds?: readonly string[];
  /** The policy in force, passed in by the handler. */
  readonly policy: ClearancePolicy;
}

export interface ReceiveArrestNotification {
  readonly type: 'ReceiveArrestNotification';
  readonly lea: string;
  readonly noticeReference: string;
  readonly effectiveDate: string;
}

export interface SuspendClearance {
  readonly type: 'SuspendClearance';
  readonly requirement: ClearanceRequirement;
  readonly lea: string;
  readonly reason: string;
  readonly effectiveDate: string;
}

export interface RevokeClearance {
  readonly type: 'RevokeClearance';
  readonly requirement: ClearanceRequirement;
  readonly lea: string;
  readonly reason: string;
  readonly effectiveDate: string;
}

export interface ReinstateClearance {
  readonly type: 'ReinstateClearance';
  readonly requirement: ClearanceRequirement;
  readonly lea: string;
  readonly evidenceReference: string;
  readonly effectiveDate: string;
}

export interface CorrectClearanceGrant {
  readonly type: 'CorrectClearanceGrant';
  readonly requirement: ClearanceRequirement;
  readonly lea: string;
  readonly grantNumber: number;
  /** Fields left out keep their recorded value. `expiresOn: null` corrects to "no fixed expiry". */
  readonly effectiveDate?: string;
  readonly expiresOn?: string | null;
  readonly evidenceReference?: string;
  readonly reason: string;
}

export interface WithdrawClearanceGrant {
  readonly type: 'WithdrawClearanceGrant';
  readonly requirement: ClearanceRequirement;
  readonly lea: string;
  readonly grantNumber: number;
  readonly reason: string;
}

/** The expiry sweep for one artist: records every expiry due by `asOf` not yet recorded. */
export interface RecordClearanceExpiries {
  readonly type: 'RecordClearanceExpiries';
  readonly asOf: string;
}

/** Every command about an already registered artist. */
export type ArtistClearanceCommand =
  | GrantClearance
  | ReceiveArrestNotification
  | SuspendClearance
  | RevokeClearance
  | ReinstateClearance
  | CorrectClearanceGrant
  | WithdrawClearanceGrant
  | RecordClearanceExpiries;

export type ArtistCommand = RegisterArtist | ArtistClearanceCommand;
