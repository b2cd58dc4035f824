import { Inject, Injectable, Optional } from '@nestjs/common';
import { AggregateNotFoundError } from '../../command-handling';
import { EventStore } from '../../event-store';
import { CLEARANCE_POLICY } from '../../artists/application/clearance-policy.provider';
import { ClearancePolicy } from '../../artists/domain/clearance-policy';
import { artistStream } from '../../artists/domain/streams';
import { ProjectionReader } from '../../projections/projection-reader';
import { ProjectionRunner } from '../../projections/projection-runner';
import { ClearanceFactsProjection } from '../clearance-facts/clearance-facts.projection';
import { knownClearances } from '../clearance-facts/known-clearances';
import { answerStanding, ClearanceStanding, ClearanceStandingQuestion } from './clearance-standing';
import { foldedStanding } from './clearance-standing-fold';

export type { ClearanceStanding, ClearanceStandingQuestion, RequirementStanding } from './clearance-standing';

/** How long a query waits for clearance_facts to reach the artist's last event before folding the stream instead. */
export const CLEARANCE_FACTS_WAIT_MS = 1_000;

/**
 * "Was artist X cleared at LEA L on date D, and what did we know on K about D?", answered from the clearance_facts
 * projection with a handful of index seeks whatever the length of the artist's history, and exactly as the fold of the
 * stream would answer (clearance-standing-fold.ts, the reference).
 *
 * Read-your-writes per artist: the artist's last event is read first (one event), and the projection must have applied
 * it. The fold answers instead when the projection cannot be trusted to be complete for this artist: it is not running
 * (rebuilding, failed, not registered), it does not reach that event within CLEARANCE_FACTS_WAIT_MS, or the stream's
 * recorded times once went backwards (system clock stepped back: "recorded by K" is then not a revision cut).
 */
@Injectable()
export class ClearanceStandingQuery {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(CLEARANCE_POLICY) private readonly policy: ClearancePolicy,
    @Optional() private readonly reader?: ProjectionReader,
    @Optional() private readonly runner?: ProjectionRunner,
    @Optional() private readonly projection?: ClearanceFactsProjection,
  ) {}

  async standing(artistId: string, question: ClearanceStandingQuestion): Promise<ClearanceStanding> {
    const streamId = artistStream(artistId);
    const last = await this.lastPosition(streamId);
    if (last === undefined) throw new AggregateNotFoundError(streamId);
    return (await this.fromFacts(artistId, question, last)) ?? this.folded(artistId, question);
  }

  /** The reference answer, folded from the stream (also what `standing` falls back to). */
  folded(artistId: string, question: ClearanceStandingQuestion): Promise<ClearanceStanding> {
    return foldedStanding(this.store, this.policy, artistId, question);
  }

  /** The answer from clearance_facts once it has applied global position `last` (the artist's last event); undefined when it cannot give one. */
  async fromFacts(artistId: string, question: ClearanceStandingQuestion, last: bigint): Promise<ClearanceStanding | undefined> {
    const { reader, runner, projection } = this;
    const streamId = artistStream(artistId);
    if (!reader || !runner || !projection || !(await this.caughtUp(runner, projection.name, last))) return undefined;
    const { value, position } = reader.read(projection, (target) => knownClearances(target, streamId, question, this.policy));
    if (value.kind !== 'known' || position === undefined || position < last) return undefined;
    return answerStanding(artistId, question, this.policy, value.artist, value.recordingOf, value.knownRevision);
  }

  private async caughtUp(runner: ProjectionRunner, name: string, position: bigint): Promise<boolean> {
    const live = runner.checkpoints.get(name, 'live');
    if (!live || live.status !== 'running') return false;
    if (live.position !== undefined && live.position >= position) return true;
    return (await runner.waitForPosition([name], position, CLEARANCE_FACTS_WAIT_MS)).reached;
  }

  private async lastPosition(streamId: string): Promise<bigint | undefined> {
    for await (const event of this.store.readStream(streamId, { direction: 'backwards', maxCount: 1 })) return event.position;
    return undefined;
  }
}
