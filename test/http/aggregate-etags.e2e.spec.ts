import { seedApprovedPartner, seedClearedArtist, seedSchool } from '../support/seed-district';
import { startTestApp, TestApp } from '../support/test-app';

/** Each `GET /<aggregate>/{id}` answers the stream revision as its ETag: what a client sends back as If-Match. */
describe('aggregate state routes answer ETag: "<revision>"', () => {
  let t: TestApp;
  const as = (role: 'operations' | 'reporting') => ({ Authorization: `Bearer ${t.tokens[role]}` });

  beforeAll(async () => {
    t = await startTestApp();
    await seedSchool(t.store, 'lausd', 'roosevelt');
    await seedApprovedPartner(t.store, 'lausd', 'dance-co');
    await seedClearedArtist(t, 'ana', { lea: 'lausd', partnerId: 'dance-co', clearedOn: '2026-01-10' });
    await t.http.post('/partnerships').set(as('operations'))
      .send({ id: 'p-etag', name: 'Etag dance', partnerIds: ['dance-co'], lea: 'lausd', scope: 'school', model: 'co-teaching', artForms: ['dance'], effectiveDate: '2026-08-01' })
      .expect(201);
    for (const [id, level, grades] of [['hollenbeck-ms', 'middle', ['6', '7', '8']], ['garfield-hs', 'high', ['9', '10', '11', '12']]] as const) {
      await t.http.post('/schools').set(as('operations'))
        .send({ id, lea: 'lausd', name: id, level, grades, enrolment: 800, effectiveDate: '2026-08-01' }).expect(201);
    }
    await t.http.post('/pathways').set(as('operations')).send({
      id: 'etag-music', lea: 'lausd', name: 'Music', artForm: 'music', effectiveDate: '2026-08-01',
      feederPattern: { elementarySchoolIds: ['roosevelt'], middleSchoolIds: ['hollenbeck-ms'], highSchoolIds: ['garfield-hs'] },
    }).expect(201);
  });
  afterAll(async () => t?.close());

  it.each([
    ['/schools/roosevelt', '"0"'],
    ['/partners/dance-co', '"4"'],
    ['/artists/ana', '"4"'],
    ['/partnerships/p-etag', '"0"'],
    ['/pathways/etag-music', '"0"'],
  ])('GET %s answers ETag %s, the revision in its body', async (path, etag) => {
    const view = await t.http.get(path).set(as('reporting')).expect(200);
    expect(view.headers.etag).toBe(etag);
    expect(`"${view.body.revision}"`).toBe(etag);
  });
});
