import { startTestApp, TestApp } from '../support/test-app';
import { appendEvents } from './support/projection-world';

describe('GET /feeds/events (NDJSON)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await appendEvents(app.store, 'partner-feed', 5, 'PartnerProposed');
    await appendEvents(app.store, 'artist-feed', 3, 'ClearanceGranted');
  });
  afterAll(() => app.close());

  const get = (query: string, role: 'reporting' | 'operations' | 'compliance' = 'reporting') =>
    app.http.get(`/feeds/events${query}`).set('Authorization', `Bearer ${app.tokens[role]}`);
  const lines = (text: string) => text.split('\n').filter(Boolean).map((line) => JSON.parse(line));

  it('streams envelopes in global order, resumable from the last position handled', async () => {
    const first = await get('?limit=4');
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const page = lines(first.text);
    expect(page).toHaveLength(4);
    expect(page[0]).toMatchObject({ streamId: 'partner-feed', revision: '0', type: 'PartnerProposed', schemaVersion: 1, data: { n: 0 }, metadata: { actor: 'user:test' } });
    expect(typeof page[0].position).toBe('string');
    expect(new Date(page[0].recordedAt).toISOString()).toBe(page[0].recordedAt);

    const rest = lines((await get(`?after=${page[3].position}`)).text);
    expect(rest.map((e) => `${e.streamId}/${e.revision}`)).toEqual(['partner-feed/4', 'artist-feed/0', 'artist-feed/1', 'artist-feed/2']);
    expect(BigInt(rest[0].position)).toBeGreaterThan(BigInt(page[3].position));
    expect((await get(`?after=${rest[3].position}`)).text).toBe('');
  });

  it.each(['?after=-1', '?after=abc', '?limit=0', '?limit=10001', '?limit=2.5'])('answers 400 problem+json to %s', async (query) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('is for reporting, compliance and admin, not operations', async () => {
    expect((await get('?limit=1', 'compliance')).status).toBe(200);
    expect((await get('?limit=1', 'operations')).status).toBe(403);
    expect((await app.http.get('/feeds/events')).status).toBe(401);
  });
});
