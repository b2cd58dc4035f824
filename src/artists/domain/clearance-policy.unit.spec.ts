import { DEFAULT_CLEARANCE_POLICY, requirementsFor } from './clearance-policy';
import { parseClearancePolicy } from './clearance-policy-file';

const names = (rules: readonly { requirement: string }[]) => rules.map((r) => r.requirement);

describe('the clearance policy', () => {
  it('asks every engagement type for the four DOMAIN.md clearances by default, with their validity', () => {
    for (const engagement of ['employee', 'contractor', 'volunteer'] as const) {
      expect(requirementsFor(DEFAULT_CLEARANCE_POLICY, 'any-lea', engagement)).toEqual([
        { requirement: 'background-check', validity: { kind: 'none' } },
        { requirement: 'tb-screening', validity: { kind: 'years-from-effective-date', years: 4 } },
        { requirement: 'sex-offender-registry-check', validity: { kind: 'none' } },
        { requirement: 'mandated-reporter-training', validity: { kind: 'school-year' } },
      ]);
    }
  });

  it('applies an LEA override only in that LEA and only for the engagement it names', () => {
    const policy = parseClearancePolicy({
      version: 'lausd-2025',
      leas: { lausd: { requirements: { volunteer: [{ requirement: 'background-check', validity: { kind: 'none' } }] } } },
    });
    expect(names(requirementsFor(policy, 'lausd', 'volunteer'))).toEqual(['background-check']);
    expect(requirementsFor(policy, 'lausd', 'employee')).toHaveLength(4);
    expect(requirementsFor(policy, 'sfusd', 'volunteer')).toHaveLength(4);
  });

  it('never reads an LEA id as an object property of the policy', () => {
    expect(requirementsFor(DEFAULT_CLEARANCE_POLICY, 'constructor', 'volunteer')).toHaveLength(4);
    expect(requirementsFor(DEFAULT_CLEARANCE_POLICY, '__proto__', 'volunteer')).toHaveLength(4);
  });
});

describe('reading a policy file', () => {
  it('keeps the defaults for whatever the file leaves out', () => {
    const policy = parseClearancePolicy({ version: 'v2', schoolYearLastDay: '06-15' });
    expect(policy).toMatchObject({ version: 'v2', schoolYearLastDay: '06-15', requirements: DEFAULT_CLEARANCE_POLICY.requirements });
  });

  it.each([
    [{}, /^version must be a non-empty string/],
    [{ version: 'v', schoolYearLastDay: '02-29' }, /^schoolYearLastDay must be a month and day "MM-DD"/],
    [{ version: 'v', extra: 1 }, /^extra is not a known key/],
    [{ version: 'v', requirements: { intern: [] } }, /^requirements\.intern is not a known key/],
    [{ version: 'v', requirements: { volunteer: [{ requirement: 'fingerprints', validity: { kind: 'none' } }] } }, /^requirements\.volunteer\[0\]\.requirement must be one of/],
    [{ version: 'v', leas: { lausd: { requirements: { employee: [{ requirement: 'tb-screening', validity: { kind: 'years-from-effective-date', years: 0 } }] } } } }, /^leas\.lausd\.requirements\.employee\[0\]\.validity\.years must be a whole number/],
    [{ version: 'v', leas: { lausd: { requirements: { employee: [{ requirement: 'tb-screening', validity: { kind: 'forever' } }] } } } }, /^leas\.lausd\.requirements\.employee\[0\]\.validity\.kind must be one of/],
    [{ version: 'v', leas: { lausd: { schoolYearLastDay: '13-01' } } }, /^leas\.lausd\.schoolYearLastDay must be/],
    [{ version: 'v', requirements: { employee: [{ requirement: 'tb-screening', validity: { kind: 'none' } }, { requirement: 'tb-screening', validity: { kind: 'none' } }] } }, /listed twice/],
  ])('refuses %j with an error naming the bad key', (json, message) => {
    expect(() => parseClearancePolicy(json)).toThrow(message);
  });
});
