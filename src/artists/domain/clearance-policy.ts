import { addDays, addYears, endOfSchoolYear } from './calendar-dates';
import { ClearanceRequirement, Engagement } from './clearance-requirement';

/** How long a granted clearance stays valid. */
export type ClearanceValidity =
  /** No fixed expiry: valid until suspended or revoked (background check). */
  | { readonly kind: 'none' }
  /** Valid for `years` years from the effective (assessment) date: the last valid day is the day before the anniversary. */
  | { readonly kind: 'years-from-effective-date'; readonly years: number }
  /** Valid until the last day of the school year in which it became effective. */
  | { readonly kind: 'school-year' };

export interface RequirementRule {
  readonly requirement: ClearanceRequirement;
  readonly validity: ClearanceValidity;
}

/** The rules one LEA sets apart from the defaults; an engagement listed here replaces the default list for it entirely. */
export interface LeaClearanceRules {
  /** `MM-DD`, the last day of this LEA's school year. */
  readonly schoolYearLastDay?: string;
  readonly requirements?: Partial<Record<Engagement, readonly RequirementRule[]>>;
}

export interface ClearancePolicy {
  /** Recorded in every event whose content the policy decided, so a later policy change never rewrites history. */
  readonly version: string;
  /** `MM-DD`, the last day of the school year (default 06-30). */
  readonly schoolYearLastDay: string;
  readonly requirements: Record<Engagement, readonly RequirementRule[]>;
  /** Per-LEA overrides, keyed by LEA id. */
  readonly leas: Readonly<Record<string, LeaClearanceRules>>;
}

const DEFAULT_RULES: readonly RequirementRule[] = [
  { requirement: 'background-check', validity: { kind: 'none' } },
  { requirement: 'tb-screening', validity: { kind: 'years-from-effective-date', years: 4 } },
  { requirement: 'sex-offender-registry-check', validity: { kind: 'none' } },
  { requirement: 'mandated-reporter-training', validity: { kind: 'school-year' } },
];

/**
 * The DOMAIN.md defaults. Volunteers need the same four clearances as employees and contractors:
 * they are on campus with pupils just the same, and an LEA that asks less of volunteers says so in its overrides.
 */
export const DEFAULT_CLEARANCE_POLICY: ClearancePolicy = {
  version: 'default-1',
  schoolYearLastDay: '06-30',
  requirements: { employee: DEFAULT_RULES, contractor: DEFAULT_RULES, volunteer: DEFAULT_RULES },
  leas: {},
};

function leaRules(policy: ClearancePolicy, lea: string): LeaClearanceRules | undefined {
  // hasOwn: LEA ids come from requests and must never reach Object.prototype ("constructor", "__proto__").
  return Object.hasOwn(policy.leas, lea) ? policy.leas[lea] : undefined;
}

/** Which clearances an artist of this engagement needs to work in this LEA, and how long each is valid. */
export function requirementsFor(policy: ClearancePolicy, lea: string, engagement: Engagement): readonly RequirementRule[] {
  const overrides = leaRules(policy, lea)?.requirements;
  if (overrides && Object.hasOwn(overrides, engagement) && overrides[engagement]) return overrides[engagement]!;
  return policy.requirements[engagement];
}

/**
 * The validity rule for a clearance, also when this LEA does not require it for this engagement
 * (then the default rule for the requirement applies, so an optional clearance still expires as it should).
 */
export function validityFor(policy: ClearancePolicy, lea: string, engagement: Engagement, requirement: ClearanceRequirement): ClearanceValidity {
  const candidates = [requirementsFor(policy, lea, engagement), policy.requirements[engagement], ...Object.values(policy.requirements)];
  for (const rules of candidates) {
    const rule = rules.find((r) => r.requirement === requirement);
    if (rule) return rule.validity;
  }
  return { kind: 'none' };
}

export function schoolYearLastDayFor(policy: ClearancePolicy, lea: string): string {
  return leaRules(policy, lea)?.schoolYearLastDay ?? policy.schoolYearLastDay;
}

/** The last valid day of a clearance effective on `effectiveDate`, or null when it has no fixed expiry. */
export function expiryUnder(validity: ClearanceValidity, effectiveDate: string, schoolYearLastDay: string): string | null {
  switch (validity.kind) {
    case 'none':
      return null;
    case 'years-from-effective-date':
      return addDays(addYears(effectiveDate, validity.years), -1);
    case 'school-year':
      return endOfSchoolYear(effectiveDate, schoolYearLastDay);
  }
}
