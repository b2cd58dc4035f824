import { AggregateNotFoundError } from '../../command-handling';
import { EventStore } from '../../event-store';
import { ClearancePolicy } from '../../artists/domain/clearance-policy';
import { artistStream } from '../../artists/domain/streams';
import { ClearanceFold } from './clearance-fold';
import { answerStanding, ClearanceStanding, ClearanceStandingQuestion } from './clearance-standing';

/**
 * The reference answer: the artist's whole stream restricted to events recorded by `knownAt`, folded with the artists'
 * own evolve, then asked the artists' own status rules for `asOf`. O(history); the projection must agree with it.
 */
export async function foldedStanding(store: EventStore, policy: ClearancePolicy, artistId: string, question: ClearanceStandingQuestion): Promise<ClearanceStanding> {
  const streamId = artistStream(artistId);
  const fold = new ClearanceFold();
  let seen = 0;
  let knownRevision = -1n;
  for await (const event of store.readStream(streamId)) {
    seen++;
    if (question.knownAt && event.recordedAt.getTime() > question.knownAt.getTime()) continue;
    fold.apply(event);
    knownRevision = event.revision;
  }
  if (seen === 0) throw new AggregateNotFoundError(streamId);
  return answerStanding(artistId, question, policy, fold.state, (lea, requirement, seq) => fold.recordingOf(lea, requirement, seq), knownRevision);
}
