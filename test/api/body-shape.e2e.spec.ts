import { MAX_JSON_DEPTH } from '../../src/http/json-body';
import { startTestApp, TestApp } from '../support/test-app';
import { COMMAND_ROUTES } from './command-route-catalogue';
import { recordFuzzWorld } from './fuzz-world';

/*
 * Issue 10 §3, the cases found by hand: a deeply nested body, an array where an object belongs, null for an optional
 * field. Each is a 400 problem+json naming the field, and nothing is written.
 */

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  await recordFuzzWorld(t);
});

afterAll(async () => {
  await t?.close();
});

const routeOf = (name: string) => COMMAND_ROUTES.find((route) => route.route === name)!;

async function send(name: string, text: string) {
  const route = routeOf(name);
  const before = await t.store.headPosition();
  const answer = await t.http.post(route.path).set('Authorization', `Bearer ${t.tokens[route.role]}`).set('Content-Type', 'application/json').send(text);
  return { answer, written: (await t.store.headPosition()) !== before };
}

function nested(depth: number): string {
  return `${'{"a":'.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}`;
}

describe('JSON nesting depth', () => {
  it.each(COMMAND_ROUTES.map((route) => [route.route]))('%s: a body nested 2,100 levels deep is a 400, not a stack overflow', async (name) => {
    const { answer, written } = await send(name, `{"x":${nested(2_100)}}`);
    expect({ status: answer.status, type: answer.headers['content-type'], written }).toEqual({ status: 400, type: expect.stringMatching(/^application\/problem\+json/), written: false });
    expect(answer.body.detail).toMatch(`deeper than ${MAX_JSON_DEPTH} levels`);
  });

  it('counts the levels: 64 pass the depth check (then fail validation as unknown), 65 do not', async () => {
    const route = routeOf('POST /schools/{id}/arts-lead');
    const body = (depth: number) => JSON.stringify(route.body).replace(/}$/, `,"extra":${nested(depth - 1)}}`);
    const at = await send(route.route, body(MAX_JSON_DEPTH));
    expect(at.answer.status).toBe(400);
    expect(at.answer.body.detail).not.toMatch('deeper than');
    const over = await send(route.route, body(MAX_JSON_DEPTH + 1));
    expect(over.answer.status).toBe(400);
    expect(over.answer.body.detail).toMatch('deeper than');
  });

  it('refuses a deep array as well as a deep object', async () => {
    const { answer } = await send('POST /compliance/sweeps', `{"asOf":${'['.repeat(5_000)}${']'.repeat(5_000)}}`);
    expect(answer.status).toBe(400);
    expect(answer.body.detail).toMatch('deeper than');
  });
});

describe('objects, arrays, null and lone surrogates where the DTO says otherwise', () => {
  const cases: [name: string, field: string, value: unknown, path: string][] = [
    ['POST /pathways', 'feederPattern', [], 'feederPattern'],
    ['POST /pathways', 'feederPattern', 'x', 'feederPattern'],
    ['POST /pathways', 'feederPattern', null, 'feederPattern'],
    ['POST /pathways', 'feederPattern', { elementarySchoolIds: { 0: 'fz-school' }, middleSchoolIds: ['fz-ms'], highSchoolIds: ['fz-hs'] }, 'feederPattern.elementarySchoolIds'],
    ['POST /pathways', 'feederPattern', { elementarySchoolIds: ['fz-school'], middleSchoolIds: null, highSchoolIds: ['fz-hs'] }, 'feederPattern.middleSchoolIds'],
    ['POST /pathways', 'feederPattern', { elementarySchoolIds: [null], middleSchoolIds: ['fz-ms'], highSchoolIds: ['fz-hs'] }, 'feederPattern.elementarySchoolIds[0]'],
    ['POST /partnerships/{id}/evaluations', 'scores', [], 'scores'],
    ['POST /partnerships/{id}/evaluations', 'scores', [{ meaningful: 5, collaborative: 4, additive: 5 }], 'scores'],
    ['POST /partnerships/{id}/commitments', 'funds', [], 'funds'],
    ['POST /partnerships/{id}/commitments', 'stipends', null, 'stipends'],
    ['POST /compliance/sweeps', 'asOf', null, 'asOf'],
    ['POST /schools', 'id', null, 'id'],
    ['POST /schools', 'grades', {}, 'grades'],
    ['POST /partnerships/{id}/assignments/{assignmentId}/sessions', 'notes', null, 'notes'],
    // A lone surrogate (valid as a JSON escape) made validator.js's isEmail throw: a 500 found by the fuzz.
    ['POST /schools/{id}/arts-lead', 'email', 'a\ud800@fz.example', 'email'],
    ['POST /schools/{id}/arts-plan', 'artForms', ['music', '\udc00'], 'artForms[1]'],
    // class-validator's IsNumber with maxDecimalPlaces throws on 1e-7 (no "." in its string): a 500 found by the fuzz.
    ['POST /partnerships/{id}/commitments', 'releaseTimeHours', 1e-7, '(body)'],
    ['POST /partnerships/{id}/commitments', 'funds', { amount: 5e-324, currency: 'USD' }, '(body)'],
  ];

  it.each(cases)('%s with %s = %j → 400 naming %s, nothing written', async (name, field, value, path) => {
    const { answer, written } = await send(name, JSON.stringify({ ...routeOf(name).body, [field]: value }));
    expect({ status: answer.status, type: answer.headers['content-type'], written }).toEqual({ status: 400, type: expect.stringMatching(/^application\/problem\+json/), written: false });
    expect(answer.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: path })]));
  });

  it('still accepts null where it is documented as meaning something (expiresOn: no fixed expiry)', async () => {
    const { answer } = await send('POST /artists/{id}/clearances/{requirement}/grant-corrections', JSON.stringify({ ...routeOf('POST /artists/{id}/clearances/{requirement}/grant-corrections').body, expiresOn: null }));
    expect(answer.status).not.toBe(400);
    expect(answer.status).toBeLessThan(500);
  });
});
