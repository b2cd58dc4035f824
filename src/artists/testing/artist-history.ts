import { isRefusal } from '../../command-handling';
import { ArtistCommand, GrantClearance, RegisterArtist } from '../domain/artist-commands';
import { artistDecider } from '../domain/artist-decider';
import { ArtistEvent } from '../domain/artist-events';
import { ArtistState } from '../domain/artist-state';
import { DEFAULT_CLEARANCE_POLICY } from '../domain/clearance-policy';
import { CLEARANCE_REQUIREMENTS, ClearanceRequirement, Engagement } from '../domain/clearance-requirement';

/**
 * Builders for tests in any context: histories are produced by running commands through the real decider,
 * so a fixture can never hold an event the domain would not write.
 */
export function registerArtistCommand(overrides: Partial<RegisterArtist> = {}): RegisterArtist {
  return {
    type: 'RegisterArtist',
    artistId: 'artist-1',
    partnerId: 'partner-1',
    partnerExists: true,
    name: 'Rosa Ortega',
    engagement: 'contractor',
    artForms: ['dance'],
    effectiveDate: '2025-08-01',
    ...overrides,
  };
}

export function grantClearanceCommand(requirement: ClearanceRequirement, lea: string, effectiveDate: string, overrides: Partial<GrantClearance> = {}): GrantClearance {
  return {
    type: 'GrantClearance',
    requirement,
    lea,
    effectiveDate,
    evidenceReference: `${requirement}-${lea}-${effectiveDate}`,
    policy: DEFAULT_CLEARANCE_POLICY,
    ...overrides,
  };
}

/** Every clearance the default policy requires, granted by `lea` on `effectiveDate`. */
export function allClearancesCommands(lea: string, effectiveDate: string): GrantClearance[] {
  return CLEARANCE_REQUIREMENTS.map((requirement) => grantClearanceCommand(requirement, lea, effectiveDate));
}

/** Runs the commands in order against the artist decider and returns every event they wrote; a refusal throws. */
export function artistHistory(commands: readonly ArtistCommand[], given: readonly ArtistEvent[] = []): ArtistEvent[] {
  const events = [...given];
  for (const command of commands) {
    const state = events.reduce(artistDecider.evolve, artistDecider.initialState);
    const decision = artistDecider.decide(command, state);
    if (isRefusal(decision)) throw new Error(`fixture command ${command.type} refused: ${decision.rule}: ${decision.detail}`);
    events.push(...decision);
  }
  return events;
}

export function artistStateFrom(events: readonly ArtistEvent[]): ArtistState {
  return events.reduce(artistDecider.evolve, artistDecider.initialState);
}

/** A registered artist holding every default clearance from `lea`, effective `effectiveDate`. */
export function clearedArtist(lea: string, effectiveDate: string, engagement: Engagement = 'contractor'): ArtistState {
  return artistStateFrom(artistHistory([registerArtistCommand({ engagement }), ...allClearancesCommands(lea, effectiveDate)]));
}
