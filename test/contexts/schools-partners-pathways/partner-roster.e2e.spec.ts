import { startTestApp, TestApp } from '../../support/test-app';
import { countEvents } from './event-count';

describe('a partner on an LEA roster, over HTTP', () => {
  let t: TestApp;
  const as = (role: 'admin' | 'compliance' | 'operations' | 'reporting') => ({ Authorization: `Bearer ${t.tokens[role]}` });
  const partner = '/partners/eastside-symphony';

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lives its roster life: propose → insurance → certification → agreement → approval → suspension → reinstatement', async () => {
    const proposed = await t.http.post('/partners').set(as('operations')).send({
      id: 'eastside-symphony', lea: 'lausd', name: 'Eastside Youth Symphony', kind: 'youth-symphony',
      services: ['small-ensembles', 'instruments-and-resources'], artForms: ['music'], effectiveDate: '2026-01-05',
    }).expect(201);
    expect(proposed.body).toMatchObject({ id: 'eastside-symphony', streamId: 'partner-eastside-symphony', revision: '0' });

    // Approval before the evidence is in: refused naming everything missing.
    const early = await t.http.post(`${partner}/approval`).set(as('compliance')).send({ lea: 'lausd', effectiveDate: '2026-02-01' }).expect(409);
    expect(early.body.rule).toBe('partner.approval-prerequisites');
    expect(early.body.detail).toContain('no accepted insurance for LEA lausd');

    await t.http.post(`${partner}/insurance`).set(as('compliance')).send({
      lea: 'lausd', carrier: 'Acme Mutual', policyNumber: 'GL-1', leaNamedAdditionalInsured: true, effectiveDate: '2026-01-01', expiresOn: '2027-01-01',
    }).expect(201);
    await t.http.post(`${partner}/contractor-certification`).set(as('compliance')).send({ lea: 'lausd', signedOn: '2026-01-10', evidenceReference: 'DMS-118' }).expect(201);
    await t.http.post(`${partner}/agreements`).set(as('compliance')).send({
      lea: 'lausd', agreementId: 'MOU-7', kind: 'mou', startsOn: '2026-01-15', endsOn: '2027-06-30', effectiveDate: '2026-01-12',
    }).expect(201);
    await t.http.post(`${partner}/approval`).set(as('compliance')).send({ lea: 'lausd', effectiveDate: '2026-02-01' }).expect(201);
    await t.http.post(`${partner}/suspension`).set(as('compliance')).send({ lea: 'lausd', reason: 'insurance lapse', effectiveDate: '2026-03-02' }).expect(201);
    const reinstated = await t.http.post(`${partner}/reinstatement`).set(as('compliance')).send({ lea: 'lausd', effectiveDate: '2026-03-20' }).expect(201);
    expect(reinstated.headers.etag).toBe('"6"');

    const view = await t.http.get(partner).set(as('reporting')).expect(200);
    expect(view.headers.etag).toBe('"6"');
    expect(view.body.state.rosterChanges).toEqual([
      { lea: 'lausd', status: 'proposed', effectiveDate: '2026-01-05' },
      { lea: 'lausd', status: 'approved', effectiveDate: '2026-02-01' },
      { lea: 'lausd', status: 'suspended', effectiveDate: '2026-03-02', reason: 'insurance lapse' },
      { lea: 'lausd', status: 'approved', effectiveDate: '2026-03-20' },
    ]);
    const types: string[] = [];
    for await (const event of t.store.readStream('partner-eastside-symphony')) types.push(event.type);
    expect(types).toEqual([
      'PartnerProposed', 'InsuranceCertificateAccepted', 'ContractorCertificationAccepted', 'AgreementExecuted', 'PartnerApproved', 'PartnerSuspended', 'PartnerReinstated',
    ]);
  });

  it('answers a refusal with 409 problem+json naming the rule, and writes nothing', async () => {
    const before = await countEvents(t.store);
    const refused = await t.http.post(`${partner}/reinstatement`).set(as('compliance')).send({ lea: 'lausd', effectiveDate: '2026-04-01' }).expect(409);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 409, rule: 'partner.reinstatement', detail: 'partner is not suspended by LEA lausd' });
    const otherLea = await t.http.post(`${partner}/approval`).set(as('compliance')).send({ lea: 'pusd', effectiveDate: '2026-04-01' }).expect(409);
    expect(otherLea.body.detail).toContain('no contractor certification for LEA pusd');
    expect(await countEvents(t.store)).toBe(before);
  });

  it('answers 422 for insurance expiring before it takes effect, writing nothing', async () => {
    const before = await countEvents(t.store);
    const refused = await t.http.post(`${partner}/insurance`).set(as('compliance')).send({
      lea: 'lausd', carrier: 'Acme', policyNumber: 'GL-2', leaNamedAdditionalInsured: true, effectiveDate: '2026-05-01', expiresOn: '2026-05-01',
    }).expect(422);
    expect(refused.body.rule).toBe('partner.insurance-term');
    expect(await countEvents(t.store)).toBe(before);
  });

  it('answers 400 for unknown fields, bad dates and wrong types, writing nothing', async () => {
    const before = await countEvents(t.store);
    const unknownField = await t.http.post(`${partner}/suspension`).set(as('compliance'))
      .send({ lea: 'lausd', reason: 'x', effectiveDate: '2026-04-01', actor: 'someone-else' }).expect(400);
    expect(unknownField.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknownField.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'actor' })]));
    const badDate = await t.http.post(`${partner}/insurance`).set(as('compliance')).send({
      lea: 'lausd', carrier: 'Acme', policyNumber: 'GL-2', leaNamedAdditionalInsured: true, effectiveDate: '2026-02-30', expiresOn: '2027-01-01',
    }).expect(400);
    expect(badDate.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'effectiveDate' })]));
    await t.http.post('/partners').set(as('operations')).send({ lea: 'lausd', name: 'X', kind: 'circus', services: 'mentorship', artForms: [] }).expect(400);
    expect(await countEvents(t.store)).toBe(before);
  });

  it('answers 404 for commands and reads on a partner never proposed, and 403 for the wrong role', async () => {
    await t.http.post('/partners/nobody/approval').set(as('compliance')).send({ lea: 'lausd', effectiveDate: '2026-04-01' }).expect(404);
    await t.http.get('/partners/nobody').set(as('reporting')).expect(404);
    await t.http.post(`${partner}/suspension`).set(as('operations')).send({ lea: 'lausd', reason: 'x', effectiveDate: '2026-04-01' }).expect(403);
    await t.http.post('/partners').set(as('reporting')).send({ lea: 'lausd', name: 'X', kind: 'other', services: ['mentorship'], artForms: [] }).expect(403);
  });

  it('keeps the id of a partner proposed without one when the request is retried with the same Idempotency-Key', async () => {
    const body = { lea: 'lausd', name: 'Food Share', kind: 'food-service', services: ['wraparound-access'], artForms: [] };
    const first = await t.http.post('/partners').set(as('operations')).set('Idempotency-Key', 'food-share-1').send(body).expect(201);
    const again = await t.http.post('/partners').set(as('operations')).set('Idempotency-Key', 'food-share-1').send(body).expect(200);
    expect(again.body.id).toBe(first.body.id);
    await t.http.get(`/partners/${first.body.id}`).set(as('operations')).expect(200);
  });
});
