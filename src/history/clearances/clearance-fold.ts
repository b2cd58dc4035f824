import { RecordedEvent, upcast } from '../../event-store';
import { ArtistEvent } from '../../artists/domain/artist-events';
import { ArtistState, clearanceHistory, evolveArtist, initialArtistState } from '../../artists/domain/artist-state';

/** Who recorded a clearance fact, and when: what an auditor asks of every status. */
export interface FactRecording {
  readonly actor: string;
  readonly recordedAt: string;
  readonly revision: string;
}

/**
 * An artist's state folded from its events, remembering who recorded each clearance fact.
 * Facts are keyed as the state keys them: (LEA, requirement, seq), seq being the order of recording within that clearance.
 */
export class ClearanceFold {
  state: ArtistState = initialArtistState;
  private readonly recordings = new Map<string, FactRecording>();

  apply(recorded: RecordedEvent): void {
    const event = upcast<ArtistEvent['data']>(recorded);
    this.state = evolveArtist(this.state, { type: event.type, data: event.data } as ArtistEvent);
    const { lea, requirement } = event.data as { lea?: string; requirement?: string };
    if (lea === undefined || requirement === undefined) return;
    const history = clearanceHistory(this.state, lea, requirement as never);
    if (!history) return;
    // evolveArtist gives each new fact seq = nextSeq - 1; an event that adds no fact (ClearanceRenewed) just overwrites nothing new.
    const key = factKey(lea, requirement, history.nextSeq - 1);
    if (!this.recordings.has(key)) {
      this.recordings.set(key, { actor: event.metadata.actor, recordedAt: event.recordedAt.toISOString(), revision: event.revision.toString() });
    }
  }

  recordingOf(lea: string, requirement: string, seq: number): FactRecording | undefined {
    return this.recordings.get(factKey(lea, requirement, seq));
  }
}

function factKey(lea: string, requirement: string, seq: number): string {
  return `${lea}\u0000${requirement}\u0000${seq}`;
}
