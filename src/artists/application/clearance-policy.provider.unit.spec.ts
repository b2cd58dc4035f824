import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CLEARANCE_POLICY, requirementsFor } from '../domain/clearance-policy';
import { loadClearancePolicy } from './clearance-policy.provider';

describe('loading the clearance policy from CLEARANCE_POLICY_FILE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearance-policy-'));
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('uses the DOMAIN.md defaults when no file is configured', () => {
    expect(loadClearancePolicy(undefined)).toBe(DEFAULT_CLEARANCE_POLICY);
  });

  it("loads an LEA's overrides from the file", () => {
    const policy = loadClearancePolicy(file('ok.json', JSON.stringify({ version: 'sfusd-2026', leas: { sfusd: { requirements: { volunteer: [{ requirement: 'background-check', validity: { kind: 'none' } }] } } } })));
    expect(policy.version).toBe('sfusd-2026');
    expect(requirementsFor(policy, 'sfusd', 'volunteer')).toHaveLength(1);
  });

  it('stops the start with a message naming the setting, the file and the bad key', () => {
    const bad = file('bad.json', JSON.stringify({ version: 'v', leas: { sfusd: { requirements: { volunteer: [{ requirement: 'tb-screening', validity: { kind: 'years-from-effective-date', years: -1 } }] } } } }));
    expect(() => loadClearancePolicy(bad)).toThrow(/CLEARANCE_POLICY_FILE .*bad\.json.*leas\.sfusd\.requirements\.volunteer\[0\]\.validity\.years/);
    expect(() => loadClearancePolicy(file('broken.json', '{ not json'))).toThrow(/CLEARANCE_POLICY_FILE must be a readable JSON file/);
  });
});
