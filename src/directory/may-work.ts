import { ClearancePolicy, requirementsFor } from '../artists/domain/clearance-policy';
import { ClearanceRequirement, ENGAGEMENTS, Engagement } from '../artists/domain/clearance-requirement';

/*
 * "May the artist work in LEA L today?" is the artists' own rule (clearanceProblemsByRequirement): every clearance
 * the LEA's policy requires for the artist's engagement (`requirementsFor`) is `valid` on the day. The projection
 * stores when each clearance is valid (clearance-validity spells, from `clearanceStatusOn`); which clearances are
 * required is read from the policy in force when the query runs, so a changed policy file needs no rebuild.
 * The same judgement is made twice: in SQL to filter a listing (`mayWorkSql`), in code for the rows of a page
 * (`mayWorkIn`); both take the required clearances from `requirementsFor`.
 */

/** A SQL string literal. */
function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

export interface MayWorkColumns {
  /** The validity spells table. */
  readonly validity: string;
  /** SQL giving the artist's id, its engagement, and the LEA asked about. */
  readonly artistId: string;
  readonly engagement: string;
  readonly lea: string;
  /** The named parameter holding today's date, e.g. `@today`. */
  readonly today: string;
}

/**
 * A SQL expression, 1 when the artist may work in the LEA on `today`, else 0. The policy's LEA overrides are spelled
 * out one by one (a policy names a handful of LEAs); every other LEA gets the policy's default list.
 */
export function mayWorkSql(policy: ClearancePolicy, columns: MayWorkColumns): string {
  const allValid = (requirements: readonly ClearanceRequirement[]) =>
    requirements.length === 0
      ? '1'
      : requirements.map((requirement) => `EXISTS (SELECT 1 FROM "${columns.validity}" v WHERE v.artist_id = ${columns.artistId}
          AND v.lea = ${columns.lea} AND v.requirement = ${literal(requirement)} AND v.valid_from <= ${columns.today}
          AND (v.valid_until IS NULL OR v.valid_until >= ${columns.today}))`).join(' AND ');
  const required = (lea: string, engagement: Engagement) => requirementsFor(policy, lea, engagement).map((rule) => rule.requirement);
  const overridden = Object.keys(policy.leas).sort();
  const branches: string[] = [];
  for (const engagement of ENGAGEMENTS) {
    for (const lea of overridden) {
      branches.push(`WHEN ${columns.engagement} = ${literal(engagement)} AND ${columns.lea} = ${literal(lea)} THEN (${allValid(required(lea, engagement))})`);
    }
    // requirementsFor answers the policy's default list for every LEA without overrides.
    branches.push(`WHEN ${columns.engagement} = ${literal(engagement)} THEN (${allValid(policy.requirements[engagement].map((rule) => rule.requirement))})`);
  }
  return `(CASE ${branches.join(' ')} ELSE 0 END)`;
}

/** The same judgement for one artist: `validToday` holds `lea + '\0' + requirement` of each clearance valid today. */
export function mayWorkIn(policy: ClearancePolicy, engagement: Engagement, lea: string, validToday: ReadonlySet<string>): boolean {
  return requirementsFor(policy, lea, engagement).every(({ requirement }) => validToday.has(`${lea}\u0000${requirement}`));
}
