import { SettableClock } from '../../src/clock/clock';
import { ReportExporter, ReportExportError } from '../../src/reports/report-exporter';
import { startTestApp, TestApp } from '../support/test-app';
import { buildDistrict, CallerRole, DistrictBuilder, ensureReportProjectionsRun, LEA } from './report-district';

/* The five reports over HTTP, read from their projections after a small district was built through the command routes. */

let t: TestApp;
let stopProjections: () => Promise<void>;
let district: DistrictBuilder;
const clock = new SettableClock(new Date('2026-11-15T12:00:00Z'));

const get = (path: string, role: CallerRole = 'reporting') =>
  t.http.get(path).query({ minPosition: district.lastPosition }).set({ Authorization: `Bearer ${t.tokens[role]}` });

beforeAll(async () => {
  t = await startTestApp({ clock });
  stopProjections = await ensureReportProjectionsRun(t);
  district = new DistrictBuilder(t);
  await buildDistrict(district);
  // Read-your-writes: every report below is asked with minPosition = the last write; this waits once for all of them.
  await waitUntilReportsReach(district.lastPosition);
}, 60_000);

afterAll(async () => {
  await stopProjections?.();
  await t?.close();
});

async function waitUntilReportsReach(position: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const answers = await Promise.all(['clearance-roster', 'arts-access', 'pathways', 'partner-services', 'partnership-health'].map((r) => get(`/reports/${r}`)));
    if (answers.every((a) => a.status === 200 && BigInt(a.headers['x-projection-position']) >= BigInt(position))) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`reports did not reach position ${position}`);
}

describe('arts access', () => {
  it('sums sessions, minutes and students per school, lists unreached schools, and totals the LEA', async () => {
    const answer = await get(`/reports/arts-access?lea=${LEA}`).expect(200);
    expect(BigInt(answer.headers['x-projection-position'])).toBeGreaterThanOrEqual(BigInt(district.lastPosition));
    const evergreen = answer.body.schools.find((s: { schoolId: string }) => s.schoolId === 'evergreen-es');
    expect(evergreen).toEqual(expect.objectContaining({ level: 'elementary', artForms: ['dance'], sessions: 3, minutes: 145, studentsServed: 28, studentAttendances: 81 }));
    expect(answer.body.schools.map((s: { schoolId: string }) => s.schoolId).sort()).toEqual(['evergreen-es', 'garfield-hs', 'hollenbeck-ms', 'roosevelt-hs']);
    expect(answer.body.leas).toEqual([expect.objectContaining({ lea: LEA, schools: 4, schoolsReached: 1, sessions: 3, minutes: 145 })]);
  });

  it('answers CSV when Accept asks for it: a header row, one row per school', async () => {
    const answer = await get('/reports/arts-access?lea=pusd').set('Accept', 'text/csv').expect(200);
    expect(answer.headers['content-type']).toMatch(/^text\/csv/);
    expect(answer.text).toBe(
      'lea,schoolId,school,level,enrolment,artForms,sessions,minutes,studentsServed,studentAttendances\r\n' +
      'pusd,pasadena-es,Pasadena Elementary,elementary,300,,0,0,0,0\r\n',
    );
  });
});

describe('partnership health', () => {
  it('reports check-ins, evaluation scores, PD hours, sessions and commitment; days since the last check-in follow the clock', async () => {
    const answer = await get('/reports/partnership-health').expect(200);
    expect(answer.body.partnerships).toEqual([expect.objectContaining({
      partnershipId: 'p1', status: 'active', lastCheckIn: '2026-11-01', daysSinceLastCheckIn: 14, checkIns: 2, evaluations: 2,
      latestEvaluation: { date: '2026-11-10', meaningful: 5, collaborative: 4, additive: 5 },
      averageEvaluation: { meaningful: 4.5, collaborative: 3.5, additive: 5 },
      professionalDevelopment: { hours: 3, sessions: 1, attendees: 14 }, sessions: 3, sessionMinutes: 145, commitmentRecorded: true,
    })]);
    clock.advanceDays(10);
    try {
      expect((await get('/reports/partnership-health').expect(200)).body.partnerships[0].daysSinceLastCheckIn).toBe(24);
    } finally {
      clock.advanceDays(-10);
    }
  });

  it('quotes CSV cells per RFC 4180 and neutralises a cell that a spreadsheet would run as a formula', async () => {
    const answer = await get('/reports/partnership-health').set('Accept', 'text/csv').expect(200);
    const [header, row, end] = answer.text.split('\r\n');
    expect(header.split(',').slice(0, 8)).toEqual(['lea', 'partnershipId', 'partnership', 'model', 'status', 'partners', 'lastCheckIn', 'daysSinceLastCheckIn']);
    expect(row.startsWith(`${LEA},p1,"'=Dance, ""Move"" & Read",residency,active,dance-co,2026-11-01,14,`)).toBe(true);
    expect(end).toBe('');
  });
});

describe('clearance roster', () => {
  it('lists artists and partners by status on asOf, and exactly what expires within N days', async () => {
    const answer = await get(`/reports/clearance-roster?lea=${LEA}&asOf=2026-11-15&expiringWithinDays=15`).expect(200);
    expect(answer.body.artistsByStatus).toEqual({ cleared: 1, 'not-cleared': 1 });
    expect(answer.body.partnersByStatus).toEqual({ approved: 1, proposed: 1 });
    const maria = answer.body.artists.find((a: { artistId: string }) => a.artistId === 'maria');
    expect(maria).toEqual(expect.objectContaining({ partnerName: 'Dance Co', engagement: 'contractor', status: 'cleared' }));
    expect(maria.requirements).toContainEqual({ requirement: 'tb-screening', status: 'valid', expiresOn: '2026-11-30' });
    const tom = answer.body.artists.find((a: { artistId: string }) => a.artistId === 'tom');
    expect(tom.requirements).toContainEqual({ requirement: 'tb-screening', status: 'missing', expiresOn: null });
    expect(answer.body.expiring.map((e: { kind: string; name: string; item: string; lastValidDay: string; daysLeft: number }) => [e.kind, e.name, e.item, e.lastValidDay, e.daysLeft]))
      .toEqual([['insurance', 'Dance Co', 'GL-1', '2026-11-30', 15], ['clearance', 'Maria Reyes', 'tb-screening', '2026-11-30', 15]]);

    const shorter = await get(`/reports/clearance-roster?lea=${LEA}&asOf=2026-11-15&expiringWithinDays=14`).expect(200);
    expect(shorter.body.expiring).toEqual([]);
  });

  it('defaults asOf to today from the clock: after the lapse the artist is not cleared and the partner may not work', async () => {
    clock.set('2026-12-02T09:00:00Z');
    try {
      const answer = await get(`/reports/clearance-roster?lea=${LEA}`).expect(200);
      expect(answer.body.asOf).toBe('2026-12-02');
      expect(answer.body.artistsByStatus).toEqual({ cleared: 0, 'not-cleared': 2 });
      expect(answer.body.partners.find((p: { partnerId: string }) => p.partnerId === 'dance-co'))
        .toEqual(expect.objectContaining({ status: 'approved', mayWork: false, insuredThrough: null, agreementThrough: '2027-06-30' }));
    } finally {
      clock.set('2026-11-15T12:00:00Z');
    }
  });
});

describe('pathways', () => {
  it('detects the complete beginning → advanced sequence and not the incomplete one; elementary programmes per pathway', async () => {
    const answer = await get(`/reports/pathways?lea=${LEA}`).expect(200);
    const byId = Object.fromEntries(answer.body.pathways.map((p: { pathwayId: string }) => [p.pathwayId, p]));
    expect(byId['eastside-music']).toEqual(expect.objectContaining({ completeSequence: true, levelsOffered: ['beginning', 'intermediate', 'advanced'], missingLevels: [], elementaryWithoutProgramme: [] }));
    expect(byId['eastside-theatre']).toEqual(expect.objectContaining({ completeSequence: false, levelsOffered: ['beginning'], missingLevels: ['intermediate', 'advanced'], elementaryWithoutProgramme: ['evergreen-es'] }));
    expect(byId['eastside-music'].schools.find((s: { schoolId: string }) => s.schoolId === 'roosevelt-hs')).toEqual(expect.objectContaining({ stage: 'high', levels: ['intermediate', 'advanced'], sequenceComplete: true }));
    expect((await get('/reports/pathways?lea=pusd').expect(200)).body.pathways).toEqual([]);
  });

  it('does not count an elementary school without a programme as sequence-complete, even in a complete pathway', async () => {
    const course = (courseId: string, schoolId: string, level: string) => district.post('/pathways/eastside-visual/courses',
      { courseId, schoolId, level, title: level, deliveredBy: 'school-teacher', schoolYear: '2026-27', effectiveDate: '2026-08-15' });
    await district.post('/pathways', { id: 'eastside-visual', lea: LEA, name: 'Eastside visual arts', artForm: 'visual-arts', effectiveDate: '2026-08-01',
      feederPattern: { elementarySchoolIds: ['evergreen-es'], middleSchoolIds: ['hollenbeck-ms'], highSchoolIds: ['roosevelt-hs'] } });
    await course('va-beg', 'hollenbeck-ms', 'beginning');
    await course('va-int', 'roosevelt-hs', 'intermediate');
    await course('va-adv', 'roosevelt-hs', 'advanced');
    const answer = await get(`/reports/pathways?lea=${LEA}`).expect(200);
    const visual = answer.body.pathways.find((p: { pathwayId: string }) => p.pathwayId === 'eastside-visual');
    expect(visual).toEqual(expect.objectContaining({ completeSequence: true, elementaryWithoutProgramme: ['evergreen-es'] }));
    expect(Object.fromEntries(visual.schools.map((s: { schoolId: string; sequenceComplete: boolean }) => [s.schoolId, s.sequenceComplete])))
      .toEqual({ 'evergreen-es': false, 'hollenbeck-ms': true, 'roosevelt-hs': true });
    const music = answer.body.pathways.find((p: { pathwayId: string }) => p.pathwayId === 'eastside-music');
    expect(music.schools.find((s: { schoolId: string }) => s.schoolId === 'evergreen-es')).toEqual(expect.objectContaining({ wholeSchoolProgramme: true, sequenceComplete: true }));
  });
});

describe('partner services', () => {
  it('lists the services reaching each school through active partnerships, and the gaps', async () => {
    const answer = await get(`/reports/partner-services?lea=${LEA}`).expect(200);
    const evergreen = answer.body.schools.find((s: { schoolId: string }) => s.schoolId === 'evergreen-es');
    expect(evergreen).toEqual(expect.objectContaining({ partners: [{ partnerId: 'dance-co', name: 'Dance Co' }], services: ['mentorship', 'small-ensembles'], artForms: ['dance'] }));
    expect(evergreen.serviceGaps).toContain('wraparound-access');
    expect(evergreen.artFormGaps).toEqual(['music', 'theatre', 'visual-arts', 'media-arts']);
    const hollenbeck = answer.body.schoolsWithGaps.find((s: { schoolId: string }) => s.schoolId === 'hollenbeck-ms');
    expect(hollenbeck.serviceGaps).toHaveLength(11);
  });
});

describe('access and validation', () => {
  it.each(['clearance-roster', 'arts-access', 'pathways', 'partner-services', 'partnership-health'])('%s: every role may read it; no token is 401', async (report) => {
    for (const role of ['reporting', 'operations', 'compliance', 'admin'] as const) expect([role, (await get(`/reports/${report}`, role)).status]).toEqual([role, 200]);
    expect((await t.http.get(`/reports/${report}`)).status).toBe(401);
  });

  it.each(['0', '365', '3650'])('accepts expiringWithinDays=%s (0 to 3650 days)', async (days) => {
    expect((await get(`/reports/clearance-roster?lea=${LEA}&expiringWithinDays=${days}`)).status).toBe(200);
  });

  it.each([
    ['/reports/arts-access?lea=bad%20lea', 'lea'],
    ['/reports/pathways?minPosition=-1', 'minPosition'],
    ['/reports/clearance-roster?asOf=2026-02-30', 'asOf'],
    ['/reports/clearance-roster?expiringWithinDays=1e2', 'expiringWithinDays'],
    ['/reports/clearance-roster?expiringWithinDays=', 'expiringWithinDays'],
    ['/reports/clearance-roster?expiringWithinDays=3651', 'expiringWithinDays'],
    ['/reports/partner-services?colour=blue', 'colour'],
  ])('%s → 400 problem naming %s', async (path, field) => {
    const answer = await t.http.get(path).set({ Authorization: `Bearer ${t.tokens.reporting}` });
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });
});

describe('export for the CLI', () => {
  it('gives the same CSV as the route, line by line, and JSON; refuses unknown reports and bad parameters', async () => {
    const exporter = t.app.get(ReportExporter);
    const lines: string[] = [];
    for await (const line of exporter.export('arts-access', { lea: 'pusd' }, 'csv') as AsyncIterable<string>) lines.push(line);
    expect(lines.join('')).toBe((await get('/reports/arts-access?lea=pusd').set('Accept', 'text/csv')).text);
    expect(JSON.parse(exporter.export('partnership-health', {}, 'json') as string).partnerships[0].partnershipId).toBe('p1');
    expect(() => exporter.export('roster', {}, 'csv')).toThrow(ReportExportError);
    expect(() => exporter.export('clearance-roster', { asOf: 'tomorrow' }, 'json')).toThrow(/asOf must be a calendar date/);
  });
});
