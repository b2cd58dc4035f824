/** Kinds of community organisation that partner with schools (DOMAIN.md). */
export const PARTNER_KINDS = ['arts-nonprofit', 'youth-symphony', 'after-school-provider', 'health-service', 'food-service', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** The services DOMAIN.md lists; the partner-services report finds gaps per school against this list. */
export const PARTNER_SERVICES = [
  'private-lessons',
  'mentorship',
  'performance-expertise',
  'instruments-and-resources',
  'small-ensembles',
  'genres-not-taught-in-school',
  'special-needs-instruction',
  'advanced-ensembles',
  'teacher-professional-development',
  'out-of-school-hours-care',
  'wraparound-access',
] as const;
export type PartnerService = (typeof PARTNER_SERVICES)[number];

export const AGREEMENT_KINDS = ['mou', 'service-contract'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
