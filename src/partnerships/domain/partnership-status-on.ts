import { PartnershipState } from './partnership-state';

export type PartnershipStatusOnDay = 'proposed' | 'active' | 'concluded';

/**
 * A partnership's status on `date`, from the dates its activation and conclusion take effect: concluded from its
 * conclusion's day on, active from its activation's, proposed before. A conclusion recorded now for next June leaves it
 * active until then. The same rule as the read models' SQL (src/read-models/partnership-status-on.ts; a spec holds the
 * two equal), so the partnership page and the partnerships list never disagree on a day.
 */
export function partnershipStatusOn(state: Pick<PartnershipState, 'activatedOn' | 'concludedOn'>, date: string): PartnershipStatusOnDay {
  if (state.concludedOn !== null && state.concludedOn <= date) return 'concluded';
  if (state.activatedOn !== null && state.activatedOn <= date) return 'active';
  return 'proposed';
}
