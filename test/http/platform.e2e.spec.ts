import { startTestApp, TestApp } from '../support/test-app';

const PROBLEM = /^application\/problem\+json/;

describe('HTTP platform: auth, errors, headers, docs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('answers /health without a token and reports the event store', async () => {
    const res = await t.http.get('/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.info.eventStore).toEqual({ status: 'up', adapter: 'SqliteEventStore' });
  });

  it('refuses a protected route without a token: 401 problem+json with WWW-Authenticate: Bearer', async () => {
    const res = await t.http.get('/metrics').expect(401);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(res.body).toMatchObject({ status: 401, title: 'Unauthorized', type: expect.any(String), detail: expect.any(String) });
  });

  it('refuses a token that is not a key, and a key sent without the Bearer scheme', async () => {
    await t.http.get('/metrics').set('Authorization', 'Bearer not-a-real-key').expect(401);
    await t.http.get('/metrics').set('Authorization', `Basic ${t.tokens.admin}`).expect(401);
    const almost = t.tokens.admin.slice(0, -1) + (t.tokens.admin.endsWith('A') ? 'B' : 'A');
    await t.http.get('/metrics').set('Authorization', `Bearer ${almost}`).expect(401);
  });

  it('refuses the wrong role with 403 and admits the right ones (/metrics: admin and reporting)', async () => {
    const forbidden = await t.http.get('/metrics').set('Authorization', `Bearer ${t.tokens.operations}`).expect(403);
    expect(forbidden.headers['content-type']).toMatch(PROBLEM);
    expect(forbidden.body.status).toBe(403);
    await t.http.get('/metrics').set('Authorization', `Bearer ${t.tokens.compliance}`).expect(403);
    for (const role of ['admin', 'reporting'] as const) {
      const res = await t.http.get('/metrics').set('Authorization', `Bearer ${t.tokens[role]}`).expect(200);
      expect(res.text).toContain('http_requests_total');
      expect(res.text).toContain('process_cpu_user_seconds_total');
    }
  });

  it('counts requests by route pattern and status in /metrics', async () => {
    await t.http.get('/health').expect(200);
    const res = await t.http.get('/metrics').set('Authorization', `Bearer ${t.tokens.admin}`).expect(200);
    expect(res.text).toMatch(/http_requests_total\{method="GET",route="\/health",status="200"\} [1-9]/);
    expect(res.text).toMatch(/http_requests_total\{method="GET",route="\/metrics",status="401"\} [1-9]/);
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await t.http.get('/no-such-route').set('Authorization', `Bearer ${t.tokens.admin}`).expect(404);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toMatchObject({ status: 404, title: 'Not found' });
  });

  it('answers malformed JSON with 400, a non-JSON body with 415, an oversized body with 413 — all problems', async () => {
    const auth = { Authorization: `Bearer ${t.tokens.admin}` };
    const malformed = await t.http.post('/anything').set(auth).set('Content-Type', 'application/json').send('{"a":').expect(400);
    expect(malformed.headers['content-type']).toMatch(PROBLEM);
    expect(malformed.body.detail).toMatch(/not valid JSON/);
    const form = await t.http.post('/anything').set(auth).set('Content-Type', 'application/x-www-form-urlencoded').send('a=1').expect(415);
    expect(form.headers['content-type']).toMatch(PROBLEM);
    const big = await t.http.post('/anything').set(auth).set('Content-Type', 'application/json').send(JSON.stringify({ a: 'x'.repeat(200 * 1024) })).expect(413);
    expect(big.headers['content-type']).toMatch(PROBLEM);
    expect(big.body.status).toBe(413);
  });

  it('sets helmet headers and echoes a correlation id (the caller\'s when acceptable)', async () => {
    const res = await t.http.get('/health').set('X-Correlation-Id', 'abc-123').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['strict-transport-security']).toBeDefined();
    expect(res.headers['content-security-policy']).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-correlation-id']).toBe('abc-123');
    const injected = await t.http.get('/health').set('X-Correlation-Id', 'a b\tc').expect(200);
    expect(injected.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves a valid OpenAPI document at /docs-json with the bearer scheme, and the UI at /docs, without a token', async () => {
    const res = await t.http.get('/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(res.body.info.title).toBe('Partnership Ledger');
    expect(res.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(res.body.paths['/health']).toBeDefined();
    expect(res.body.paths['/metrics'].get.security).toEqual([{ bearer: [] }]);
    const ui = await t.http.get('/docs').redirects(1).expect(200);
    expect(ui.text).toContain('swagger');
  });
});
