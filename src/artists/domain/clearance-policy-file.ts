import { ClearancePolicy, ClearanceValidity, DEFAULT_CLEARANCE_POLICY, LeaClearanceRules, RequirementRule } from './clearance-policy';
import { CLEARANCE_REQUIREMENTS, ENGAGEMENTS, Engagement, isClearanceRequirement, isEngagement } from './clearance-requirement';

/** A policy file that cannot be used; the message names the offending key so an operator can fix it. */
export class ClearancePolicyError extends Error {
  override readonly name = 'ClearancePolicyError';
}

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const LEA_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function onlyKeys(value: Record<string, unknown>, allowed: readonly string[], at: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) throw new ClearancePolicyError(`${at}${at ? '.' : ''}${key} is not a known key (expected one of ${allowed.join(', ')})`);
  }
}

function monthDay(value: unknown, at: string): string {
  // 02-29 is refused: a school year must end on a day every year has.
  if (typeof value !== 'string' || !MONTH_DAY.test(value) || Number(value.slice(3)) > DAYS_IN_MONTH[Number(value.slice(0, 2)) - 1]) {
    throw new ClearancePolicyError(`${at} must be a month and day "MM-DD" that exists every year, e.g. "06-30"`);
  }
  return value;
}

function validity(value: unknown, at: string): ClearanceValidity {
  if (!isRecord(value)) throw new ClearancePolicyError(`${at} must be an object with a "kind"`);
  switch (value.kind) {
    case 'none':
    case 'school-year':
      onlyKeys(value, ['kind'], at);
      return { kind: value.kind };
    case 'years-from-effective-date':
      onlyKeys(value, ['kind', 'years'], at);
      if (!Number.isInteger(value.years) || (value.years as number) < 1 || (value.years as number) > 50) {
        throw new ClearancePolicyError(`${at}.years must be a whole number of years from 1 to 50`);
      }
      return { kind: value.kind, years: value.years as number };
    default:
      throw new ClearancePolicyError(`${at}.kind must be one of none, years-from-effective-date, school-year`);
  }
}

function rules(value: unknown, at: string): RequirementRule[] {
  if (!Array.isArray(value)) throw new ClearancePolicyError(`${at} must be a list of { requirement, validity }`);
  const seen = new Set<string>();
  return value.map((item, i) => {
    const where = `${at}[${i}]`;
    if (!isRecord(item)) throw new ClearancePolicyError(`${where} must be an object { requirement, validity }`);
    onlyKeys(item, ['requirement', 'validity'], where);
    if (!isClearanceRequirement(item.requirement)) {
      throw new ClearancePolicyError(`${where}.requirement must be one of ${CLEARANCE_REQUIREMENTS.join(', ')}`);
    }
    if (seen.has(item.requirement)) throw new ClearancePolicyError(`${where}.requirement ${item.requirement} is listed twice`);
    seen.add(item.requirement);
    return { requirement: item.requirement, validity: validity(item.validity, `${where}.validity`) };
  });
}

function requirementsByEngagement(value: unknown, at: string): Partial<Record<Engagement, RequirementRule[]>> {
  if (!isRecord(value)) throw new ClearancePolicyError(`${at} must be an object keyed by engagement (${ENGAGEMENTS.join(', ')})`);
  onlyKeys(value, ENGAGEMENTS, at);
  const result: Partial<Record<Engagement, RequirementRule[]>> = {};
  for (const [engagement, list] of Object.entries(value)) {
    if (isEngagement(engagement)) result[engagement] = rules(list, `${at}.${engagement}`);
  }
  return result;
}

/**
 * Reads a policy file's parsed JSON. Anything it leaves out keeps the DOMAIN.md default:
 * `{ "version": "...", "schoolYearLastDay"?: "MM-DD", "requirements"?: { <engagement>: [rules] },
 *    "leas"?: { <lea>: { "schoolYearLastDay"?: "MM-DD", "requirements"?: { <engagement>: [rules] } } } }`
 */
export function parseClearancePolicy(json: unknown): ClearancePolicy {
  if (!isRecord(json)) throw new ClearancePolicyError('the policy must be a JSON object');
  onlyKeys(json, ['version', 'schoolYearLastDay', 'requirements', 'leas'], '');
  if (typeof json.version !== 'string' || json.version.trim() === '' || json.version.length > 100) {
    throw new ClearancePolicyError('version must be a non-empty string (at most 100 characters) naming this policy, recorded with every decision it makes');
  }
  const requirements = { ...DEFAULT_CLEARANCE_POLICY.requirements, ...(json.requirements === undefined ? {} : requirementsByEngagement(json.requirements, 'requirements')) };
  const leas: Record<string, LeaClearanceRules> = Object.create(null);
  if (json.leas !== undefined) {
    if (!isRecord(json.leas)) throw new ClearancePolicyError('leas must be an object keyed by LEA id');
    for (const [lea, override] of Object.entries(json.leas)) {
      const at = `leas.${lea}`;
      if (!LEA_ID.test(lea)) throw new ClearancePolicyError(`${at}: an LEA id is 1-64 letters, digits, ".", "_" or "-"`);
      if (!isRecord(override)) throw new ClearancePolicyError(`${at} must be an object { schoolYearLastDay?, requirements? }`);
      onlyKeys(override, ['schoolYearLastDay', 'requirements'], at);
      leas[lea] = {
        ...(override.schoolYearLastDay === undefined ? {} : { schoolYearLastDay: monthDay(override.schoolYearLastDay, `${at}.schoolYearLastDay`) }),
        ...(override.requirements === undefined ? {} : { requirements: requirementsByEngagement(override.requirements, `${at}.requirements`) }),
      };
    }
  }
  return {
    version: json.version,
    schoolYearLastDay: json.schoolYearLastDay === undefined ? DEFAULT_CLEARANCE_POLICY.schoolYearLastDay : monthDay(json.schoolYearLastDay, 'schoolYearLastDay'),
    requirements,
    leas,
  };
}
