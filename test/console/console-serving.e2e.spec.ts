import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONSOLE_PAGE_PREFIXES, isConsolePage } from '../../src/console-assets/console-routes';
import { findConsoleBuild } from '../../src/console-assets/serve-console';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * The console as the server serves it (real HTTP through the Nest app): index.html for the console's own pages and
 * never cached, hashed assets cached for a year, a strict Content-Security-Policy, and no API route shadowed.
 * Needs the built console (`npm test` builds it first).
 */

let t: TestApp;
let indexHtml: string;

beforeAll(async () => {
  const build = findConsoleBuild(join(__dirname, '..', '..', 'src', 'console-assets'));
  if (!build) throw new Error('console/dist is missing: run `npm run build:console` (npm test does it before Jest)');
  indexHtml = readFileSync(join(build, 'index.html'), 'utf8');
  t = await startTestApp();
});

afterAll(async () => {
  await t?.close();
});

describe('serving the console', () => {
  it('answers / and every console page with index.html, not cached, under a strict CSP', async () => {
    for (const path of ['/', '/compliance/artists/nora-callahan?asOf=2026-01-01', '/operations/partnerships/x/timeline', '/reporting/pathways', '/admin/health', '/sign-in']) {
      const response = await t.http.get(path).set('Accept', 'text/html');
      expect(response.status).toBe(200);
      expect(response.type).toBe('text/html');
      expect(response.text).toBe(indexHtml);
      expect(response.headers['cache-control']).toBe('no-cache');
      const csp = response.headers['content-security-policy'] as string;
      const scriptSrc = csp.split(';').find((directive) => directive.trim().startsWith('script-src '));
      expect(scriptSrc?.trim()).toBe("script-src 'self'");
      expect(csp).not.toContain('unsafe-eval');
    }
  });

  it('ships no inline script: every script of index.html is a file from /assets', () => {
    const scripts = [...indexHtml.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src="\/assets\/[^"]+\.js"/);
      expect(body.trim()).toBe('');
    }
  });

  it('caches hashed assets for a year and answers 404 (not the page) for a missing one', async () => {
    const entry = /src="(\/assets\/[^"]+\.js)"/.exec(indexHtml)![1];
    const asset = await t.http.get(entry);
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toContain('max-age=31536000');
    expect(asset.headers['cache-control']).toContain('immutable');
    const missing = await t.http.get('/assets/no-such-chunk-0000.js');
    expect(missing.status).toBe(404);
    expect(missing.text).not.toBe(indexHtml);
  });

  it('never shadows an API route: no GET path of the OpenAPI document is a console page, and /artists stays the API', async () => {
    const document = (await t.http.get('/docs-json')).body as { paths: Record<string, Record<string, unknown>> };
    const getPaths = Object.entries(document.paths).filter(([, methods]) => 'get' in methods).map(([path]) => path.replace(/\{[^}]+\}/g, 'x'));
    expect(getPaths.length).toBeGreaterThan(20);
    for (const path of getPaths) expect([path, isConsolePage(path)]).toEqual([path, false]);
    for (const prefix of CONSOLE_PAGE_PREFIXES) expect(isConsolePage(`${prefix}/anything`)).toBe(true);
    // A browser asking for the directory route gets the API's answer (401 without a key), not the console.
    const api = await t.http.get('/artists').set('Accept', 'text/html');
    expect(api.status).toBe(401);
    expect(api.type).toBe('application/problem+json');
    // A POST to a console path is not answered with the page.
    const post = await t.http.post('/compliance/sweeps').set('Authorization', `Bearer ${t.tokens.compliance}`).send({ asOf: '2026-12-01' });
    expect(post.status).toBe(200);
    expect(post.type).toBe('application/json');
  });
});
