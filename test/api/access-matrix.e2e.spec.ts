import { ROLES, Role } from '../../src/http/roles.decorator';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * Every route × every role, and no token. The table below is the intended access rule, written out by hand from
 * issue 3 and API.md (compliance staff: clearances, partner evidence and roster decisions, sweeps; operations staff:
 * schools, partners' proposals, artists' registration, partnerships, assignments, sessions, pathways; reporting:
 * reads only; admin: everything). It is not derived from the controllers: a controller that disagrees fails here.
 *
 * An allowed caller may still get 400 (the empty body is invalid) or 404 (nothing has that id): what matters is that
 * it is neither 401 nor 403, nor a 5xx. A caller the table does not list gets 403; no token gets 401.
 * Every path the OpenAPI document lists must be in the table, so a new undocumented route fails this suite.
 */

type Caller = Role | 'no token';
type Access = 'public' | Role[];

const COMPLIANCE: Access = ['admin', 'compliance'];
const OPERATIONS: Access = ['admin', 'operations'];
const EVERY_ROLE: Access = ['admin', 'compliance', 'operations', 'reporting'];

/** [method, path as OpenAPI writes it, who may call it, query string for the request]. */
const ROUTES: [method: 'GET' | 'POST' | 'DELETE', path: string, access: Access, query?: string][] = [
  // Schools
  ['POST', '/schools', OPERATIONS],
  ['POST', '/schools/{id}/arts-lead', OPERATIONS],
  ['POST', '/schools/{id}/arts-plan', OPERATIONS],
  ['POST', '/schools/{id}/corrections', OPERATIONS],
  ['GET', '/schools/{id}', EVERY_ROLE],
  ['GET', '/schools', EVERY_ROLE, '?q=roose&lea=eastside-usd&level=high&limit=5'],
  // Partners: proposal by operations; evidence and roster decisions by compliance
  ['POST', '/partners', OPERATIONS],
  ['POST', '/partners/{id}/corrections', OPERATIONS],
  ['POST', '/partners/{id}/insurance', COMPLIANCE],
  ['POST', '/partners/{id}/insurance/cancellation', COMPLIANCE],
  ['POST', '/partners/{id}/contractor-certification', COMPLIANCE],
  ['POST', '/partners/{id}/agreements', COMPLIANCE],
  ['POST', '/partners/{id}/approval', COMPLIANCE],
  ['POST', '/partners/{id}/suspension', COMPLIANCE],
  ['POST', '/partners/{id}/reinstatement', COMPLIANCE],
  ['POST', '/partners/{id}/removal', COMPLIANCE],
  ['GET', '/partners/{id}', EVERY_ROLE],
  ['GET', '/partners', EVERY_ROLE, '?q=arts&lea=eastside-usd&rosterStatus=approved&limit=5'],
  // Teaching artists: registration by operations; clearances by compliance
  ['POST', '/artists', OPERATIONS],
  ['POST', '/artists/{id}/clearances', COMPLIANCE],
  ['POST', '/artists/{id}/arrest-notifications', COMPLIANCE],
  ['POST', '/artists/{id}/clearances/{requirement}/suspension', COMPLIANCE],
  ['POST', '/artists/{id}/clearances/{requirement}/revocation', COMPLIANCE],
  ['POST', '/artists/{id}/clearances/{requirement}/reinstatement', COMPLIANCE],
  ['POST', '/artists/{id}/clearances/{requirement}/grant-corrections', COMPLIANCE],
  ['POST', '/artists/{id}/clearances/{requirement}/grant-withdrawals', COMPLIANCE],
  ['GET', '/artists/{id}', EVERY_ROLE],
  ['GET', '/artists', EVERY_ROLE, '?q=callah&lea=eastside-usd&mayWork=true&limit=5'],
  ['GET', '/artists/{id}/clearances', EVERY_ROLE, '?lea=eastside-usd&asOf=2026-11-20'],
  // The audit trail carries evidence and arrest notices: like raw streams (API.md: admin, compliance), not for everyone.
  ['GET', '/artists/{id}/clearance-history', COMPLIANCE],
  // Partnerships
  ['POST', '/partnerships', OPERATIONS],
  ['POST', '/partnerships/{id}/schools', OPERATIONS],
  ['POST', '/partnerships/{id}/commitments', OPERATIONS],
  ['POST', '/partnerships/{id}/activation', OPERATIONS],
  ['POST', '/partnerships/{id}/assignments', OPERATIONS],
  ['POST', '/partnerships/{id}/assignments/{assignmentId}/sessions', OPERATIONS],
  ['POST', '/partnerships/{id}/assignments/{assignmentId}/end', OPERATIONS],
  ['POST', '/partnerships/{id}/sessions/{sessionId}/correction', OPERATIONS],
  ['POST', '/partnerships/{id}/professional-development', OPERATIONS],
  ['POST', '/partnerships/{id}/check-ins', OPERATIONS],
  ['POST', '/partnerships/{id}/evaluations', OPERATIONS],
  ['POST', '/partnerships/{id}/renewal', OPERATIONS],
  ['POST', '/partnerships/{id}/conclusion', OPERATIONS],
  ['GET', '/partnerships/{id}', EVERY_ROLE],
  ['GET', '/partnerships', EVERY_ROLE, '?q=lit&lea=eastside-usd&status=active&limit=5'],
  ['GET', '/partnerships/{id}/timeline', EVERY_ROLE],
  // Pathways
  ['POST', '/pathways', OPERATIONS],
  ['POST', '/pathways/{id}/courses', OPERATIONS],
  ['POST', '/pathways/{id}/whole-school-programmes', OPERATIONS],
  ['GET', '/pathways/{id}', EVERY_ROLE],
  ['GET', '/pathways', EVERY_ROLE, '?q=music&lea=eastside-usd&artForm=music&limit=5'],
  // Compliance
  ['POST', '/compliance/sweeps', COMPLIANCE],
  ['GET', '/log-head', COMPLIANCE],
  ['POST', '/log-verifications', COMPLIANCE],
  ['GET', '/log-verifications/{id}', COMPLIANCE],
  // History, reports, feed, operations
  ['GET', '/streams/{streamId}/events', COMPLIANCE],
  ['GET', '/reports/clearance-roster', EVERY_ROLE, '?lea=eastside-usd&asOf=2026-11-20&expiringWithinDays=30'],
  ['GET', '/reports/arts-access', EVERY_ROLE, '?lea=eastside-usd'],
  ['GET', '/reports/pathways', EVERY_ROLE, '?lea=eastside-usd'],
  ['GET', '/reports/partner-services', EVERY_ROLE, '?lea=eastside-usd'],
  ['GET', '/reports/partnership-health', EVERY_ROLE, '?lea=eastside-usd'],
  // Raw events of every stream (arrest notices included), as /streams allows compliance, plus the reporting jobs it is for.
  ['GET', '/feeds/events', ['admin', 'compliance', 'reporting'], '?after=0&limit=10'],
  ['GET', '/metrics', ['admin', 'reporting']],
  ['GET', '/health', 'public'],
  // The browser console's session (the empty body is a 400 for everyone: signing in needs a key, not a token) and live view
  ['POST', '/session', 'public'],
  ['GET', '/session', EVERY_ROLE],
  ['DELETE', '/session', EVERY_ROLE],
  ['GET', '/live/events', EVERY_ROLE],
];

/** Routes answering text/event-stream: they never end by themselves, so the request is cut once the status is known. */
const EVENT_STREAMS = new Set(['/live/events']);

/** Ids nothing has: an allowed caller gets 404 or 400, never a write. */
const SAMPLE_PARAMS: Record<string, string> = {
  id: 'no-such-id', requirement: 'background-check', assignmentId: 'no-such-assignment', sessionId: 'no-such-session', streamId: 'school-no-such-id',
};

function concretePath(template: string): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => SAMPLE_PARAMS[name] ?? 'x');
}

/** `/a/{id}/b/{other}` and `/a/{x}/b/{y}` are the same route, whatever the parameters are called. */
function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{}')}`;
}

type Outcome = 'allowed' | 'unauthenticated' | 'forbidden' | `server error ${number}`;

function outcomeOf(status: number): Outcome {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status >= 500 && status !== 503) return `server error ${status}`;
  return 'allowed';
}

function expectedOutcome(access: Access, caller: Caller): Outcome {
  if (access === 'public') return 'allowed';
  if (caller === 'no token') return 'unauthenticated';
  return access.includes(caller) ? 'allowed' : 'forbidden';
}

const CALLERS: Caller[] = [...ROLES, 'no token'];

async function statusOf(method: 'GET' | 'POST' | 'DELETE', url: string, authorization: string | undefined): Promise<number> {
  let request = method === 'GET' ? t.http.get(url) : method === 'DELETE' ? t.http.delete(url) : t.http.post(url).send({});
  if (authorization) request = request.set('Authorization', authorization);
  return (await request).status;
}

/** The status of a streaming route: read from the headers, then the connection is dropped (5 s at most). */
async function statusOfStream(url: string, authorization: string | undefined): Promise<number> {
  const { port } = t.app.getHttpServer().address() as { port: number };
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 5_000);
  try {
    const response = await fetch(`http://127.0.0.1:${port}${url}`, { headers: authorization ? { Authorization: authorization } : {}, signal: abort.signal });
    await response.body?.cancel();
    return response.status;
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
}

let t: TestApp;
let eventsAtStart: bigint | undefined;

beforeAll(async () => {
  t = await startTestApp();
  eventsAtStart = await t.store.headPosition();
});

afterAll(async () => {
  await t?.close();
});

describe('access matrix: every route × every role and no token', () => {
  it.each(ROUTES.map(([method, path, access, query]) => [`${method} ${path}`, method, path, access, query ?? ''] as const))(
    '%s',
    async (_name, method, path, access, query) => {
      const url = concretePath(path) + query;
      const actual: Record<string, Outcome> = {};
      const statuses: Record<string, number> = {};
      for (const caller of CALLERS) {
        const authorization = caller === 'no token' ? undefined : `Bearer ${t.tokens[caller]}`;
        const status = EVENT_STREAMS.has(path) ? await statusOfStream(url, authorization) : await statusOf(method, url, authorization);
        statuses[caller] = status;
        actual[caller] = outcomeOf(status);
      }
      const expected = Object.fromEntries(CALLERS.map((caller) => [caller, expectedOutcome(access, caller)]));
      // The statuses travel with the outcomes so a failure shows what each caller actually got.
      expect({ outcomes: actual, statuses }).toEqual({ outcomes: expected, statuses });
    },
  );

  it('wrote nothing: every allowed command was refused for its empty body or unknown id', async () => {
    expect(await t.store.headPosition()).toBe(eventsAtStart);
  });
});

describe('the table covers the API', () => {
  let documented: string[];

  beforeAll(async () => {
    const docs = await t.http.get('/docs-json').expect(200);
    const paths = docs.body.paths as Record<string, Record<string, unknown>>;
    documented = Object.entries(paths).flatMap(([path, operations]) =>
      Object.keys(operations).filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m)).map((m) => routeKey(m, path)));
  });

  it('lists every route the OpenAPI document lists (a new route needs its row here)', () => {
    const tabled = new Set(ROUTES.map(([method, path]) => routeKey(method, path)));
    expect(documented.filter((route) => !tabled.has(route))).toEqual([]);
  });

  it('finds every route of the table documented in OpenAPI (API.md routes that are missing show here)', () => {
    const known = new Set(documented);
    expect(ROUTES.map(([method, path]) => routeKey(method, path)).filter((route) => !known.has(route))).toEqual([]);
  });
});
