import { CommandContext } from '../../command-handling';
import { ArtistClearanceCommand, GrantClearance, RegisterArtist } from '../domain/artist-commands';

/** Register a teaching artist; the handler reads whether the partner exists. `effectiveDate` defaults to today. */
export class RegisterArtistMessage {
  constructor(
    readonly input: Omit<RegisterArtist, 'type' | 'partnerExists' | 'effectiveDate'> & { readonly effectiveDate?: string },
    readonly context: CommandContext,
  ) {}
}

/** A clearance command as a caller sends it: the policy in force is attached by the handler, never by the caller. */
export type ArtistClearanceRequest = Exclude<ArtistClearanceCommand, GrantClearance> | Omit<GrantClearance, 'policy'>;

/** Any command about a registered artist's clearances (and the per-artist expiry sweep). */
export class ChangeArtistClearanceMessage {
  constructor(
    readonly artistId: string,
    readonly command: ArtistClearanceRequest,
    readonly context: CommandContext,
  ) {}
}
