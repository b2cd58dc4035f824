import { Decider, DomainEvent } from '../command-handling';
import { artistDecider } from '../artists/domain/artist-decider';
import { partnerDecider } from '../partners/domain/partner-decider';
import { partnershipDecider } from '../partnerships/domain/partnership-decider';
import { pathwayDecider } from '../pathways/domain/pathway-decider';
import { schoolDecider } from '../schools/domain/school-decider';

/** Any aggregate's decider, seen only through what a replay needs: its initial state and evolve. */
export type ReplayableDecider = Pick<Decider<unknown, DomainEvent, unknown>, 'initialState' | 'evolve'>;

export interface StreamAggregate {
  /** `partnership`, `artist`, … */
  readonly kind: string;
  /** The aggregate id: the stream id without its prefix. */
  readonly id: string;
  readonly decider: ReplayableDecider;
}

// Longest prefix first: `partnership-` must win over a shorter prefix should one ever overlap.
const STREAM_PREFIXES: readonly (readonly [string, string, ReplayableDecider])[] = [
  ['partnership-', 'partnership', partnershipDecider as unknown as ReplayableDecider],
  ['partner-', 'partner', partnerDecider as unknown as ReplayableDecider],
  ['pathway-', 'pathway', pathwayDecider as unknown as ReplayableDecider],
  ['school-', 'school', schoolDecider as unknown as ReplayableDecider],
  ['artist-', 'artist', artistDecider as unknown as ReplayableDecider],
];

/** The decider that folds a stream, from its prefix (`school-`, `partner-`, `artist-`, `partnership-`, `pathway-`); undefined for any other stream. */
export function deciderForStream(streamId: string): StreamAggregate | undefined {
  for (const [prefix, kind, decider] of STREAM_PREFIXES) {
    if (streamId.startsWith(prefix) && streamId.length > prefix.length) return { kind, id: streamId.slice(prefix.length), decider };
  }
  return undefined;
}
