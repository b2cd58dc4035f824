import { ArtForm } from './art-form';
import { ArtistEvent } from './artist-events';
import { ClearanceRequirement, Engagement } from './clearance-requirement';

/** One grant of a clearance, with every correction made to it (corrections never erase the original). */
export interface ClearanceGrant {
  readonly grantNumber: number;
  readonly effectiveDate: string;
  /** Last valid day, inclusive; null for no fixed expiry. */
  readonly expiresOn: string | null;
  readonly evidenceReference: string;
  readonly resultIds: readonly string[];
  readonly policyVersion: string;
  readonly withdrawn: { readonly reason: string } | null;
  readonly corrections: readonly { readonly reason: string; readonly effectiveDate: string; readonly expiresOn: string | null; readonly evidenceReference: string }[];
  /** Order of recording within this clearance: breaks ties between facts with the same effective date. */
  readonly seq: number;
}

/** A suspension, revocation or reinstatement, effective from its date. */
export interface StandingChange {
  readonly kind: 'suspended' | 'revoked' | 'reinstated';
  readonly effectiveDate: string;
  readonly reason?: string;
  readonly cause?: 'arrest-notification' | 'compliance-decision';
  readonly noticeReference?: string;
  readonly evidenceReference?: string;
  readonly seq: number;
}

/** Every effective-dated fact about one requirement granted by one LEA: enough to answer "status on date D". */
export interface ClearanceHistory {
  readonly lea: string;
  readonly requirement: ClearanceRequirement;
  readonly grants: readonly ClearanceGrant[];
  readonly standingChanges: readonly StandingChange[];
  readonly expiriesRecorded: readonly { readonly grantNumber: number; readonly expiredOn: string }[];
  readonly nextSeq: number;
}

export interface ArtistState {
  readonly exists: boolean;
  readonly artistId: string;
  readonly partnerId: string;
  readonly name: string;
  readonly engagement: Engagement;
  readonly artForms: readonly ArtForm[];
  readonly registeredOn: string;
  /** A list, not a map keyed by LEA: LEA ids come from requests and must never become object keys. */
  readonly clearances: readonly ClearanceHistory[];
  readonly arrestNotifications: readonly { readonly lea: string; readonly noticeReference: string; readonly effectiveDate: string }[];
}

export const initialArtistState: ArtistState = {
  exists: false,
  artistId: '',
  partnerId: '',
  name: '',
  engagement: 'contractor',
  artForms: [],
  registeredOn: '',
  clearances: [],
  arrestNotifications: [],
};

export function clearanceHistory(state: ArtistState, lea: string, requirement: ClearanceRequirement): ClearanceHistory | undefined {
  return state.clearances.find((c) => c.lea === lea && c.requirement === requirement);
}

function updateHistory(
  state: ArtistState,
  lea: string,
  requirement: ClearanceRequirement,
  update: (history: ClearanceHistory) => Omit<ClearanceHistory, 'nextSeq' | 'lea' | 'requirement'>,
): ArtistState {
  const existing = clearanceHistory(state, lea, requirement) ?? { lea, requirement, grants: [], standingChanges: [], expiriesRecorded: [], nextSeq: 0 };
  const updated: ClearanceHistory = { ...update(existing), lea, requirement, nextSeq: existing.nextSeq + 1 };
  const known = state.clearances.includes(existing);
  return { ...state, clearances: known ? state.clearances.map((c) => (c === existing ? updated : c)) : [...state.clearances, updated] };
}

function updateGrant(history: ClearanceHistory, grantNumber: number, update: (grant: ClearanceGrant) => ClearanceGrant) {
  return { ...history, grants: history.grants.map((g) => (g.grantNumber === grantNumber ? update(g) : g)) };
}

export function evolveArtist(state: ArtistState, event: ArtistEvent): ArtistState {
  switch (event.type) {
    case 'ArtistRegistered': {
      const { artistId, partnerId, name, engagement, artForms, effectiveDate } = event.data;
      return { ...state, exists: true, artistId, partnerId, name, engagement, artForms, registeredOn: effectiveDate };
    }
    case 'ClearanceGranted': {
      const d = event.data;
      return updateHistory(state, d.lea, d.requirement, (h) => ({
        ...h,
        grants: [
          ...h.grants,
          {
            grantNumber: d.grantNumber,
            effectiveDate: d.effectiveDate,
            expiresOn: d.expiresOn,
            evidenceReference: d.evidenceReference,
            resultIds: d.resultIds,
            policyVersion: d.policy.version,
            withdrawn: null,
            corrections: [],
            seq: h.nextSeq,
          },
        ],
      }));
    }
    case 'ClearanceRenewed':
      // The grant itself arrives as ClearanceGranted in the same decision; the renewal only marks its meaning.
      return state;
    case 'ArrestNotificationReceived': {
      const { lea, noticeReference, effectiveDate } = event.data;
      return { ...state, arrestNotifications: [...state.arrestNotifications, { lea, noticeReference, effectiveDate }] };
    }
    case 'ClearanceSuspended': {
      const d = event.data;
      return updateHistory(state, d.lea, d.requirement, (h) => ({
        ...h,
        standingChanges: [
          ...h.standingChanges,
          { kind: 'suspended', effectiveDate: d.effectiveDate, reason: d.reason, cause: d.cause, ...(d.noticeReference ? { noticeReference: d.noticeReference } : {}), seq: h.nextSeq },
        ],
      }));
    }
    case 'ClearanceRevoked': {
      const d = event.data;
      return updateHistory(state, d.lea, d.requirement, (h) => ({
        ...h,
        standingChanges: [...h.standingChanges, { kind: 'revoked', effectiveDate: d.effectiveDate, reason: d.reason, seq: h.nextSeq }],
      }));
    }
    case 'ClearanceReinstated': {
      const d = event.data;
      return updateHistory(state, d.lea, d.requirement, (h) => ({
        ...h,
        standingChanges: [...h.standingChanges, { kind: 'reinstated', effectiveDate: d.effectiveDate, evidenceReference: d.evidenceReference, seq: h.nextSeq }],
      }));
    }
    case 'ClearanceExpired': {
      const d = event.data;
      return updateHistory(state, d.lea, d.requirement, (h) => ({ ...h, expiriesRecorded: [...h.expiriesRecorded, { grantNumber: d.grantNumber, expiredOn: d.expiredOn }] }));
    }
    case 'ClearanceGrantCorrected': {
      const d = event.data;
      return updateHistory(state, d.lea, d.requirement, (h) =>
        updateGrant(h, d.grantNumber, (g) => ({
          ...g,
          effectiveDate: d.effectiveDate,
          expiresOn: d.expiresOn,
          evidenceReference: d.evidenceReference,
          corrections: [...g.corrections, { reason: d.reason, effectiveDate: d.effectiveDate, expiresOn: d.expiresOn, evidenceReference: d.evidenceReference }],
        })),
      );
    }
    case 'ClearanceGrantWithdrawn': {
      const d = event.data;
      return updateHistory(state, d.lea, d.requirement, (h) => updateGrant(h, d.grantNumber, (g) => ({ ...g, withdrawn: { reason: d.reason } })));
    }
  }
}
