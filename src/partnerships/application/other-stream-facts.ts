import { Inject, Injectable } from '@nestjs/common';
import { artistDecider } from '../../artists/domain/artist-decider';
import { artistStream } from '../../artists/domain/streams';
import { loadAggregate } from '../../command-handling';
import { EventStore } from '../../event-store';
import { partnerDecider } from '../../partners/domain/partner-decider';
import { partnerStream } from '../../partners/domain/streams';
import { schoolDecider } from '../../schools/domain/school-decider';
import { schoolStream } from '../../schools/domain/streams';

/** Current folds of the streams a partnership decision depends on (schools, partners, artists). */
@Injectable()
export class OtherStreamFacts {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  school(schoolId: string) {
    return loadAggregate(this.store, schoolStream(schoolId), schoolDecider);
  }

  partner(partnerId: string) {
    return loadAggregate(this.store, partnerStream(partnerId), partnerDecider);
  }

  artist(artistId: string) {
    return loadAggregate(this.store, artistStream(artistId), artistDecider);
  }

  /** Of these partner ids, those with a stream: one event read each, not a fold. */
  async existingPartnerIds(partnerIds: readonly string[]): Promise<string[]> {
    const found: string[] = [];
    for (const id of new Set(partnerIds)) {
      for await (const _first of this.store.readStream(partnerStream(id), { maxCount: 1 })) {
        found.push(id);
        break;
      }
    }
    return found;
  }
}
