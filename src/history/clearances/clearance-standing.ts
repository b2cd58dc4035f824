import { clearanceProblems, clearanceStatusOn, ClearanceStatus, grantInForceOn, standingChangeOn } from '../../artists/domain/artist-clearance-standing';
import { ArtistState, clearanceHistory } from '../../artists/domain/artist-state';
import { ClearancePolicy, requirementsFor } from '../../artists/domain/clearance-policy';
import { ClearanceRequirement } from '../../artists/domain/clearance-requirement';
import { FactRecording } from './clearance-fold';

export interface ClearanceStandingQuestion {
  readonly lea: string;
  /** The effective date asked about. */
  readonly asOf: string;
  /** Only facts recorded by then count; undefined: everything recorded so far. */
  readonly knownAt?: Date;
}

export interface RequirementStanding extends ClearanceStatus {
  readonly requirement: ClearanceRequirement;
  /** Who recorded the grant, suspension or revocation the status rests on. */
  readonly recordedBy: string | null;
  readonly recordedAt: string | null;
}

export interface ClearanceStanding {
  readonly artistId: string;
  readonly lea: string;
  readonly asOf: string;
  readonly knownAt: string | null;
  /** Whether the artist was registered as far as was known at `knownAt`. */
  readonly registered: boolean;
  readonly engagement: string | null;
  readonly policyVersion: string;
  readonly mayWork: boolean;
  readonly problems: string[];
  readonly requirements: RequirementStanding[];
  /** Revision of the last artist event taken into account; -1 when none was known. */
  readonly knownRevision: string;
}

/** Who recorded the fact with this seq in the clearance (LEA, requirement). */
export type RecordingLookup = (lea: string, requirement: string, seq: number) => FactRecording | undefined;

/**
 * The answer from an artist's state as known at `knownAt` — the whole fold, or the few facts the clearance_facts
 * projection reads back (the same shape, so the artists' own status rules decide in both cases).
 */
export function answerStanding(
  artistId: string, { lea, asOf, knownAt }: ClearanceStandingQuestion, policy: ClearancePolicy, artist: ArtistState, recordingOf: RecordingLookup, knownRevision: bigint,
): ClearanceStanding {
  const rules = artist.exists ? requirementsFor(policy, lea, artist.engagement) : [];
  const requirements = rules.map(({ requirement }) => {
    const status = clearanceStatusOn(artist, lea, requirement, asOf);
    const recording = recordingBehind(artist, recordingOf, lea, requirement, asOf, status);
    return { requirement, ...status, recordedBy: recording?.actor ?? null, recordedAt: recording?.recordedAt ?? null };
  });
  const problems = clearanceProblems(artist, lea, asOf, policy);
  return {
    artistId,
    lea,
    asOf,
    knownAt: knownAt?.toISOString() ?? null,
    registered: artist.exists,
    engagement: artist.exists ? artist.engagement : null,
    policyVersion: policy.version,
    mayWork: problems.length === 0,
    problems,
    requirements,
    knownRevision: knownRevision.toString(),
  };
}

/** The recording of the fact a status rests on: the suspension or revocation in effect, else the grant. */
function recordingBehind(
  artist: ArtistState, recordingOf: RecordingLookup, lea: string, requirement: ClearanceRequirement, date: string, status: ClearanceStatus,
): FactRecording | undefined {
  const history = clearanceHistory(artist, lea, requirement);
  if (!history || status.grantNumber === undefined) return undefined;
  const grant = grantInForceOn(history, date) ?? history.grants.find((g) => g.grantNumber === status.grantNumber);
  if (!grant) return undefined;
  const change = status.status === 'suspended' || status.status === 'revoked' ? standingChangeOn(history, grant, date) : undefined;
  return recordingOf(lea, requirement, (change ?? grant).seq);
}
