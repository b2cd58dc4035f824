import { ClearancePolicy, requirementsFor } from '../artists/domain/clearance-policy';
import { Engagement } from '../artists/domain/clearance-requirement';

/*
 * "May the artist work in LEA L today?" is the artists' own rule (clearanceProblemsByRequirement): every clearance
 * the LEA's policy requires for the artist's engagement (`requirementsFor`) is `valid` on the day. The projection
 * stores when each clearance is valid (validity spells, from `clearanceStatusOn`, kept in the artist's row); which
 * clearances are required is read from the policy in force when the query runs, so a changed policy file needs no
 * rebuild. The listing filter and the rows of a page both judge with this one function.
 */

/** Whether every clearance the policy requires in `lea` is valid: `validToday` holds `lea + '\0' + requirement` of each valid one. */
export function mayWorkIn(policy: ClearancePolicy, engagement: Engagement, lea: string, validToday: ReadonlySet<string>): boolean {
  return requirementsFor(policy, lea, engagement).every(({ requirement }) => validToday.has(`${lea}\u0000${requirement}`));
}
