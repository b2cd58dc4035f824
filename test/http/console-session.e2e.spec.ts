import { PassThrough } from 'node:stream';
import supertest from 'supertest';
import { sessionKeyOf, SessionStore } from '../../src/auth/session-store';
import { ConfigError } from '../../src/config/config-error';
import { loadConfig } from '../../src/config/load-config';
import { Role } from '../../src/http/roles.decorator';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * The browser console's sign-in (issue 9 §2): POST/GET/DELETE /session, the ledger_session cookie, the guard taking the
 * cookie as the key's principal, the CSRF rule for cookie requests that change something, idle and absolute expiry on
 * the app's clock. Real HTTP through the app; each request carries exactly the cookie and headers the test gives it
 * (plain supertest, not the agent with its cookie jar).
 */

const PROBLEM = /^application\/problem\+json/;
const MINUTE = 60_000;
const KEYS: Record<Role, { name: string; token: string }> = {
  admin: { name: 'ada', token: 'a'.repeat(40) },
  compliance: { name: 'cam', token: 'c'.repeat(40) },
  operations: { name: 'olu', token: 'o'.repeat(40) },
  reporting: { name: 'rae', token: 'r'.repeat(40) },
};
const API_KEYS = Object.entries(KEYS).map(([role, key]) => `${role}:${key.name}:${key.token}`).join(',');

let t: TestApp;
let http: supertest.Agent | ReturnType<typeof supertest>;
let origin: string;
const log = captureLog();

beforeAll(async () => {
  t = await startTestApp({ env: { API_KEYS }, logStream: log.stream });
  http = supertest(t.app.getHttpServer());
  const { port } = t.app.getHttpServer().address() as { port: number };
  origin = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await t?.close();
});

function captureLog(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

const bearer = (role: Role) => ({ Authorization: `Bearer ${KEYS[role].token}` });

function setCookies(response: supertest.Response): string[] {
  const header = response.headers['set-cookie'] as unknown;
  return Array.isArray(header) ? (header as string[]) : typeof header === 'string' ? [header] : [];
}

/** Signs in as the role; answers the response and the `Cookie` header value to send back. */
async function signIn(role: Role, headers: Record<string, string> = {}): Promise<{ response: supertest.Response; cookie: string; id: string }> {
  const response = await http.post('/session').set(headers).send({ apiKey: KEYS[role].token }).expect(201);
  const [set] = setCookies(response);
  const id = /^ledger_session=([^;]*)/.exec(set)?.[1] ?? '';
  return { response, cookie: `ledger_session=${id}`, id };
}

function school(id: string) {
  return { id, lea: 'lausd', name: `School ${id}`, level: 'elementary', grades: ['K', '1', '2'], enrolment: 300, effectiveDate: '2026-08-01' };
}

async function eventsOf(streamId: string) {
  const events = [];
  for await (const event of t.store.readStream(streamId)) events.push(event);
  return events;
}

describe('POST /session: signing in with an API key', () => {
  it('answers 201 with the role, actor and both expiries, and sets an HttpOnly SameSite=Strict cookie (no Secure over http)', async () => {
    const before = t.clock.now().getTime();
    const { response, id } = await signIn('operations');
    expect(Object.keys(response.body).sort()).toEqual(['actor', 'expiresAt', 'idleExpiresAt', 'role']);
    expect(response.body).toEqual({
      role: 'operations',
      actor: 'key:olu',
      expiresAt: new Date(before + 12 * 60 * MINUTE).toISOString(),
      idleExpiresAt: new Date(before + 30 * MINUTE).toISOString(),
    });
    expect(response.headers['cache-control']).toBe('no-store');
    const cookies = setCookies(response);
    expect(cookies).toHaveLength(1);
    const attributes = cookies[0].split(';').map((part) => part.trim());
    expect(attributes[0]).toMatch(/^ledger_session=[A-Za-z0-9_-]{43}$/);
    expect(attributes.slice(1).sort()).toEqual(['HttpOnly', 'Path=/', 'SameSite=Strict']);
    expect(Buffer.from(id, 'base64url')).toHaveLength(32);
    expect(cookies[0]).not.toContain(KEYS.operations.token);
  });

  it('does not set Secure from X-Forwarded-Proto: trust proxy is off, so only a TLS connection to this server counts', async () => {
    const { response } = await signIn('reporting', { 'X-Forwarded-Proto': 'https' });
    expect(setCookies(response)[0]).not.toMatch(/Secure/i);
  });

  it('gives every sign-in a new random id', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) ids.add((await signIn('reporting')).id);
    expect(ids.size).toBe(5);
  });

  it('refuses a key that is not valid with 401 problem+json and sets no cookie', async () => {
    const response = await http.post('/session').send({ apiKey: 'x'.repeat(40) }).expect(401);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body).toMatchObject({ status: 401, title: 'Unauthorized', detail: expect.stringMatching(/not valid/) });
    expect(setCookies(response)).toEqual([]);
  });

  it('validates the body like every DTO: unknown fields, wrong types, missing key → 400 problem, no cookie', async () => {
    for (const body of [{ apiKey: KEYS.admin.token, role: 'admin' }, { apiKey: 42 }, {}, { apiKey: '' }]) {
      const response = await http.post('/session').send(body).expect(400);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(setCookies(response)).toEqual([]);
      expect(JSON.stringify(response.body)).not.toContain(KEYS.admin.token);
    }
  });

  it('refuses a sign-in another site makes the browser send (login CSRF), allows one without origin headers (curl)', async () => {
    for (const headers of [{ Origin: 'https://evil.example' }, { 'Sec-Fetch-Site': 'cross-site' }, { 'Sec-Fetch-Site': 'same-site' }, { Origin: 'null' }]) {
      const response = await http.post('/session').set(headers).send({ apiKey: KEYS.admin.token }).expect(403);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(setCookies(response)).toEqual([]);
    }
    await signIn('admin', { Origin: origin, 'Sec-Fetch-Site': 'same-origin' });
    await signIn('admin');
  });

  it('keeps only the hash of the session id, and never logs the key or the id', async () => {
    const { id } = await signIn('compliance', { Origin: origin });
    const sessions = t.app.get(SessionStore);
    expect(sessions.peek(id)).toBeUndefined();
    expect(sessions.peek(sessionKeyOf(id))?.principal).toEqual({ role: 'compliance', actor: 'key:cam' });
    await http.get('/session').set('Cookie', `ledger_session=${id}`).expect(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const text = log.text();
    expect(text).toContain('"url":"/session"');
    expect(text).not.toContain(id);
    for (const key of Object.values(KEYS)) expect(text).not.toContain(key.token);
  });
});

describe('GET /session: who is signed in', () => {
  it('answers the session with its expiries via the cookie, the key via bearer, 401 with neither', async () => {
    const { cookie, response: signedIn } = await signIn('compliance');
    const viaCookie = await http.get('/session').set('Cookie', cookie).expect(200);
    expect(viaCookie.body).toEqual({ role: 'compliance', actor: 'key:cam', expiresAt: signedIn.body.expiresAt, idleExpiresAt: signedIn.body.idleExpiresAt, via: 'session' });
    const viaBearer = await http.get('/session').set(bearer('reporting')).expect(200);
    expect(viaBearer.body).toEqual({ role: 'reporting', actor: 'key:rae', expiresAt: null, idleExpiresAt: null, via: 'bearer' });
    const none = await http.get('/session').expect(401);
    expect(none.headers['content-type']).toMatch(PROBLEM);
    await http.get('/session').set('Cookie', `ledger_session=${'A'.repeat(43)}`).expect(401);
    await http.get('/session').set('Cookie', 'ledger_session=not-an-id').expect(401);
  });

  it('judges a request with an Authorization header by that header alone', async () => {
    const { cookie } = await signIn('admin');
    await http.get('/session').set('Cookie', cookie).set('Authorization', 'Bearer not-a-real-key').expect(401);
    const other = await http.get('/session').set('Cookie', cookie).set(bearer('reporting')).expect(200);
    expect(other.body).toMatchObject({ role: 'reporting', via: 'bearer' });
  });

  it('finds the session cookie among other cookies', async () => {
    const { id } = await signIn('reporting');
    const response = await http.get('/session').set('Cookie', `theme=dark; ledger_session=${id}; other=1`).expect(200);
    expect(response.body.via).toBe('session');
  });
});

describe('cookie-authenticated requests', () => {
  it('reads with the cookie, as the key would', async () => {
    await http.post('/schools').set(bearer('operations')).send(school('cookie-read')).expect(201);
    const { cookie } = await signIn('reporting');
    const view = await http.get('/schools/cookie-read').set('Cookie', cookie).expect(200);
    expect(view.body.state).toMatchObject({ name: 'School cookie-read' });
  });

  it('accepts a command from the console\'s origin and records the same actor as the key used as a bearer token', async () => {
    const { cookie } = await signIn('operations');
    const viaCookie = await http.post('/schools').set('Cookie', cookie).set('Origin', origin).send(school('via-cookie')).expect(201);
    const viaSecFetch = await http.post('/schools').set('Cookie', cookie).set('Sec-Fetch-Site', 'same-origin').send(school('via-sec-fetch')).expect(201);
    const viaBearer = await http.post('/schools').set(bearer('operations')).send(school('via-bearer')).expect(201);
    const [cookieEvent] = await eventsOf(viaCookie.body.streamId);
    const [secFetchEvent] = await eventsOf(viaSecFetch.body.streamId);
    const [bearerEvent] = await eventsOf(viaBearer.body.streamId);
    expect(bearerEvent.metadata.actor).toBe('key:olu');
    expect(cookieEvent.metadata.actor).toBe(bearerEvent.metadata.actor);
    expect(secFetchEvent.metadata.actor).toBe(bearerEvent.metadata.actor);
  });

  it.each([
    ['another origin', { Origin: 'https://evil.example' }],
    ['the same host on another port', { Origin: 'http://127.0.0.1:1' }],
    ['no Origin and no Sec-Fetch-Site', {}],
    ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['Sec-Fetch-Site: cross-site with a matching Origin', { 'Sec-Fetch-Site': 'cross-site', Origin: 'ORIGIN' }],
    ['Origin: null', { Origin: 'null' }],
  ])('refuses a cookie command with %s: 403 problem, nothing written', async (_name, headers: Record<string, string>) => {
    const { cookie } = await signIn('operations');
    const head = await t.store.headPosition();
    const sent = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, value === 'ORIGIN' ? origin : value]));
    const response = await http.post('/schools').set('Cookie', cookie).set(sent).send(school('csrf-target')).expect(403);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body.detail).toMatch(/console's own origin/);
    expect(await eventsOf('school-csrf-target')).toEqual([]);
    expect(await t.store.headPosition()).toBe(head);
  });

  it('leaves bearer requests out of the origin rule (no ambient credential)', async () => {
    await http.post('/schools').set(bearer('operations')).set('Origin', 'https://evil.example').send(school('bearer-cross-origin')).expect(201);
  });

  it('keeps the roles: a reporting session may not write even from the console\'s origin, operations may not send compliance commands', async () => {
    const reporting = await signIn('reporting');
    const refused = await http.post('/schools').set('Cookie', reporting.cookie).set('Origin', origin).send(school('reporting-write')).expect(403);
    expect(refused.body.detail).toMatch(/reporting role may not POST/);
    const operations = await signIn('operations');
    await http.post('/compliance/sweeps').set('Cookie', operations.cookie).set('Origin', origin).send({}).expect(403);
    await http.get('/streams/school-via-cookie/events').set('Cookie', operations.cookie).expect(403);
    const compliance = await signIn('compliance');
    await http.get('/streams/school-via-cookie/events').set('Cookie', compliance.cookie).expect(200);
    expect(await eventsOf('school-reporting-write')).toEqual([]);
  });
});

describe('DELETE /session: signing out', () => {
  it('ends the session on the server and clears the cookie; the same cookie then gets 401 everywhere', async () => {
    const { cookie } = await signIn('operations');
    const response = await http.delete('/session').set('Cookie', cookie).set('Origin', origin).expect(204);
    const [cleared] = setCookies(response);
    expect(cleared).toMatch(/^ledger_session=;/);
    expect(cleared).toMatch(/Max-Age=0/);
    const after = await http.get('/session').set('Cookie', cookie).expect(401);
    expect(after.body.detail).toMatch(/ended or expired/);
    expect(setCookies(after)[0]).toMatch(/Max-Age=0/);
    await http.get('/schools/cookie-read').set('Cookie', cookie).expect(401);
    await http.post('/schools').set('Cookie', cookie).set('Origin', origin).send(school('after-sign-out')).expect(401);
    await http.delete('/session').set('Cookie', cookie).set('Origin', origin).expect(401);
  });

  it('is refused from another origin (the session stays), and answers 204 to a bearer caller', async () => {
    const { cookie } = await signIn('reporting');
    await http.delete('/session').set('Cookie', cookie).expect(403);
    await http.delete('/session').set('Cookie', cookie).set('Origin', 'https://evil.example').expect(403);
    await http.get('/session').set('Cookie', cookie).expect(200);
    await http.delete('/session').set(bearer('reporting')).expect(204);
    await http.delete('/session').expect(401);
  });

  it('signing in again from the same browser ends the previous session', async () => {
    const first = await signIn('operations');
    const second = await http.post('/session').set('Cookie', first.cookie).send({ apiKey: KEYS.operations.token }).expect(201);
    await http.get('/session').set('Cookie', first.cookie).expect(401);
    expect(setCookies(second)[0]).not.toContain(first.cookie);
  });
});

describe('expiry on the app clock', () => {
  it('ends a session idle for SESSION_IDLE_MINUTES (30); every request restarts the idle timer', async () => {
    const start = t.clock.now().getTime();
    try {
      const { cookie } = await signIn('operations');
      t.clock.set(new Date(start + 29 * MINUTE));
      const refreshed = await http.get('/session').set('Cookie', cookie).expect(200);
      expect(refreshed.body.idleExpiresAt).toBe(new Date(start + 59 * MINUTE).toISOString());
      t.clock.set(new Date(start + 58 * MINUTE));
      await http.get('/schools/cookie-read').set('Cookie', cookie).expect(200);
      t.clock.set(new Date(start + 88 * MINUTE - 1));
      await http.get('/session').set('Cookie', cookie).expect(200);
      t.clock.set(new Date(start + 118 * MINUTE));
      await http.get('/session').set('Cookie', cookie).expect(401);
    } finally {
      t.clock.set(new Date(start));
    }
  });

  it('a refused cross-origin request does not keep the session alive', async () => {
    const start = t.clock.now().getTime();
    try {
      const { cookie } = await signIn('operations');
      t.clock.set(new Date(start + 20 * MINUTE));
      await http.post('/schools').set('Cookie', cookie).set('Origin', 'https://evil.example').send(school('keep-alive')).expect(403);
      t.clock.set(new Date(start + 31 * MINUTE));
      await http.get('/session').set('Cookie', cookie).expect(401);
    } finally {
      t.clock.set(new Date(start));
    }
  });

  it('ends a session SESSION_ABSOLUTE_HOURS after sign-in however active (settings from the environment)', async () => {
    const app = await startTestApp({ env: { API_KEYS, SESSION_IDLE_MINUTES: '45', SESSION_ABSOLUTE_HOURS: '1' } });
    try {
      const client = supertest(app.app.getHttpServer());
      const start = app.clock.now().getTime();
      const signedIn = await client.post('/session').send({ apiKey: KEYS.reporting.token }).expect(201);
      expect(signedIn.body.expiresAt).toBe(new Date(start + 60 * MINUTE).toISOString());
      expect(signedIn.body.idleExpiresAt).toBe(new Date(start + 45 * MINUTE).toISOString());
      const cookie = (setCookies(signedIn)[0] ?? '').split(';')[0];
      app.clock.set(new Date(start + 40 * MINUTE));
      const late = await client.get('/session').set('Cookie', cookie).expect(200);
      expect(late.body.idleExpiresAt).toBe(late.body.expiresAt);
      app.clock.set(new Date(start + 60 * MINUTE));
      await client.get('/session').set('Cookie', cookie).expect(401);
    } finally {
      await app.close();
    }
  });
});

describe('session settings', () => {
  it('default to 30 idle minutes and 12 absolute hours', () => {
    const config = loadConfig({});
    expect([config.sessionIdleMinutes, config.sessionAbsoluteHours]).toEqual([30, 12]);
    const set = loadConfig({ SESSION_IDLE_MINUTES: '1440', SESSION_ABSOLUTE_HOURS: '168' });
    expect([set.sessionIdleMinutes, set.sessionAbsoluteHours]).toEqual([1440, 168]);
  });

  it.each([
    ['SESSION_IDLE_MINUTES', '0', /1 to 1440/],
    ['SESSION_IDLE_MINUTES', '1441', /1 to 1440/],
    ['SESSION_IDLE_MINUTES', 'half an hour', /1 to 1440/],
    ['SESSION_ABSOLUTE_HOURS', '0', /1 to 168/],
    ['SESSION_ABSOLUTE_HOURS', '169', /1 to 168/],
    ['SESSION_ABSOLUTE_HOURS', '1.5', /1 to 168/],
  ])('refuse %s=%s naming the setting', (name, value, accepted) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`Invalid configuration: ${name} .*${accepted.source}`));
  });
});
