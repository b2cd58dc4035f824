import fc from 'fast-check';
import { SettableClock } from '../../src/clock/clock';
import { normalizeText } from '../../src/directory/search-text';
import { Role } from '../../src/http/roles.decorator';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * The directory routes over real HTTP, on a real SQLite store and read-model file: a small district written through the
 * command routes, then read with `?minPosition=` of the last write (read-your-writes).
 */

const TODAY = '2026-11-15';
const clock = new SettableClock(new Date(`${TODAY}T12:00:00Z`));
let t: TestApp;
let lastPosition = '0';

async function post(path: string, body: object, role: Role = 'admin'): Promise<string> {
  const answer = await t.http.post(path).set({ Authorization: `Bearer ${t.tokens[role]}` }).send(body);
  if (answer.status !== 201) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  lastPosition = answer.body.position;
  return answer.body.position;
}

const get = (path: string, role: Role = 'reporting') => t.http.get(path).set({ Authorization: `Bearer ${t.tokens[role]}` });
/** A listing read after every write so far. */
const list = (path: string, role: Role = 'reporting') => get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${lastPosition}`, role);
const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);

const CLEARANCES = ['background-check', 'tb-screening', 'sex-offender-registry-check', 'mandated-reporter-training'];
const FILLER_ARTISTS = 24;

beforeAll(async () => {
  t = await startTestApp({ clock });
  const schools = [
    { id: 'school-1', lea: 'lausd', name: 'Escuela Café', level: 'elementary', grades: ['K', '1', '2', '3', '4', '5'], enrolment: 420 },
    { id: 'school-2', lea: 'lausd', name: 'Hollenbeck Middle', level: 'middle', grades: ['6', '7', '8'], enrolment: 840 },
    { id: 'school-3', lea: 'lausd', name: 'Roosevelt High', level: 'high', grades: ['9', '10', '11', '12'], enrolment: 2100 },
    { id: 'school-4', lea: 'pusd', name: 'Pasadena Elementary', level: 'elementary', grades: ['K', '1', '2'], enrolment: 300 },
  ];
  for (const school of schools) await post('/schools', { ...school, effectiveDate: '2026-08-01' }, 'operations');
  await post('/schools/school-1/arts-lead', { schoolYear: '2026-27', name: 'María López', effectiveDate: '2026-08-01' }, 'operations');
  await post('/schools/school-2/arts-lead', { schoolYear: '2025-26', name: 'Last Year', effectiveDate: '2025-08-01' }, 'operations');

  // Harmony: approved in lausd, insured until 2026-12-01 (the first day without cover), agreement to 2027-06-30.
  await post('/partners', { id: 'harmony', lea: 'lausd', name: 'Harmony Arts', kind: 'arts-nonprofit', services: ['mentorship'], artForms: ['dance', 'music'], effectiveDate: '2026-01-02' }, 'operations');
  await post('/partners/harmony/insurance', { lea: 'lausd', carrier: 'Acme', policyNumber: 'GL-1', leaNamedAdditionalInsured: true, effectiveDate: '2026-01-01', expiresOn: '2026-12-01' }, 'compliance');
  await post('/partners/harmony/contractor-certification', { lea: 'lausd', signedOn: '2026-01-03', evidenceReference: 'cert-1' }, 'compliance');
  await post('/partners/harmony/agreements', { lea: 'lausd', agreementId: 'MOU-1', kind: 'mou', startsOn: '2026-01-01', endsOn: '2027-06-30', effectiveDate: '2026-01-03' }, 'compliance');
  await post('/partners/harmony/approval', { lea: 'lausd', effectiveDate: '2026-01-05' }, 'compliance');
  // Zénith: approved in pusd, then suspended.
  await post('/partners', { id: 'zenith', lea: 'pusd', name: 'Zénith Théâtre', kind: 'arts-nonprofit', services: ['performance-expertise'], artForms: ['theatre'], effectiveDate: '2026-01-02' }, 'operations');
  await post('/partners/zenith/insurance', { lea: 'pusd', carrier: 'Acme', policyNumber: 'GL-2', leaNamedAdditionalInsured: true, effectiveDate: '2026-01-01', expiresOn: '2027-07-01' }, 'compliance');
  await post('/partners/zenith/contractor-certification', { lea: 'pusd', signedOn: '2026-01-03', evidenceReference: 'cert-2' }, 'compliance');
  await post('/partners/zenith/agreements', { lea: 'pusd', agreementId: 'MOU-2', kind: 'mou', startsOn: '2026-01-01', endsOn: '2027-06-30', effectiveDate: '2026-01-03' }, 'compliance');
  await post('/partners/zenith/approval', { lea: 'pusd', effectiveDate: '2026-01-05' }, 'compliance');
  await post('/partners/zenith/suspension', { lea: 'pusd', reason: 'complaint under review', effectiveDate: '2026-10-01' }, 'compliance');
  // Food Share: proposed only.
  await post('/partners', { id: 'food-share', lea: 'lausd', name: 'Food Share', kind: 'food-service', services: ['wraparound-access'], artForms: [], effectiveDate: '2026-02-01' }, 'operations');

  // Nora: cleared in lausd, her TB screening lasts to 2026-11-30. Tom: a background check only. Chloé: cleared in pusd.
  await post('/artists', { id: 'nora', partnerId: 'harmony', name: 'Nora Callahan', engagement: 'contractor', artForms: ['dance'], effectiveDate: '2026-01-01' }, 'operations');
  for (const requirement of CLEARANCES) {
    const expiry = requirement === 'tb-screening' ? { expiresOn: '2026-11-30' } : {};
    await post('/artists/nora/clearances', { requirement, lea: 'lausd', effectiveDate: '2026-08-01', evidenceReference: `${requirement}-nora`, ...expiry }, 'compliance');
  }
  await post('/artists', { id: 'tom', partnerId: 'harmony', name: 'Tom Lee', engagement: 'employee', artForms: ['music'], effectiveDate: '2026-01-01' }, 'operations');
  await post('/artists/tom/clearances', { requirement: 'background-check', lea: 'lausd', effectiveDate: '2026-08-01', evidenceReference: 'bg-tom' }, 'compliance');
  await post('/artists', { id: 'chloe', partnerId: 'zenith', name: 'Chloé Dubois', engagement: 'volunteer', artForms: ['theatre'], effectiveDate: '2026-01-01' }, 'operations');
  for (const requirement of CLEARANCES) {
    await post('/artists/chloe/clearances', { requirement, lea: 'pusd', effectiveDate: '2026-08-01', evidenceReference: `${requirement}-chloe` }, 'compliance');
  }
  // Names that differ only by case and accents, to show the order; ids that share a fragment.
  const fillerNames = ['émile', 'Emile', 'EMILE', 'Zoë', 'zoe', 'Ana', 'Åsa', 'Bea'];
  for (let i = 0; i < FILLER_ARTISTS; i++) {
    const id = `filler-${String(i).padStart(2, '0')}`;
    await post('/artists', { id, partnerId: 'food-share', name: `${fillerNames[i % fillerNames.length]} Filler`, engagement: 'volunteer', artForms: ['music'], effectiveDate: '2026-01-01' }, 'operations');
  }

  await post('/partnerships', { id: 'p1', name: 'Lincoln Theatre Literacy', partnerIds: ['harmony', 'food-share'], lea: 'lausd', scope: 'network', model: 'residency', artForms: ['dance'], effectiveDate: '2026-08-01', termEnd: '2027-06-30' }, 'operations');
  await post('/partnerships/p1/schools', { schoolId: 'school-1', effectiveDate: '2026-08-10' }, 'operations');
  await post('/partnerships/p1/schools', { schoolId: 'school-2', effectiveDate: '2026-08-10' }, 'operations');
  await post('/partnerships/p1/commitments', { effectiveDate: '2026-08-10', stipends: { amount: 5000, currency: 'USD' }, releaseTimeHours: 24, replacesSequentialInstruction: false }, 'operations');
  await post('/partnerships/p1/activation', { effectiveDate: '2026-08-15' }, 'operations');
  await post('/partnerships/p1/assignments', {
    id: 'a1', artistId: 'nora', schoolId: 'school-1', classroomTeacher: 'Ms. Alvarez', artForm: 'dance', grades: ['4'], startDate: '2026-09-01', endDate: '2026-12-18', plannedSessions: 12,
  }, 'operations');
  for (const date of ['2026-09-08', '2026-09-15']) await post('/partnerships/p1/assignments/a1/sessions', { date, minutes: 50, students: 28 }, 'operations');
  await post('/partnerships', { id: 'p2', name: 'Évora Dance Days', partnerIds: ['zenith'], lea: 'pusd', scope: 'school', model: 'out-of-school', artForms: ['dance'], effectiveDate: '2026-09-01' }, 'operations');

  const feeder = { elementarySchoolIds: ['school-1'], middleSchoolIds: ['school-2'], highSchoolIds: ['school-3'] };
  await post('/pathways', { id: 'eastside-music', lea: 'lausd', name: 'Eastside Music', artForm: 'music', effectiveDate: '2026-08-01', feederPattern: feeder }, 'operations');
  const course = (courseId: string, schoolId: string, level: string) =>
    post('/pathways/eastside-music/courses', { courseId, schoolId, level, title: `${level} music`, deliveredBy: 'school-teacher', schoolYear: '2026-27', effectiveDate: '2026-08-15' }, 'operations');
  await course('c1', 'school-2', 'beginning');
  await course('c2', 'school-3', 'intermediate');
  await post('/pathways/eastside-music/whole-school-programmes', { schoolId: 'school-1', title: 'Music for every class', deliveredBy: 'school-teacher', schoolYear: '2026-27' }, 'operations');
  await post('/pathways', { id: 'eastside-theatre', lea: 'lausd', name: 'Eastside Theatre', artForm: 'theatre', effectiveDate: '2026-08-01', feederPattern: feeder }, 'operations');
}, 120_000);

afterAll(async () => {
  await t?.close();
});

afterEach(() => {
  clock.set(`${TODAY}T12:00:00Z`);
});

describe('one item per route: what a list row needs', () => {
  it('GET /artists', async () => {
    const answer = await list('/artists?q=callahan').expect(200);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(BigInt(answer.headers['x-projection-position'])).toBeGreaterThanOrEqual(BigInt(lastPosition));
    expect(answer.body).toEqual({
      items: [{
        id: 'nora', name: 'Nora Callahan', partnerId: 'harmony', partnerName: 'Harmony Arts', engagement: 'contractor', artForms: ['dance'], leas: ['lausd'],
        mayWork: true, mayWorkIn: ['lausd'], nextExpiry: { requirement: 'tb-screening', lea: 'lausd', expiresOn: '2026-11-30' },
      }],
      nextCursor: null,
    });
  });

  it('GET /partners', async () => {
    const answer = await list('/partners?q=harmony').expect(200);
    expect(answer.body).toEqual({
      items: [{
        id: 'harmony', name: 'Harmony Arts', kind: 'arts-nonprofit', services: ['mentorship'], artForms: ['dance', 'music'], leas: ['lausd'],
        rosterStatus: { lausd: 'approved' }, artistCount: 2, nextExpiry: { what: 'insurance', lea: 'lausd', expiresOn: '2026-11-30' },
      }],
      nextCursor: null,
    });
  });

  it('GET /schools', async () => {
    const answer = await list('/schools?q=cafe').expect(200);
    expect(answer.body).toEqual({
      items: [{
        id: 'school-1', name: 'Escuela Café', lea: 'lausd', level: 'elementary', grades: ['K', '1', '2', '3', '4', '5'], enrolment: 420,
        artsLead: 'María López', partnershipCount: 1,
      }],
      nextCursor: null,
    });
  });

  it('GET /partnerships', async () => {
    const answer = await list('/partnerships?q=lincoln').expect(200);
    expect(answer.body).toEqual({
      items: [{
        id: 'p1', name: 'Lincoln Theatre Literacy', partnerId: 'harmony', partnerName: 'Harmony Arts', partnerIds: ['harmony', 'food-share'],
        partners: [{ id: 'harmony', name: 'Harmony Arts' }, { id: 'food-share', name: 'Food Share' }], lea: 'lausd', leas: ['lausd'], status: 'active',
        scope: 'network', model: 'residency', artForms: ['dance'], termEnd: '2027-06-30', schoolCount: 2, assignmentCount: 1, activeAssignmentCount: 1, sessionCount: 2,
      }],
      nextCursor: null,
    });
  });

  it('GET /pathways', async () => {
    const answer = await list('/pathways?q=eastside%20music').expect(200);
    expect(answer.body).toEqual({
      items: [{
        id: 'eastside-music', name: 'Eastside Music', lea: 'lausd', artForm: 'music', feederPattern: { elementary: 1, middle: 1, high: 1 }, feederSchoolCount: 3,
        courseCount: 2, wholeSchoolProgrammeCount: 1, levels: ['beginning', 'intermediate'],
      }],
      nextCursor: null,
    });
  });

  it('leaves GET /<kind>/{id} to its own controller', async () => {
    const artist = await get('/artists/nora').expect(200);
    expect(artist.body).toEqual(expect.objectContaining({ id: 'nora', streamId: 'artist-nora' }));
    await get('/schools/school-1').expect(200);
    await get('/partners/harmony').expect(200);
    await get('/partnerships/p1').expect(200);
    await get('/pathways/eastside-music').expect(200);
  });
});

describe('q: any part of a name or id, case- and accent-insensitively', () => {
  it.each([
    ['/artists', 'callah', ['nora']],
    ['/artists', 'CALLAH', ['nora']],
    ['/artists', 'chloe', ['chloe']],
    ['/artists', 'Chloé', ['chloe']],
    ['/artists', 'dubo', ['chloe']],
    ['/artists', 'ora c', ['nora']],
    ['/artists', 'no', ['nora']],
    ['/artists', 'xq', []],
    ['/artists', 'zzzz', []],
    ['/schools', 'cafe', ['school-1']],
    ['/schools', 'CAFÉ', ['school-1']],
    ['/schools', 'ool-4', ['school-4']],
    ['/partners', 'zenith theatre', ['zenith']],
    ['/partners', 'food', ['food-share']],
    ['/partnerships', 'evora', ['p2']],
    ['/partnerships', 'P1', ['p1']],
    ['/pathways', 'theat', ['eastside-theatre']],
  ])('%s?q=%s', async (path, q, expected) => {
    const answer = await list(`${path}?q=${encodeURIComponent(q)}`).expect(200);
    expect(ids(answer.body)).toEqual(expected);
  });

  it('finds by an id fragment shared by many rows, and ignores the ends\' spaces', async () => {
    const answer = await list('/artists?q=%20ller-0%20&limit=200').expect(200);
    expect(ids(answer.body).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `filler-0${i}`));
  });

  it('an empty q lists everything', async () => {
    const all = await list('/artists?limit=200').expect(200);
    const empty = await list('/artists?limit=200&q=').expect(200);
    expect(empty.body).toEqual(all.body);
    expect(all.body.items).toHaveLength(3 + FILLER_ARTISTS);
  });
});

describe('filters', () => {
  it.each([
    ['/artists?lea=pusd', ['chloe']],
    ['/artists?partnerId=harmony', ['nora', 'tom']],
    ['/artists?mayWork=true', ['chloe', 'nora']],
    ['/artists?mayWork=false&lea=lausd', ['tom']],
    ['/artists?mayWork=true&lea=pusd', ['chloe']],
    ['/artists?mayWork=true&lea=lausd&partnerId=zenith', []],
    ['/partners?rosterStatus=approved', ['harmony']],
    ['/partners?rosterStatus=suspended', ['zenith']],
    ['/partners?rosterStatus=proposed', ['food-share']],
    ['/partners?rosterStatus=suspended&lea=lausd', []],
    ['/partners?lea=pusd', ['zenith']],
    ['/schools?lea=pusd', ['school-4']],
    ['/schools?level=elementary', ['school-1', 'school-4']],
    ['/schools?lea=lausd&level=high&q=roose', ['school-3']],
    ['/partnerships?status=active', ['p1']],
    ['/partnerships?status=proposed&lea=pusd', ['p2']],
    ['/partnerships?lea=lausd', ['p1']],
    ['/partnerships?schoolId=school-2', ['p1']],
    ['/partnerships?schoolId=school-3', []],
    ['/partnerships?schoolId=school-1&status=proposed', []],
    ['/pathways?artForm=theatre', ['eastside-theatre']],
    ['/pathways?lea=pusd', []],
  ])('%s', async (path, expected) => {
    const answer = await list(path).expect(200);
    expect(ids(answer.body)).toEqual(expected);
  });

  it('mayWork=true lists exactly the artists whose row says mayWork', async () => {
    const all = (await list('/artists?limit=200').expect(200)).body.items as { id: string; mayWork: boolean }[];
    const mayWork = ids((await list('/artists?limit=200&mayWork=true').expect(200)).body);
    const mayNot = ids((await list('/artists?limit=200&mayWork=false').expect(200)).body);
    expect(mayWork).toEqual(all.filter((a) => a.mayWork).map((a) => a.id));
    expect(mayNot).toEqual(all.filter((a) => !a.mayWork).map((a) => a.id));
  });
});

describe('pagination', () => {
  it('walks every artist exactly once, sorted by name case/accent-insensitively then id', async () => {
    const all = (await list('/artists?limit=200').expect(200)).body.items as { id: string; name: string }[];
    const expectedOrder = [...all].sort((a, b) => {
      const [x, y] = [normalizeText(a.name), normalizeText(b.name)];
      return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
    expect(all.map((a) => a.id)).toEqual(expectedOrder.map((a) => a.id));
    // Case and accents do not split a name: the three Emiles come together, in id order.
    const emiles = all.filter((a) => normalizeText(a.name) === 'emile filler').map((a) => a.id);
    expect(emiles).toEqual([...emiles].sort());
    expect(all.findIndex((a) => a.name === 'émile Filler')).toBe(all.findIndex((a) => normalizeText(a.name) === 'emile filler'));

    for (const limit of [1, 5, 7]) {
      const walked: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = (await list(`/artists?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`).expect(200)).body as { items: { id: string }[]; nextCursor: string | null };
        expect(page.items.length).toBeLessThanOrEqual(limit);
        walked.push(...ids(page));
        cursor = page.nextCursor;
        pages++;
      } while (cursor !== null && pages < 100);
      expect(walked).toEqual(all.map((a) => a.id));
    }
  });

  it('pages a search and a filter the same way', async () => {
    const all = ids((await list('/artists?q=filler&partnerId=food-share&limit=200').expect(200)).body);
    expect(all).toHaveLength(FILLER_ARTISTS);
    const first = await list('/artists?q=filler&partnerId=food-share&limit=10').expect(200);
    const second = await list(`/artists?q=filler&partnerId=food-share&limit=10&cursor=${first.body.nextCursor}`).expect(200);
    expect([...ids(first.body), ...ids(second.body)]).toEqual(all.slice(0, 20));
  });

  it('defaults to 50 per page', async () => {
    const answer = await list('/artists').expect(200);
    expect(answer.body.items).toHaveLength(3 + FILLER_ARTISTS);
    expect(answer.body.nextCursor).toBeNull();
  });
});

/** A school partnership of Harmony's in lausd, school-1 enrolled and a commitment recorded, activated on `activatedOn`. */
async function activePartnership(id: string, name: string, model: string, activatedOn: string): Promise<void> {
  await post('/partnerships', { id, name, partnerIds: ['harmony'], lea: 'lausd', scope: 'school', model, artForms: ['dance'], effectiveDate: '2026-08-01' }, 'operations');
  await post(`/partnerships/${id}/schools`, { schoolId: 'school-1', effectiveDate: '2026-08-10' }, 'operations');
  await post(`/partnerships/${id}/commitments`, { effectiveDate: '2026-08-10', stipends: { amount: 1000, currency: 'USD' }, releaseTimeHours: 4, replacesSequentialInstruction: false }, 'operations');
  await post(`/partnerships/${id}/activation`, { effectiveDate: activatedOn }, 'operations');
}

describe('"today" is the clock\'s', () => {
  it('an artist may no longer work once a required clearance has expired, and the next expiry moves on', async () => {
    clock.set('2026-11-30T23:00:00Z');
    let nora = (await list('/artists?q=nora').expect(200)).body.items[0];
    expect(nora).toMatchObject({ mayWork: true, mayWorkIn: ['lausd'], nextExpiry: { requirement: 'tb-screening', lea: 'lausd', expiresOn: '2026-11-30' } });

    clock.set('2026-12-01T08:00:00Z');
    nora = (await list('/artists?q=nora').expect(200)).body.items[0];
    expect(nora).toMatchObject({ mayWork: false, mayWorkIn: [], nextExpiry: { requirement: 'mandated-reporter-training', lea: 'lausd', expiresOn: '2027-06-30' } });
    expect(ids((await list('/artists?mayWork=true').expect(200)).body)).toEqual(['chloe']);
    expect(ids((await list('/artists?mayWork=false&lea=lausd').expect(200)).body)).toEqual(['nora', 'tom']);
  });

  it('a partner\'s next expiry and roster status are those of the clock\'s day', async () => {
    clock.set('2026-12-01T08:00:00Z');
    const harmony = (await list('/partners?q=harmony').expect(200)).body.items[0];
    expect(harmony).toMatchObject({ rosterStatus: { lausd: 'approved' }, nextExpiry: { what: 'agreement', lea: 'lausd', expiresOn: '2027-06-30' } });
    clock.set('2026-09-15T08:00:00Z');
    const zenith = (await list('/partners?q=zenith').expect(200)).body.items[0];
    expect(zenith.rosterStatus).toEqual({ pusd: 'approved' });
    expect(ids((await list('/partners?rosterStatus=suspended').expect(200)).body)).toEqual([]);
  });

  it("a partner's page says the roster status of the clock's day, as the list does, beside the decisions recorded ahead of it", async () => {
    // Zenith's suspension in pusd takes effect on 2026-10-01.
    for (const [day, status] of [['2026-09-15', 'approved'], ['2026-10-01', 'suspended'], ['2026-11-15', 'suspended']] as const) {
      clock.set(`${day}T08:00:00Z`);
      const listed = (await list('/partners?q=zenith').expect(200)).body.items[0].rosterStatus;
      const page = (await get('/partners/zenith').expect(200)).body;
      expect([day, page.today]).toEqual([day, { date: day, rosterStatus: listed }]);
      expect(listed).toEqual({ pusd: status });
      expect(page.state.rosterChanges.at(-1)).toMatchObject({ lea: 'pusd', status: 'suspended', effectiveDate: '2026-10-01' });
    }
  });

  it("a partnership's status is the one the clock's day falls in, from its activation's and its conclusion's dates", async () => {
    await activePartnership('p3', 'Winter Strings', 'out-of-school', '2026-09-01');
    // Recorded now for the end of the school year.
    await post('/partnerships/p3/conclusion', { effectiveDate: '2027-06-30', reason: 'term completed' }, 'operations');
    const statusOn = async (day: string) => {
      clock.set(`${day}T08:00:00Z`);
      const listed = (await list('/partnerships?q=winter').expect(200)).body.items[0].status as string;
      // The partnership page (GET /partnerships/{id}) says the same of the same day, beside what was recorded.
      const page = (await get('/partnerships/p3').expect(200)).body;
      expect(page.today).toMatchObject({ date: day, status: listed });
      expect(page.state).toMatchObject({ status: 'concluded', concludedOn: '2027-06-30' });
      return listed;
    };
    expect(await statusOn('2026-08-15')).toBe('proposed');
    expect(ids((await list('/partnerships?status=proposed&lea=lausd').expect(200)).body)).toContain('p3');
    expect(await statusOn('2026-12-01')).toBe('active');
    expect(ids((await list('/partnerships?status=active&lea=lausd').expect(200)).body)).toEqual(expect.arrayContaining(['p1', 'p3']));
    expect(ids((await list('/partnerships?status=concluded').expect(200)).body)).toEqual([]);
    expect(await statusOn('2027-06-30')).toBe('concluded');
    expect(ids((await list('/partnerships?status=concluded').expect(200)).body)).toEqual(['p3']);
    expect(ids((await list('/partnerships?status=active&lea=lausd').expect(200)).body)).not.toContain('p3');
  });

  it("a partnership's active assignments are those active on the clock's day, as its page says: an end recorded ahead counts from its own day", async () => {
    await activePartnership('p4', 'Spring Murals', 'residency', '2026-08-15');
    await post('/partnerships/p4/assignments', {
      id: 'm1', artistId: 'nora', schoolId: 'school-1', classroomTeacher: 'Mr. Ortiz', artForm: 'dance', grades: ['3'], startDate: '2026-09-01', endDate: '2026-11-20', plannedSessions: 10,
    }, 'operations');
    // Recorded now for a later day.
    await post('/partnerships/p4/assignments/m1/end', { effectiveDate: '2026-11-20', reason: 'residency complete' }, 'operations');
    const activeOn = async (day: string) => {
      clock.set(`${day}T08:00:00Z`);
      const listed = (await list('/partnerships?q=spring%20murals').expect(200)).body.items[0];
      const page = (await get('/partnerships/p4').expect(200)).body;
      expect(page.state.assignments[0]).toMatchObject({ status: 'ended', endedOn: '2026-11-20' });
      expect(listed.assignmentCount).toBe(1);
      expect(listed.activeAssignmentCount).toBe(page.today.assignments.filter((a: { status: string }) => a.status === 'active').length);
      return listed.activeAssignmentCount as number;
    };
    expect(await activeOn('2026-11-19')).toBe(1);
    expect(await activeOn('2026-11-20')).toBe(0);
  });

  it('the Arts Lead is the one of the school year that holds today', async () => {
    clock.set('2027-07-01T08:00:00Z');
    expect((await list('/schools?q=cafe').expect(200)).body.items[0].artsLead).toBeNull();
    clock.set('2025-09-01T08:00:00Z');
    expect((await list('/schools?q=hollenbeck').expect(200)).body.items[0].artsLead).toBe('Last Year');
  });
});

describe('read-your-writes', () => {
  it('?minPosition= waits for the write, and X-Projection-Position says how far the answer reaches', async () => {
    const position = await post('/artists', { id: 'new-artist', partnerId: 'harmony', name: 'Quentin Newcomer', engagement: 'employee', artForms: ['dance'], effectiveDate: '2026-11-01' }, 'operations');
    const answer = await get(`/artists?q=newcomer&minPosition=${position}`).expect(200);
    expect(ids(answer.body)).toEqual(['new-artist']);
    expect(BigInt(answer.headers['x-projection-position'])).toBeGreaterThanOrEqual(BigInt(position));
    const renamed = await post('/partners/harmony/corrections', { name: 'Harmonía Arts Collective', kind: 'arts-nonprofit', services: ['mentorship'], artForms: ['dance', 'music'], reason: 'new name' }, 'operations');
    const partner = await get(`/partners?q=harmonia&minPosition=${renamed}`).expect(200);
    expect(partner.body.items.map((p: { name: string }) => p.name)).toEqual(['Harmonía Arts Collective']);
    expect((await get(`/partners?q=harmony%20arts&minPosition=${renamed}`).expect(200)).body.items).toEqual([]);
    expect((await get(`/artists?q=newcomer&minPosition=${renamed}`).expect(200)).body.items[0].partnerName).toBe('Harmonía Arts Collective');
  });
});

describe('bad parameters are 400 problem+json, never 5xx', () => {
  const otherListingCursor = Buffer.from(JSON.stringify(['schools', 'a'])).toString('base64url');
  it.each([
    ['/artists?limit=0', 'limit'],
    ['/artists?limit=201', 'limit'],
    ['/artists?limit=abc', 'limit'],
    ['/artists?limit=1e2', 'limit'],
    ['/artists?limit=', 'limit'],
    ['/artists?cursor=not%20a%20cursor', 'cursor'],
    ['/artists?cursor=AAAA', 'cursor'],
    [`/artists?cursor=${otherListingCursor}`, 'cursor'],
    ['/artists?mayWork=yes', 'mayWork'],
    ['/artists?lea=%20bad', 'lea'],
    ['/artists?partnerId=a%2Fb', 'partnerId'],
    ['/artists?q=a&q=b', 'q'],
    [`/artists?q=${'x'.repeat(201)}`, 'q'],
    ['/partners?rosterStatus=pending', 'rosterStatus'],
    ['/schools?level=college', 'level'],
    ['/partnerships?status=renewed', 'status'],
    ['/partnerships?schoolId=a%20b', 'schoolId'],
    ['/pathways?artForm=poetry', 'artForm'],
    ['/pathways?minPosition=-1', 'minPosition'],
    ['/schools?unknown=1', 'unknown'],
  ])('%s', async (path, field) => {
    const answer = await get(path).expect(400);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(answer.body).toMatchObject({ status: 400, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
    if (field !== 'minPosition') expect(answer.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('no query string a client can send gives a 5xx (property)', async () => {
    const routes = ['/artists', '/partners', '/schools', '/partnerships', '/pathways'];
    const names = fc.constantFrom('q', 'lea', 'partnerId', 'schoolId', 'mayWork', 'rosterStatus', 'level', 'status', 'artForm', 'limit', 'cursor', 'minPosition', 'x', '__proto__', 'q[]', 'constructor');
    const values = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.constantFrom('', '"', '""', '*', 'NEAR', 'a OR b', '%', '_', '\\', '\u0000', '\u001f', 'ʼn', 'İ', 'ﬁ', 'café', '1', '200', 'true', 'lausd'),
      fc.base64String({ maxLength: 40 }).map((s) => s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.array(fc.tuple(names, values), { maxLength: 4 }), async (route, pairs) => {
        const query = pairs.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
        const answer = await get(`${route}?${query}`);
        if (answer.status >= 500) throw new Error(`${route}?${query} → ${answer.status} ${JSON.stringify(answer.body)}`);
        expect([200, 400]).toContain(answer.status);
      }),
      { seed: 20_261_204, numRuns: 300 },
    );
    // Raw bytes, not URL-encoded by us: invalid percent-encodings and UTF-8 included.
    for (const raw of ['q=%', 'q=%E0%A4%A', 'q=%FF%FE', 'q=%ED%A0%80', 'cursor=%C0%AF', 'q=%00%00%00']) {
      const answer = await get(`/artists?${raw}`);
      expect([200, 400]).toContain(answer.status);
    }
  });
});
