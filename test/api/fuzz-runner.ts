import fc from 'fast-check';
import { AssignmentFollowUps } from '../../src/partnerships/follow-ups/assignment-follow-ups';
import type { Role } from '../../src/http/roles.decorator';
import type { TestApp } from '../support/test-app';
import { COMMAND_ROUTES } from './command-route-catalogue';
import { recordFuzzWorld } from './fuzz-world';
import { commandRequests, FuzzRequest, OpenApiDocument, readRequests } from './openapi-mutations';

/*
 * Sends generated requests (openapi-mutations.ts) one at a time to a test app and checks each answer: never 5xx;
 * a 4xx is application/problem+json and moved the store's head position not at all; a body invalid by construction
 * is a 400 (413 when too large), a non-JSON media type a 415; Object.prototype is never touched. Shared by the Jest
 * suite (a few hundred per route) and `npm run fuzz` (thousands per route, bounded by a deadline).
 */

export interface FuzzTarget {
  readonly name: string;
  readonly role: Role;
  readonly requests: fc.Arbitrary<FuzzRequest>;
}

export interface FuzzFailure {
  readonly target: string;
  readonly problem: string;
  readonly request: string;
  readonly answer: string;
}

export interface FuzzStats {
  bodies: number;
  queries: number;
  fiveXx: number;
  eventsWrittenByRejected: number;
  notProblemJson: number;
  wrongRefusal: number;
  byStatus: Record<number, number>;
  perTarget: Record<string, number>;
  failures: FuzzFailure[];
}

export const emptyStats = (): FuzzStats => ({
  bodies: 0, queries: 0, fiveXx: 0, eventsWrittenByRejected: 0, notProblemJson: 0, wrongRefusal: 0, byStatus: {}, perTarget: {}, failures: [],
});

/** Read routes whose answer never ends (text/event-stream) or that are not the API's own: not fuzzed here. */
const UNFUZZED_READS = new Set(['/live/events']);
const SAMPLE_PARAMS: Record<string, string> = { id: 'fz-partnership', requirement: 'tb-screening', assignmentId: 'fz-assignment', sessionId: 'fz-session', streamId: 'partner-fz-partner' };
const READ_IDS: Record<string, string> = { schools: 'fz-school', partners: 'fz-partner', artists: 'fz-artist', partnerships: 'fz-partnership', pathways: 'fz-pathway' };

/** Every command route (its valid body from the catalogue) and every read route of the document, as fuzz targets. */
export function fuzzTargets(doc: OpenApiDocument): FuzzTarget[] {
  const commands = COMMAND_ROUTES.map((route): FuzzTarget => ({ name: route.route, role: route.role, requests: commandRequests(doc, route) }));
  const reads = Object.entries(doc.paths)
    .filter(([path, operations]) => 'get' in operations && !UNFUZZED_READS.has(path))
    .map(([template]): FuzzTarget => {
      const first = template.split('/')[1];
      const path = template.replace(/\{(\w+)\}/g, (_m, name: string) => (name === 'id' ? READ_IDS[first] ?? 'no-such-id' : SAMPLE_PARAMS[name] ?? 'x'));
      return { name: `GET ${template}`, role: 'admin', requests: readRequests(doc, template, path) };
    });
  return [...commands, ...reads];
}

export async function openApiOf(t: TestApp): Promise<OpenApiDocument> {
  const answer = await t.http.get('/docs-json').expect(200);
  return answer.body as OpenApiDocument;
}

const prototypeKeys = () => JSON.stringify([Object.getOwnPropertyNames(Object.prototype).sort(), Object.getOwnPropertyNames(Array.prototype).sort()]);

export class Fuzzer {
  private readonly base: string;
  private readonly cleanPrototype = prototypeKeys();

  constructor(private readonly t: TestApp, readonly stats: FuzzStats = emptyStats()) {
    const { port } = t.app.getHttpServer().address() as { port: number };
    this.base = `http://127.0.0.1:${port}`;
  }

  static async start(t: TestApp): Promise<{ fuzzer: Fuzzer; targets: FuzzTarget[] }> {
    await recordFuzzWorld(t);
    return { fuzzer: new Fuzzer(t), targets: fuzzTargets(await openApiOf(t)) };
  }

  /**
   * Up to `runs` requests for one target, stopping early at `deadline` (ms since the epoch). Seeded in chunks of 50
   * (chunk k from `seed + k`), so `from` continues a sequence an earlier call stopped.
   */
  async run(target: FuzzTarget, runs: number, seed: number, deadline = Number.POSITIVE_INFINITY, from = 0): Promise<number> {
    const chunk = 50;
    let sent = 0;
    for (let start = from; start < from + runs && Date.now() < deadline; start += chunk) {
      const requests = fc.sample(target.requests, { seed: seed + start, numRuns: Math.min(chunk, from + runs - start) });
      for (const request of requests) {
        if (Date.now() >= deadline) break;
        await this.send(target, request);
        sent++;
      }
    }
    this.stats.perTarget[target.name] = (this.stats.perTarget[target.name] ?? 0) + sent;
    return sent;
  }

  private async send(target: FuzzTarget, request: FuzzRequest): Promise<void> {
    const headers: Record<string, string> = { ...request.headers, Authorization: `Bearer ${this.t.tokens[target.role]}` };
    if (request.contentType !== undefined) headers['Content-Type'] = request.contentType;
    const before = await this.t.store.headPosition();
    let status: number;
    let contentType: string;
    let text: string;
    try {
      const answer = await fetch(this.base + request.url, { method: request.method, headers, body: request.body });
      status = answer.status;
      contentType = answer.headers.get('content-type') ?? '';
      text = await answer.text();
    } catch (error) {
      // The client refused to build it (a header value fetch will not put on the wire): nothing reached the server.
      if (error instanceof TypeError && error.message !== 'fetch failed') return;
      this.stats.failures.push({ target: target.name, problem: `no answer: ${String((error as Error).cause ?? error)}`, request: `${request.kind}: ${request.url.slice(0, 200)}`, answer: '' });
      return;
    }
    const after = await this.t.store.headPosition();
    const s = this.stats;
    if (request.method === 'POST') s.bodies++;
    else s.queries++;
    s.byStatus[status] = (s.byStatus[status] ?? 0) + 1;
    const fail = (problem: string) => {
      if (s.failures.length < 50) {
        s.failures.push({ target: target.name, problem, request: `${request.kind}: ${request.url.slice(0, 200)} ${String(request.body ?? '').slice(0, 300)}`, answer: `${status} ${contentType} ${text.slice(0, 400)}` });
      }
    };
    if (status >= 500) {
      s.fiveXx++;
      fail('server error');
    }
    const written = Number((after ?? 0n) - (before ?? 0n));
    if ((status >= 400 || request.method === 'GET') && written !== 0) {
      s.eventsWrittenByRejected += written;
      fail(`a ${status} wrote ${written} event(s)`);
    }
    if (status >= 400 && status < 500 && !contentType.startsWith('application/problem+json')) {
      s.notProblemJson++;
      fail('a 4xx that is not problem+json');
    }
    if ((request.expect === 'refused-as-invalid' && status !== 400 && status !== 413) || (request.expect === 'unsupported-media-type' && status !== 415)) {
      s.wrongRefusal++;
      fail(`expected ${request.expect}`);
    }
    if (prototypeKeys() !== this.cleanPrototype) fail('Object.prototype or Array.prototype was changed');
    // A body that happened to be valid may start follow-ups; let them land so they are not blamed on the next request.
    if (status < 300 && request.method === 'POST' && written !== 0) await this.t.app.get(AssignmentFollowUps).caughtUp();
  }
}
