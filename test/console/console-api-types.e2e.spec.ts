import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * The console's API client is typed from the OpenAPI document (console/src/api/openapi.json → schema.d.ts, by
 * `npm run api:generate`). These fail when either is stale: the document the server serves changed (a route, a
 * field) and the console was not regenerated, or the types were edited by hand.
 */

const API_DIR = join(__dirname, '..', '..', 'console', 'src', 'api');
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(async () => {
  await t?.close();
});

/** Parameter order is the order decorators ran in, which differs between compilers (tsc builds, swc runs Jest). */
function withSortedParameters(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withSortedParameters);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([key, inner]) => {
    const sorted = withSortedParameters(inner);
    if (key === 'parameters' && Array.isArray(sorted)) {
      return [key, [...sorted].sort((a, b) => `${a.in}:${a.name}`.localeCompare(`${b.in}:${b.name}`))];
    }
    return [key, sorted];
  });
  return Object.fromEntries(entries);
}

it('the committed OpenAPI document is the one the server serves', async () => {
  const served = (await t.http.get('/docs-json')).body;
  const committed = JSON.parse(readFileSync(join(API_DIR, 'openapi.json'), 'utf8'));
  expect(withSortedParameters(committed)).toEqual(withSortedParameters(served));
});

it('the committed client types are what openapi-typescript makes of that document', () => {
  const output = execFileSync(process.execPath, [join(API_DIR, '..', '..', 'scripts', 'generate-api-types.mjs'), '--check'], { encoding: 'utf8' });
  expect(output).toContain('up to date');
});
