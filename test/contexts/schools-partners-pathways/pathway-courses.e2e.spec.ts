import { startTestApp, TestApp } from '../../support/test-app';
import { countEvents } from './event-count';

describe('schools and a pathway along their feeder pattern, over HTTP', () => {
  let t: TestApp;
  const as = (role: 'admin' | 'compliance' | 'operations' | 'reporting') => ({ Authorization: `Bearer ${t.tokens[role]}` });
  const course = (body: Record<string, unknown>) =>
    t.http.post('/pathways/eastside-music/courses').set(as('operations')).send({ deliveredBy: 'school-teacher', schoolYear: '2026-27', effectiveDate: '2026-08-15', ...body });

  beforeAll(async () => {
    t = await startTestApp();
    const schools = [
      { id: 'evergreen-es', name: 'Evergreen Elementary', level: 'elementary', grades: ['K', '1', '2', '3', '4', '5'], enrolment: 420 },
      { id: 'hollenbeck-ms', name: 'Hollenbeck Middle', level: 'middle', grades: ['6', '7', '8'], enrolment: 840 },
      { id: 'roosevelt-hs', name: 'Roosevelt High', level: 'high', grades: ['9', '10', '11', '12'], enrolment: 2100 },
      { id: 'far-away-hs', name: 'Far Away High', level: 'high', grades: ['9', '10', '11', '12'], enrolment: 900 },
    ];
    for (const school of schools) {
      await t.http.post('/schools').set(as('operations')).send({ ...school, lea: 'lausd', effectiveDate: '2026-08-01' }).expect(201);
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  it('keeps a school with its yearly Arts Lead and arts plan', async () => {
    await t.http.post('/schools/hollenbeck-ms/arts-lead').set(as('operations')).send({ schoolYear: '2026-27', name: 'Ana Ruiz', effectiveDate: '2026-08-10' }).expect(201);
    await t.http.post('/schools/hollenbeck-ms/arts-plan').set(as('operations'))
      .send({ schoolYear: '2026-27', priorities: 'literacy through theatre', artForms: ['theatre', 'music'], effectiveDate: '2026-09-01' }).expect(201);
    const view = await t.http.get('/schools/hollenbeck-ms').set(as('reporting')).expect(200);
    expect(view.body.state).toMatchObject({
      lea: 'lausd', level: 'middle', grades: ['6', '7', '8'], enrolment: 840,
      artsLeads: [{ schoolYear: '2026-27', name: 'Ana Ruiz', designatedOn: '2026-08-10' }],
      artsPlans: [{ schoolYear: '2026-27', artForms: ['theatre', 'music'] }],
    });
  });

  it('refuses a school whose grades do not fit its level with 422, writing nothing', async () => {
    const before = await countEvents(t.store);
    const refused = await t.http.post('/schools').set(as('operations'))
      .send({ lea: 'lausd', name: 'Odd High', level: 'high', grades: ['2'], enrolment: 10, effectiveDate: '2026-08-01' }).expect(422);
    expect(refused.body.rule).toBe('school.grades');
    expect(await countEvents(t.store)).toBe(before);
  });

  it('enforces beginning → intermediate → advanced, the feeder pattern and whole-school elementary programmes', async () => {
    await t.http.post('/pathways').set(as('operations')).send({
      id: 'eastside-music', lea: 'lausd', name: 'Eastside music', artForm: 'music', effectiveDate: '2026-08-01',
      feederPattern: { elementarySchoolIds: ['evergreen-es'], middleSchoolIds: ['hollenbeck-ms'], highSchoolIds: ['roosevelt-hs'] },
    }).expect(201);
    const before = await countEvents(t.store);

    const tooEarly = await course({ courseId: 'rhs-int', schoolId: 'roosevelt-hs', level: 'intermediate', title: 'Intermediate band' }).expect(409);
    expect(tooEarly.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(tooEarly.body).toMatchObject({ rule: 'pathway.level-order', detail: expect.stringContaining('needs a beginning course at school roosevelt-hs or at a middle school feeding it') });
    const outside = await course({ schoolId: 'far-away-hs', level: 'beginning', title: 'Band' }).expect(409);
    expect(outside.body.rule).toBe('pathway.feeder-pattern');
    const elementary = await course({ schoolId: 'evergreen-es', level: 'beginning', title: 'Band' }).expect(422);
    expect(elementary.body.rule).toBe('pathway.course-school-level');
    const strayPartner = await course({ schoolId: 'hollenbeck-ms', level: 'beginning', title: 'Band', partnerId: 'someone' }).expect(400);
    expect(strayPartner.body.errors).toEqual([{ field: 'partnerId', message: 'partnerId is only for deliveredBy partner' }]);
    await course({ schoolId: 'hollenbeck-ms', level: 'beginning', title: 'Band', deliveredBy: 'partner' }).expect(400);
    expect(await countEvents(t.store)).toBe(before);

    await course({ courseId: 'hms-beg', schoolId: 'hollenbeck-ms', level: 'beginning', title: 'Beginning band' }).expect(201);
    await course({ courseId: 'rhs-int', schoolId: 'roosevelt-hs', level: 'intermediate', title: 'Intermediate band' }).expect(201);
    await course({ courseId: 'rhs-adv', schoolId: 'roosevelt-hs', level: 'advanced', title: 'Wind ensemble' }).expect(201);
    await t.http.post('/pathways/eastside-music/whole-school-programmes').set(as('operations'))
      .send({ schoolId: 'evergreen-es', title: 'Music for every class', deliveredBy: 'school-teacher', schoolYear: '2026-27' }).expect(201);

    const view = await t.http.get('/pathways/eastside-music').set(as('reporting')).expect(200);
    expect(view.body.state.courses.map((c: { schoolId: string; level: string }) => `${c.schoolId}:${c.level}`))
      .toEqual(['hollenbeck-ms:beginning', 'roosevelt-hs:intermediate', 'roosevelt-hs:advanced']);
    expect(view.body.state.wholeSchoolProgrammes).toHaveLength(1);
  });

  it('refuses a pathway listing a school at the wrong level, or one never registered', async () => {
    const before = await countEvents(t.store);
    const wrongLevel = await t.http.post('/pathways').set(as('operations')).send({
      lea: 'lausd', name: 'Theatre', artForm: 'theatre',
      feederPattern: { elementarySchoolIds: ['evergreen-es'], middleSchoolIds: ['roosevelt-hs'], highSchoolIds: ['far-away-hs'] },
    }).expect(422);
    expect(wrongLevel.body.detail).toBe('school roosevelt-hs is a high school, listed among the middle schools');
    const unknown = await t.http.post('/pathways').set(as('operations')).send({
      lea: 'lausd', name: 'Theatre', artForm: 'theatre',
      feederPattern: { elementarySchoolIds: ['nowhere-es'], middleSchoolIds: ['hollenbeck-ms'], highSchoolIds: ['far-away-hs'] },
    }).expect(409);
    expect(unknown.body.rule).toBe('pathway.school-known');
    await t.http.post('/pathways').set(as('operations')).send({ lea: 'lausd', name: 'Theatre', artForm: 'theatre', feederPattern: { elementarySchoolIds: 'x' } }).expect(400);
    expect(await countEvents(t.store)).toBe(before);
  });

  it('documents its routes, bodies and roles in OpenAPI', async () => {
    const { body } = await t.http.get('/docs-json').expect(200);
    for (const path of ['/schools', '/schools/{id}/arts-lead', '/schools/{id}/arts-plan', '/partners/{id}/insurance/cancellation', '/partners/{id}/removal', '/pathways/{id}/courses']) {
      expect(body.paths[path]?.post?.description).toMatch(/Roles: admin, (operations|compliance)/);
    }
    expect(body.components.schemas.AddPathwayCourseBody.properties.level.enum).toEqual(['beginning', 'intermediate', 'advanced']);
  });

  it('answers 404 for courses of a pathway never defined', async () => {
    await t.http.post('/pathways/none/courses').set(as('operations'))
      .send({ schoolId: 'hollenbeck-ms', level: 'beginning', title: 'Band', deliveredBy: 'school-teacher', schoolYear: '2026-27' }).expect(404);
  });
});
