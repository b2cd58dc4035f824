import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { executeCommand } from '../../../src/command-handling';
import { EventStore } from '../../../src/event-store';
import { partnerDecider } from '../../../src/partners/domain/partner-decider';
import { partnerStream } from '../../../src/partners/domain/streams';
import { startTestApp } from '../../support/test-app';

type TestApp = Awaited<ReturnType<typeof startTestApp>>;

async function countEvents(store: EventStore): Promise<number> {
  let count = 0;
  for await (const _ of store.readAll()) count++;
  return count;
}

async function eventTypes(store: EventStore, streamId: string): Promise<string[]> {
  const types: string[] = [];
  for await (const event of store.readStream(streamId)) types.push(event.type);
  return types;
}

/** The partner exists before any artist: proposed through its own decider, as POST /partners would. */
async function proposePartner(store: EventStore, partnerId: string): Promise<void> {
  await executeCommand({
    store,
    decider: partnerDecider,
    id: partnerId,
    streamId: partnerStream(partnerId),
    context: { commandId: `propose-${partnerId}`, actor: 'test:setup', correlationId: 'setup' },
    command: {
      type: 'ProposePartner',
      partnerId,
      lea: 'lausd',
      name: 'Eastside Youth Symphony',
      kind: 'youth-symphony',
      services: ['small-ensembles'],
      artForms: ['music'],
      effectiveDate: '2025-07-01',
    },
  });
}

describe('teaching artists and their clearances over HTTP', () => {
  let t: TestApp;
  const as = (role: 'admin' | 'compliance' | 'operations' | 'reporting') => ({ Authorization: `Bearer ${t.tokens[role]}` });

  beforeAll(async () => {
    t = await startTestApp();
    await proposePartner(t.store, 'p-symphony');
    await t.http
      .post('/artists')
      .set(as('operations'))
      .send({ id: 'maria', partnerId: 'p-symphony', name: 'María Ortega', engagement: 'contractor', artForms: ['music'], effectiveDate: '2025-08-01' })
      .expect(201);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('records a grant by the compliance role and shows it on GET /artists/{id} with the policy-computed expiry', async () => {
    const granted = await t.http
      .post('/artists/maria/clearances')
      .set(as('compliance'))
      .send({ requirement: 'tb-screening', lea: 'lausd', effectiveDate: '2025-09-15', evidenceReference: 'TB-0042' })
      .expect(201);
    expect(granted.body).toMatchObject({ id: 'maria', streamId: 'artist-maria' });

    const view = await t.http.get('/artists/maria').set(as('reporting')).expect(200);
    expect(view.headers.etag).toBe(`"${granted.body.revision}"`);
    const tb = view.body.state.clearances.find((c: { lea: string; requirement: string }) => c.lea === 'lausd' && c.requirement === 'tb-screening');
    expect(tb.grants).toEqual([expect.objectContaining({ grantNumber: 1, effectiveDate: '2025-09-15', expiresOn: '2029-09-14', evidenceReference: 'TB-0042', policyVersion: 'default-1' })]);
  });

  it('suspends the background check at once on an arrest notification, recorded as the authenticated actor', async () => {
    await t.http
      .post('/artists/maria/clearances')
      .set(as('compliance'))
      .send({ requirement: 'background-check', lea: 'lausd', effectiveDate: '2025-08-10', evidenceReference: 'ATI-1', resultIds: ['DOJ-1', 'FBI-1'] })
      .expect(201);
    await t.http.post('/artists/maria/arrest-notifications').set(as('compliance')).send({ lea: 'lausd', noticeReference: 'N-77', effectiveDate: '2026-03-04' }).expect(201);

    const types = await eventTypes(t.store, 'artist-maria');
    expect(types.slice(-2)).toEqual(['ArrestNotificationReceived', 'ClearanceSuspended']);
    const view = await t.http.get('/artists/maria').set(as('compliance')).expect(200);
    const check = view.body.state.clearances.find((c: { requirement: string }) => c.requirement === 'background-check');
    expect(check.standingChanges).toEqual([expect.objectContaining({ kind: 'suspended', effectiveDate: '2026-03-04', cause: 'arrest-notification', noticeReference: 'N-77' })]);
    for await (const event of t.store.readStream('artist-maria')) {
      if (event.type === 'ClearanceSuspended') expect(event.metadata.actor).toBe('key:compliance');
    }
  });

  it('lets only compliance and admin decide clearances, only operations and admin register artists; nothing is written otherwise', async () => {
    const before = await countEvents(t.store);
    const grant = { requirement: 'sex-offender-registry-check', lea: 'lausd', effectiveDate: '2025-08-10', evidenceReference: 'SOR-1' };
    await t.http.post('/artists/maria/clearances').set(as('operations')).send(grant).expect(403);
    await t.http.post('/artists/maria/clearances').set(as('reporting')).send(grant).expect(403);
    await t.http.post('/artists/maria/clearances').send(grant).expect(401);
    await t.http
      .post('/artists')
      .set(as('compliance'))
      .send({ partnerId: 'p-symphony', name: 'Someone', engagement: 'volunteer', artForms: ['dance'] })
      .expect(403);
    expect(await countEvents(t.store)).toBe(before);
  });

  it.each([
    ['an unknown requirement in the path', '/artists/maria/clearances/fingerprints/suspension', { lea: 'lausd', effectiveDate: '2026-01-01', reason: 'x' }, 'requirement'],
    ['an unknown requirement in the body', '/artists/maria/clearances', { requirement: 'fingerprints', lea: 'lausd', effectiveDate: '2026-01-01', evidenceReference: 'E' }, 'requirement'],
    ['a date that does not exist', '/artists/maria/clearances', { requirement: 'tb-screening', lea: 'lausd', effectiveDate: '2026-02-30', evidenceReference: 'E' }, 'effectiveDate'],
    ['an unknown field', '/artists/maria/arrest-notifications', { lea: 'lausd', noticeReference: 'N-1', effectiveDate: '2026-01-01', actor: 'someone-else' }, 'actor'],
  ])('answers 400 naming the field for %s, and writes nothing', async (_case, path, body, field) => {
    const before = await countEvents(t.store);
    const response = await t.http.post(path).set(as('compliance')).send(body).expect(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await countEvents(t.store)).toBe(before);
  });

  it('refuses a reinstatement of a clearance that is not suspended with 409 naming the rule and the clearance', async () => {
    const before = await countEvents(t.store);
    const response = await t.http
      .post('/artists/maria/clearances/tb-screening/reinstatement')
      .set(as('compliance'))
      .send({ lea: 'lausd', effectiveDate: '2026-04-01', evidenceReference: 'E-1' })
      .expect(409);
    expect(response.body).toMatchObject({ rule: 'clearance.reinstatement-needs-suspension' });
    expect(response.body.detail).toContain('TB screening for LEA lausd is not suspended on 2026-04-01');
    expect(await countEvents(t.store)).toBe(before);
  });

  it('reinstates the suspended background check', async () => {
    await t.http
      .post('/artists/maria/clearances/background-check/reinstatement')
      .set(as('compliance'))
      .send({ lea: 'lausd', effectiveDate: '2026-04-01', evidenceReference: 'DOJ disposition D-1' })
      .expect(201);
    expect((await eventTypes(t.store, 'artist-maria')).at(-1)).toBe('ClearanceReinstated');
  });

  it('refuses an expiry before the effective date with 422', async () => {
    const response = await t.http
      .post('/artists/maria/clearances')
      .set(as('compliance'))
      .send({ requirement: 'mandated-reporter-training', lea: 'lausd', effectiveDate: '2025-09-01', expiresOn: '2025-08-01', evidenceReference: 'MRT-1' })
      .expect(422);
    expect(response.body.rule).toBe('clearance.expiry-after-effective-date');
  });

  it('answers 404 for an artist that does not exist, and 409 for an artist of an unknown partner', async () => {
    await t.http.get('/artists/nobody').set(as('compliance')).expect(404);
    await t.http.post('/artists/nobody/clearances').set(as('compliance')).send({ requirement: 'tb-screening', lea: 'lausd', effectiveDate: '2025-09-15', evidenceReference: 'E' }).expect(404);
    const refused = await t.http
      .post('/artists')
      .set(as('operations'))
      .send({ partnerId: 'p-unknown', name: 'Lee', engagement: 'employee', artForms: ['theatre'], effectiveDate: '2025-08-01' })
      .expect(409);
    expect(refused.body.rule).toBe('artist.partner-exists');
  });
});

describe('the clearance policy from CLEARANCE_POLICY_FILE', () => {
  it("computes expiries with the LEA's own rules and records that policy's version in the grant", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-'));
    const file = join(dir, 'policy.json');
    writeFileSync(file, JSON.stringify({ version: 'lausd-2026', leas: { lausd: { requirements: { contractor: [{ requirement: 'tb-screening', validity: { kind: 'years-from-effective-date', years: 2 } }] } } } }));
    const t = await startTestApp({ env: { CLEARANCE_POLICY_FILE: file } });
    try {
      const auth = (role: 'operations' | 'compliance') => ({ Authorization: `Bearer ${t.tokens[role]}` });
      await proposePartner(t.store, 'p-1');
      await t.http.post('/artists').set(auth('operations')).send({ id: 'lee', partnerId: 'p-1', name: 'Lee', engagement: 'contractor', artForms: ['theatre'], effectiveDate: '2025-08-01' }).expect(201);
      await t.http.post('/artists/lee/clearances').set(auth('compliance')).send({ requirement: 'tb-screening', lea: 'lausd', effectiveDate: '2025-09-15', evidenceReference: 'TB-1' }).expect(201);
      const events: { type: string; data: unknown }[] = [];
      for await (const event of t.store.readStream('artist-lee')) events.push(event);
      expect(events.at(-1)).toMatchObject({ type: 'ClearanceGranted', data: { expiresOn: '2027-09-14', policy: { version: 'lausd-2026', validity: { years: 2 } } } });
    } finally {
      await t.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start on a policy file with a bad key, naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-'));
    const file = join(dir, 'policy.json');
    writeFileSync(file, JSON.stringify({ version: 'v', leas: { lausd: { requirements: { intern: [] } } } }));
    await expect(startTestApp({ env: { CLEARANCE_POLICY_FILE: file } })).rejects.toThrow(/leas\.lausd\.requirements\.intern is not a known key/);
    rmSync(dir, { recursive: true, force: true });
  });
});
