import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ChangeArtistClearanceHandler } from './application/change-artist-clearance.handler';
import { ClearancePolicyModule } from './application/clearance-policy.provider';
import { RegisterArtistHandler } from './application/register-artist.handler';
import { ArtistsController } from './http/artists.controller';

/** Teaching artists and their per-LEA clearances; brings in the global clearance policy every context checks against. */
@Module({
  imports: [CqrsModule, ClearancePolicyModule],
  controllers: [ArtistsController],
  providers: [RegisterArtistHandler, ChangeArtistClearanceHandler],
})
export class ArtistsModule {}
