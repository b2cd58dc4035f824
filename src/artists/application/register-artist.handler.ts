import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../clock/clock';
import { CommandResult, executeCommand, loadAggregate } from '../../command-handling';
import { EventStore } from '../../event-store';
import { partnerDecider } from '../../partners/domain/partner-decider';
import { partnerStream } from '../../partners/domain/streams';
import { artistDecider } from '../domain/artist-decider';
import { artistStream } from '../domain/streams';
import { RegisterArtistMessage } from './artist-command-messages';

@CommandHandler(RegisterArtistMessage)
export class RegisterArtistHandler implements ICommandHandler<RegisterArtistMessage, CommandResult> {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  execute({ input, context }: RegisterArtistMessage): Promise<CommandResult> {
    return executeCommand({
      store: this.store,
      decider: artistDecider,
      id: input.artistId,
      streamId: artistStream(input.artistId),
      context,
      // Read on every attempt, so a retry after a lost race sees the partner as it is then.
      command: async () => {
        const partner = await loadAggregate(this.store, partnerStream(input.partnerId), partnerDecider);
        return { type: 'RegisterArtist' as const, ...input, effectiveDate: input.effectiveDate ?? this.clock.today(), partnerExists: partner.state.exists };
      },
    });
  }
}
