import { Inject, Injectable } from '@nestjs/common';
import { AggregateNotFoundError } from '../../command-handling';
import { EventStore } from '../../event-store';
import { CLEARANCE_POLICY } from '../../artists/application/clearance-policy.provider';
import { clearanceProblems, clearanceStatusOn, ClearanceStatus, grantInForceOn, standingChangeOn } from '../../artists/domain/artist-clearance-standing';
import { clearanceHistory } from '../../artists/domain/artist-state';
import { ClearancePolicy, requirementsFor } from '../../artists/domain/clearance-policy';
import { ClearanceRequirement } from '../../artists/domain/clearance-requirement';
import { artistStream } from '../../artists/domain/streams';
import { ClearanceFold, FactRecording } from './clearance-fold';

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

/**
 * "Was artist X cleared at LEA L on date D, and what did we know on K about D?": the artist's stream restricted to events
 * recorded by K, folded with the artists' own evolve, then asked the artists' own status rules for D.
 */
@Injectable()
export class ClearanceStandingQuery {
  constructor(@Inject(EventStore) private readonly store: EventStore, @Inject(CLEARANCE_POLICY) private readonly policy: ClearancePolicy) {}

  async standing(artistId: string, question: ClearanceStandingQuestion): Promise<ClearanceStanding> {
    const streamId = artistStream(artistId);
    const fold = new ClearanceFold();
    let seen = 0;
    let knownRevision = -1n;
    for await (const event of this.store.readStream(streamId)) {
      seen++;
      if (question.knownAt && event.recordedAt.getTime() > question.knownAt.getTime()) continue;
      fold.apply(event);
      knownRevision = event.revision;
    }
    if (seen === 0) throw new AggregateNotFoundError(streamId);
    return this.answer(artistId, fold, question, knownRevision);
  }

  private answer(artistId: string, fold: ClearanceFold, { lea, asOf, knownAt }: ClearanceStandingQuestion, knownRevision: bigint): ClearanceStanding {
    const artist = fold.state;
    const rules = artist.exists ? requirementsFor(this.policy, lea, artist.engagement) : [];
    const requirements = rules.map(({ requirement }) => {
      const status = clearanceStatusOn(artist, lea, requirement, asOf);
      const recording = recordingBehind(fold, lea, requirement, asOf, status);
      return { requirement, ...status, recordedBy: recording?.actor ?? null, recordedAt: recording?.recordedAt ?? null };
    });
    const problems = clearanceProblems(artist, lea, asOf, this.policy);
    return {
      artistId,
      lea,
      asOf,
      knownAt: knownAt?.toISOString() ?? null,
      registered: artist.exists,
      engagement: artist.exists ? artist.engagement : null,
      policyVersion: this.policy.version,
      mayWork: problems.length === 0,
      problems,
      requirements,
      knownRevision: knownRevision.toString(),
    };
  }
}

/** The recording of the fact a status rests on: the suspension or revocation in effect, else the grant. */
function recordingBehind(fold: ClearanceFold, lea: string, requirement: ClearanceRequirement, date: string, status: ClearanceStatus): FactRecording | undefined {
  const history = clearanceHistory(fold.state, lea, requirement);
  if (!history || status.grantNumber === undefined) return undefined;
  const grant = grantInForceOn(history, date) ?? history.grants.find((g) => g.grantNumber === status.grantNumber);
  if (!grant) return undefined;
  const change = status.status === 'suspended' || status.status === 'revoked' ? standingChangeOn(history, grant, date) : undefined;
  return fold.recordingOf(lea, requirement, (change ?? grant).seq);
}
