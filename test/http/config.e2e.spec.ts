import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load-config';
import { startTestApp } from '../support/test-app';

describe('configuration', () => {
  it('defaults to the embedded store under ./data on port 3000 with FULL sync and a 100kb body limit', () => {
    const config = loadConfig({});
    expect(config.dataDir).toBe(join(process.cwd(), 'data'));
    expect(config.eventStore).toEqual({ kind: 'sqlite', path: join(process.cwd(), 'data', 'events.sqlite'), synchronous: 'FULL' });
    expect(config.port).toBe(3000);
    expect(config.bodyLimit).toBe('100kb');
    expect(config.configuredApiKeys).toBeUndefined();
    expect(loadConfig({ EVENT_STORE_URL: 'esdb://localhost:2113?tls=false' }).eventStore).toEqual({ kind: 'esdb', connectionString: 'esdb://localhost:2113?tls=false' });
  });

  it.each([
    ['EVENT_STORE_URL', 'postgres://user:secret@db/x', /esdb:\/\//],
    ['PORT', '70000', /1 to 65535/],
    ['PORT', 'eighty', /1 to 65535/],
    ['SQLITE_SYNCHRONOUS', 'OFF', /FULL, NORMAL/],
    ['LOG_LEVEL', 'loud', /info/],
    ['RATE_LIMIT_PER_MINUTE', '0', /whole number/],
    ['BODY_LIMIT', 'lots', /100kb/],
    ['CLEARANCE_POLICY_FILE', '/no/such/policy.json', /existing file/],
    ['API_KEYS', 'admin:short', /at least 32/],
    ['API_KEYS_FILE', '/no/such/keys.json', /readable JSON/],
  ])('stops the start when %s=%s, naming the setting and what it accepts', async (name, value, accepted) => {
    const start = startTestApp({ env: { [name]: value } });
    await expect(start).rejects.toThrow(new RegExp(`Invalid configuration: ${name} `));
    await expect(start).rejects.toThrow(accepted);
  });

  it('never echoes a connection string or key in the error (they may hold secrets)', () => {
    expect(() => loadConfig({ EVENT_STORE_URL: 'postgres://user:secret@db/x' })).toThrow(/^(?!.*secret).*$/s);
    expect(() => loadConfig({ API_KEYS: 'admin:name:tooshortsecret' })).toThrow(/^(?!.*tooshortsecret).*$/s);
  });

  it('reads API_KEYS_FILE with tokens or their sha256, and checks CLEARANCE_POLICY_FILE exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-config-'));
    try {
      const keys = join(dir, 'keys.json');
      writeFileSync(keys, JSON.stringify({ keys: [{ role: 'compliance', name: 'compliance-1', token: 'x'.repeat(32) }, { role: 'reporting', sha256: 'a'.repeat(64) }] }));
      const policy = join(dir, 'policy.json');
      writeFileSync(policy, '{}');
      const config = loadConfig({ API_KEYS_FILE: keys, CLEARANCE_POLICY_FILE: policy });
      expect(config.configuredApiKeys?.map((k) => `${k.role}:${k.name}`)).toEqual(['compliance:compliance-1', 'reporting:reporting']);
      expect(config.clearancePolicyFile).toBe(policy);
      writeFileSync(keys, JSON.stringify({ keys: [{ role: 'superuser', token: 'x'.repeat(32) }] }));
      expect(() => loadConfig({ API_KEYS_FILE: keys })).toThrow(/API_KEYS_FILE keys\[0\]\.role must be one of admin/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('rate limit', () => {
  it('answers 429 problem+json past RATE_LIMIT_PER_MINUTE', async () => {
    const t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      for (let i = 0; i < 3; i++) await t.http.get('/health').expect(200);
      const res = await t.http.get('/health').expect(429);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.status).toBe(429);
    } finally {
      await t.close();
    }
  });
});
