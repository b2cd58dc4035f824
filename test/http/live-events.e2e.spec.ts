import { PassThrough } from 'node:stream';
import supertest from 'supertest';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { LIVE_OPTIONS, LiveConnections } from '../../src/live/live-connections';
import { MeasuredEventStore } from '../../src/observability/measured-event-store';
import { Role } from '../../src/http/roles.decorator';
import { seedApprovedPartner } from '../support/seed-district';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * GET /live/events (issue 9 §6, live): the global log as server-sent events, over real HTTP through the app with the
 * embedded store. A short heartbeat (the production one is 15 s) and a bound of 4 connections keep the tests fast.
 */

const HEARTBEAT_MS = 150;
const MAX_CONNECTIONS = 4;

interface SseMessage {
  readonly event?: string;
  readonly id?: string;
  readonly data?: string;
  /** A comment line (`: …`), e.g. the heartbeat. */
  readonly comment?: string;
}

/** A minimal EventSource over fetch: the messages as they arrive, and whether the server ended the stream. */
class SseClient {
  readonly messages: SseMessage[] = [];
  ended = false;
  private buffer = '';
  private waiters: (() => void)[] = [];

  private constructor(
    readonly status: number,
    readonly contentType: string | null,
    private readonly abort: AbortController,
  ) {}

  static async open(t: TestApp, path: string, headers: Record<string, string>): Promise<SseClient> {
    const { port } = t.app.getHttpServer().address() as { port: number };
    const abort = new AbortController();
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers, signal: abort.signal });
    const client = new SseClient(response.status, response.headers.get('content-type'), abort);
    if (response.body) void client.read(response.body);
    return client;
  }

  /** The first message matching, waiting up to `timeoutMs`. */
  async next(matches: (message: SseMessage) => boolean, timeoutMs = 2_000): Promise<SseMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(matches);
      if (found) return found;
      if (this.ended) throw new Error(`the stream ended before the message came: ${JSON.stringify(this.messages)}`);
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`no matching message within ${timeoutMs} ms: ${JSON.stringify(this.messages)}`);
      await this.change(remaining);
    }
  }

  async endOfStream(timeoutMs = 2_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.ended) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`the stream is still open after ${timeoutMs} ms`);
      await this.change(remaining);
    }
  }

  ledgerEvents(): Record<string, string>[] {
    return this.messages.filter((m) => m.event === 'ledger').map((m) => JSON.parse(m.data ?? '{}') as Record<string, string>);
  }

  close(): void {
    this.abort.abort();
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        this.buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = this.buffer.indexOf('\n\n')) >= 0) {
          this.messages.push(parseMessage(this.buffer.slice(0, end)));
          this.buffer = this.buffer.slice(end + 2);
        }
        this.wake();
      }
    } catch {
      // aborted by close()
    }
    this.ended = true;
    this.wake();
  }

  private change(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter();
  }
}

function parseMessage(block: string): SseMessage {
  const message: Record<string, string> = {};
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) message.comment = line.slice(1).trim();
    const match = /^(event|id|data): ?(.*)$/.exec(line);
    if (match) message[match[1]] = match[2];
  }
  return message;
}

let t: TestApp;
let http: ReturnType<typeof supertest>;
let origin: string;
const clients: SseClient[] = [];

const bearer = (role: Role) => ({ Authorization: `Bearer ${t.tokens[role]}` });

async function signIn(role: Role): Promise<string> {
  const response = await http.post('/session').send({ apiKey: t.tokens[role] }).expect(201);
  const set = ([] as string[]).concat(response.headers['set-cookie'] as unknown as string[]);
  return set[0].split(';')[0];
}

async function open(path: string, headers: Record<string, string>): Promise<SseClient> {
  const client = await SseClient.open(t, path, headers);
  clients.push(client);
  return client;
}

async function openLive(headers: Record<string, string>, path = '/live/events'): Promise<SseClient> {
  const client = await open(path, headers);
  expect(client.status).toBe(200);
  // The first block (retry + comment) says the subscription is in place.
  await client.next((m) => m.comment?.startsWith('live after') === true);
  return client;
}

async function until(condition: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Subscriptions the embedded store has open (the projections' and the live streams'). */
function openSubscriptions(): number {
  const adapter = (t.store as MeasuredEventStore).adapter as SqliteEventStore;
  return adapter['subscriptions'].size;
}

function school(id: string) {
  return { id, lea: 'lausd', name: `School ${id}`, level: 'elementary', grades: ['K', '1'], enrolment: 200, effectiveDate: '2026-08-01' };
}

beforeAll(async () => {
  t = await startTestApp({
    override: (builder) => builder.overrideProvider(LIVE_OPTIONS).useValue({ heartbeatMs: HEARTBEAT_MS, maxConnections: MAX_CONNECTIONS }),
  });
  http = supertest(t.app.getHttpServer());
  const { port } = t.app.getHttpServer().address() as { port: number };
  origin = `http://127.0.0.1:${port}`;
  await seedApprovedPartner(t.store, 'lausd', 'dance-co');
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await until(() => t.app.get(LiveConnections).size === 0);
});

afterAll(async () => {
  await t?.close();
});

describe('GET /live/events', () => {
  it('streams a new event, appended through the API, to a signed-in console within 2 s', async () => {
    const cookie = await signIn('operations');
    const client = await openLive({ Cookie: cookie });
    expect(client.contentType).toMatch(/^text\/event-stream/);
    const written = await http.post('/schools').set('Cookie', cookie).set('Origin', origin).send(school('live-1')).expect(201);
    const message = await client.next((m) => m.event === 'ledger', 2_000);
    expect(message.id).toBe(written.body.position);
    expect(JSON.parse(message.data!)).toEqual({ position: written.body.position, streamId: 'school-live-1', revision: '0', type: 'SchoolRegistered' });
  });

  it('starts at the current head by default, after `after` when given', async () => {
    const first = await http.post('/schools').set(bearer('operations')).send(school('live-before')).expect(201);
    const fromHead = await openLive(bearer('reporting'));
    const fromBefore = await openLive(bearer('reporting'), `/live/events?after=${BigInt(first.body.position) - 1n}`);
    const second = await http.post('/schools').set(bearer('operations')).send(school('live-after')).expect(201);
    await fromHead.next((m) => m.id === second.body.position);
    await fromBefore.next((m) => m.id === second.body.position);
    expect(fromHead.ledgerEvents().map((e) => e.streamId)).toEqual(['school-live-after']);
    expect(fromBefore.ledgerEvents().map((e) => e.streamId)).toEqual(['school-live-before', 'school-live-after']);
  });

  it('shows operations and reporting no type for artist-stream events, admin and compliance the type', async () => {
    const streams = Object.fromEntries(
      await Promise.all((['admin', 'compliance', 'operations', 'reporting'] as const).map(async (role) => [role, await openLive({ Cookie: await signIn(role) })] as const)),
    ) as Record<Role, SseClient>;
    const artist = await http.post('/artists').set(bearer('operations'))
      .send({ id: 'live-artist', partnerId: 'dance-co', name: 'Live Artist', engagement: 'contractor', artForms: ['dance'], effectiveDate: '2026-01-01' }).expect(201);
    const schoolEvent = await http.post('/schools').set(bearer('operations')).send(school('live-2')).expect(201);
    for (const [role, stream] of Object.entries(streams)) {
      const onArtist = JSON.parse((await stream.next((m) => m.id === artist.body.position)).data!);
      const onSchool = JSON.parse((await stream.next((m) => m.id === schoolEvent.body.position)).data!);
      const base = { position: artist.body.position, streamId: 'artist-live-artist', revision: '0' };
      expect({ role, onArtist }).toEqual({ role, onArtist: role === 'admin' || role === 'compliance' ? { ...base, type: 'ArtistRegistered' } : base });
      expect(onSchool.type).toBe('SchoolRegistered');
    }
  });

  it('refuses a caller without a session or key (401), and a bad position (400)', async () => {
    const anonymous = await open('/live/events', {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.contentType).toMatch(/^application\/problem\+json/);
    const ended = await open('/live/events', { Cookie: `ledger_session=${'B'.repeat(43)}` });
    expect(ended.status).toBe(401);
    const bad = await open('/live/events?after=-1', bearer('admin'));
    expect(bad.status).toBe(400);
    await http.head('/live/events').set(bearer('reporting')).expect(200).expect('Content-Type', /^text\/event-stream/);
  });

  it('sends a heartbeat comment, and ends the stream when the session expires', async () => {
    const start = t.clock.now().getTime();
    try {
      const client = await openLive({ Cookie: await signIn('reporting') });
      await client.next((m) => m.comment === 'heartbeat', HEARTBEAT_MS * 5);
      expect(client.ended).toBe(false);
      t.clock.set(new Date(start + 31 * 60_000));
      await client.endOfStream(HEARTBEAT_MS * 5);
    } finally {
      t.clock.set(new Date(start));
    }
  });

  it('ends the stream at once when the console signs out', async () => {
    const cookie = await signIn('compliance');
    const client = await openLive({ Cookie: cookie });
    const bearerClient = await openLive(bearer('compliance'));
    await http.delete('/session').set('Cookie', cookie).set('Origin', origin).expect(204);
    await client.endOfStream(HEARTBEAT_MS);
    expect(bearerClient.ended).toBe(false);
  });

  it('closes the server side (subscription, heartbeat) when the client disconnects', async () => {
    const connections = t.app.get(LiveConnections);
    const before = openSubscriptions();
    const client = await openLive(bearer('admin'));
    expect(connections.size).toBe(1);
    expect(openSubscriptions()).toBe(before + 1);
    client.close();
    await until(() => connections.size === 0);
    expect(openSubscriptions()).toBe(before);
    // Still counted in the metrics once the stream is gone, by route and status.
    const metrics = await http.get('/metrics').set(bearer('admin')).expect(200);
    expect(metrics.text).toMatch(/http_requests_total\{method="GET",route="\/live\/events",status="200"\} [1-9]/);
  });

  it(`answers 503 problem+json past ${MAX_CONNECTIONS} open streams`, async () => {
    for (let i = 0; i < MAX_CONNECTIONS; i++) await openLive(bearer('reporting'));
    const refused = await open('/live/events', bearer('reporting'));
    expect(refused.status).toBe(503);
    expect(refused.contentType).toMatch(/^application\/problem\+json/);
  });
});

describe('the request log', () => {
  it('writes one line for a stream when the client leaves, with its status and how long it was open', async () => {
    const log = new PassThrough();
    const chunks: Buffer[] = [];
    log.on('data', (chunk: Buffer) => chunks.push(chunk));
    const app = await startTestApp({ logStream: log });
    try {
      const client = await SseClient.open(app, '/live/events', { Authorization: `Bearer ${app.tokens.reporting}`, 'X-Correlation-Id': 'live-log-1' });
      await client.next((m) => m.comment?.startsWith('live after') === true);
      client.close();
      type Line = { correlationId?: string; msg?: string; req: { url: string; headers: Record<string, string> }; res: { statusCode: number } };
      const requestLines = () =>
        Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean).map((text) => JSON.parse(text) as Line)
          .filter((entry) => entry.correlationId === 'live-log-1' && entry.msg === 'request completed');
      const deadline = Date.now() + 2_000;
      while (requestLines().length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      const lines = requestLines();
      expect(lines).toHaveLength(1);
      expect(lines[0].res.statusCode).toBe(200);
      expect(lines[0].req.url).toBe('/live/events');
      expect(lines[0].req.headers.authorization).toBe('[redacted]');
    } finally {
      await app.close();
    }
  });
});

describe('shutting down with open streams', () => {
  it('app.close() ends them instead of waiting for the clients', async () => {
    const app = await startTestApp();
    const client = await SseClient.open(app, '/live/events', { Authorization: `Bearer ${app.tokens.reporting}` });
    expect(client.status).toBe(200);
    const started = Date.now();
    await app.close();
    expect(Date.now() - started).toBeLessThan(3_000);
    await client.endOfStream(1_000);
  });
});
