/** The clearances a teaching artist can hold, each granted by one LEA. */
export const CLEARANCE_REQUIREMENTS = ['background-check', 'tb-screening', 'sex-offender-registry-check', 'mandated-reporter-training'] as const;
export type ClearanceRequirement = (typeof CLEARANCE_REQUIREMENTS)[number];

export const ENGAGEMENTS = ['employee', 'contractor', 'volunteer'] as const;
export type Engagement = (typeof ENGAGEMENTS)[number];

const LABELS: Record<ClearanceRequirement, string> = {
  'background-check': 'background check',
  'tb-screening': 'TB screening',
  'sex-offender-registry-check': 'sex offender registry check',
  'mandated-reporter-training': 'mandated reporter training',
};

/** How compliance staff say it in a sentence: "TB screening". */
export function requirementLabel(requirement: ClearanceRequirement): string {
  return LABELS[requirement];
}

export function isClearanceRequirement(value: unknown): value is ClearanceRequirement {
  return typeof value === 'string' && (CLEARANCE_REQUIREMENTS as readonly string[]).includes(value);
}

export function isEngagement(value: unknown): value is Engagement {
  return typeof value === 'string' && (ENGAGEMENTS as readonly string[]).includes(value);
}
