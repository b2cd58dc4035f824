import { startTestApp, TestApp } from '../support/test-app';
import { COMMAND_ROUTES } from './command-route-catalogue';

/*
 * The generated-request fuzz (malformed-bodies.e2e.spec.ts, npm run fuzz) mutates each command route's body along
 * its OpenAPI schema, starting from the valid body this catalogue gives it. This holds the catalogue to the app's own
 * OpenAPI document, so a new command route without a catalogue entry (and so without fuzzing) fails here, by name.
 */

let t: TestApp;
let documentedPosts: string[];

beforeAll(async () => {
  t = await startTestApp();
  const docs = await t.http.get('/docs-json').expect(200);
  const paths = docs.body.paths as Record<string, Record<string, unknown>>;
  documentedPosts = Object.entries(paths).filter(([, operations]) => 'post' in operations).map(([path]) => `POST ${path}`);
});

afterAll(async () => {
  await t?.close();
});

const catalogued = () => COMMAND_ROUTES.map((route) => route.route);

describe('the malformed-body catalogue covers the API', () => {
  it('lists every POST route of the OpenAPI document (a new command route needs its catalogue entry)', () => {
    expect(documentedPosts.length).toBeGreaterThan(0);
    const listed = new Set(catalogued());
    expect(documentedPosts.filter((route) => !listed.has(route))).toEqual([]);
  });

  it('lists only routes the OpenAPI document has, each once', () => {
    const documented = new Set(documentedPosts);
    expect(catalogued().filter((route) => !documented.has(route))).toEqual([]);
    expect(catalogued().filter((route, index, all) => all.indexOf(route) !== index)).toEqual([]);
  });

  it('sends each entry\'s bodies to the route it is named after', () => {
    const template = (route: string) => new RegExp(`^${route.replace(/^POST /, '').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    expect(COMMAND_ROUTES.filter((route) => !template(route.route).test(route.path)).map((route) => `${route.route} ← ${route.path}`)).toEqual([]);
  });
});
