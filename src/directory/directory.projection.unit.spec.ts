import fc from 'fast-check';
import { clearanceHistory, DATES, HistoryStep, LEAS } from '../../test/history/clearance-history.arbitrary';
import { clearanceProblems } from '../artists/domain/artist-clearance-standing';
import { artistDecider } from '../artists/domain/artist-decider';
import { ArtistEvent } from '../artists/domain/artist-events';
import { addDays } from '../artists/domain/calendar-dates';
import { ClearancePolicy, DEFAULT_CLEARANCE_POLICY } from '../artists/domain/clearance-policy';
import { Engagement } from '../artists/domain/clearance-requirement';
import { isRefusal } from '../command-handling';
import { ProjectionGeneration } from '../projections/projection-generation';
import { inMemoryTarget, recorded } from '../reports/projections/recorded-events.fixture';
import { DIRECTORY_TABLES, directoryTables } from './directory-tables';
import { DirectoryProjection } from './directory.projection';
import { readListingPage } from './listing-search';
import { activeAssignmentsOn, StoredAssignment, StoredSpell, validClearancesOn } from './judged-today';
import { mayWorkIn } from './may-work';
import { normalizeText, searchRowid, searchTerm, sortKey } from './search-text';

const projection = new DirectoryProjection();
type Shape = { type: string; stream: string; data: object };

/** A random artist history as the decider writes it (refused commands write nothing), as events of stream artist-<id>. */
function artistEvents(steps: readonly HistoryStep[], artistId: string): Shape[] {
  return fold(steps, artistId).map((event) => ({ type: event.type, stream: `artist-${artistId}`, data: event.data }));
}

function fold(steps: readonly HistoryStep[], artistId: string): ArtistEvent[] {
  let state = artistDecider.initialState;
  const events: ArtistEvent[] = [];
  for (const step of steps) {
    if (!('command' in step)) continue;
    const command = step.command;
    const decision = artistDecider.decide(command.type === 'RegisterArtist' ? { ...command, artistId } : command, state);
    if (isRefusal(decision)) continue;
    for (const event of decision) {
      state = artistDecider.evolve(state, event);
      events.push(event);
    }
  }
  return events;
}

/** Every table of the generation, every row, in a stable order. */
function dump(target: ProjectionGeneration): Record<string, unknown[]> {
  return Object.fromEntries(Object.values(DIRECTORY_TABLES).map((table) => {
    // The search index's rowids must match the rows' seq: compare them too.
    const columns = table.endsWith('_search') || table.endsWith('_pairs') ? 'CAST(rowid AS TEXT) AS rowid, *' : '*';
    const rows = target.db.prepare(`SELECT ${columns} FROM "${target.tables[table]}"`).all().map((row) => JSON.stringify(row)).sort();
    return [table, rows];
  }));
}

/** Applies the events cut into batches at the given points, as the runner may. */
function applyInBatches(target: ProjectionGeneration, events: ReturnType<typeof recorded>, cuts: number[]): void {
  const points = [...new Set([0, ...cuts.map((c) => c % (events.length + 1)), events.length])].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) projection.apply(events.slice(points[i], points[i + 1]), target);
}

const PROBES = [...new Set(['2025-06-01', ...DATES.flatMap((d) => [addDays(d, -1), d])])].sort();
const POLICIES: ClearancePolicy[] = [
  DEFAULT_CLEARANCE_POLICY,
  {
    ...DEFAULT_CLEARANCE_POLICY,
    leas: {
      lausd: { requirements: { volunteer: [{ requirement: 'background-check', validity: { kind: 'none' } }] } },
      "o'hare": { requirements: { employee: [] } },
      sfusd: { requirements: { employee: [], contractor: [{ requirement: 'tb-screening', validity: { kind: 'years-from-effective-date', years: 4 } }] } },
    },
  },
];

describe('directory projection: artists', () => {
  it('"may work" judged from the row agrees with clearanceProblems, and the tables do not depend on where batches are cut (random histories)', () => {
    fc.assert(
      fc.property(fc.array(clearanceHistory(), { minLength: 1, maxLength: 3 }), fc.array(fc.nat(200), { maxLength: 5 }), (histories, cuts) => {
        const shapes = histories.flatMap((steps, i) => artistEvents(steps, `artist-${i}`));
        const events = recorded([
          { type: 'PartnerProposed', stream: 'partner-dance-co', data: { partnerId: 'dance-co', lea: 'lausd', name: 'Dance Co', kind: 'arts-nonprofit', services: [], artForms: ['dance'], effectiveDate: '2026-01-01' } },
          ...shapes,
        ]);
        const whole = inMemoryTarget(projection);
        projection.apply(events, whole);
        const cut = inMemoryTarget(projection);
        applyInBatches(cut, events, cuts);
        expect(dump(cut)).toEqual(dump(whole));

        const t = directoryTables(whole);
        histories.forEach((steps, i) => {
          const artistId = `artist-${i}`;
          const artist = fold(steps, artistId).reduce(artistDecider.evolve, artistDecider.initialState);
          const row = whole.db.prepare(`SELECT engagement, spells FROM "${t.artists}" WHERE id = ?`).get(artistId) as { engagement: Engagement; spells: string } | undefined;
          if (!row) return; // the registration was refused: no row
          const spells = JSON.parse(row.spells) as StoredSpell[];
          for (const policy of POLICIES) {
            for (const lea of [...LEAS, "o'hare"]) {
              for (const today of PROBES) {
                // Judged from the spells the row keeps, as the listing does: the artists' own answer.
                expect([lea, today, mayWorkIn(policy, row.engagement, lea, validClearancesOn(spells, today))])
                  .toEqual([lea, today, clearanceProblems(artist, lea, today, policy).length === 0]);
              }
            }
          }
        });
      }),
      { seed: 20_261_205, numRuns: 60 },
    );
  });
});

describe('directory projection: the other listings', () => {
  const events = recorded([
    { type: 'SchoolRegistered', stream: 'school-s1', data: { schoolId: 's1', lea: 'lausd', name: 'Escuela Café', level: 'elementary', grades: ['K'], enrolment: 300, effectiveDate: '2026-08-01' } },
    { type: 'SchoolDetailsCorrected', stream: 'school-s1', data: { schoolId: 's1', lea: 'lausd', name: 'Escuela Café Norte', level: 'elementary', grades: ['K', '1'], enrolment: 310, reason: 'typo', effectiveDate: '2026-08-02' } },
    { type: 'PartnerProposed', stream: 'partner-p', data: { partnerId: 'p', lea: 'lausd', name: 'Harmony', kind: 'arts-nonprofit', services: [], artForms: [], effectiveDate: '2026-01-01' } },
    { type: 'PartnershipProposed', stream: 'partnership-x', data: { partnershipId: 'x', partnerIds: ['p'], lea: 'lausd', scope: 'school', model: 'residency', artForms: ['dance'], name: 'X', effectiveDate: '2026-08-01', termEnd: null } },
    { type: 'SchoolEnrolled', stream: 'partnership-x', data: { partnershipId: 'x', schoolId: 's1', lea: 'lausd', effectiveDate: '2026-08-02' } },
    { type: 'PartnershipActivated', stream: 'partnership-x', data: { partnershipId: 'x', lea: 'lausd', effectiveDate: '2026-08-03' } },
    ...['a1', 'a2'].map((assignmentId) => ({ type: 'ArtistAssigned', stream: 'partnership-x', data: {
      partnershipId: 'x', assignmentId, artistId: 'nora', partnerId: 'p', schoolId: 's1', lea: 'lausd', classroomTeacher: 'T', artForm: 'dance', grades: ['K'],
      startDate: '2026-09-01', endDate: '2026-12-01', plannedSessions: 10, effectiveDate: '2026-09-01', basis: { clearancePolicyVersion: 'default-1', artistRevision: '0', partnerRevision: '0', schoolRevision: '0' },
    } })),
    { type: 'AssignmentSuspended', stream: 'partnership-x', data: { partnershipId: 'x', assignmentId: 'a2', artistId: 'nora', lea: 'lausd', cause: { kind: 'partner', eventId: 'e1', eventType: 'PartnerSuspended', requirement: 'roster', lea: 'lausd' }, effectiveDate: '2026-10-01' } },
    ...[1, 2, 3].map((n) => ({ type: 'SessionLogged', stream: 'partnership-x', data: {
      partnershipId: 'x', assignmentId: 'a1', sessionId: `s${n}`, schoolId: 's1', lea: 'lausd', artForm: 'dance', date: '2026-09-08', effectiveDate: '2026-09-08', minutes: 50, students: 20, notes: null, clearancePolicyVersion: 'default-1',
    } })),
    { type: 'PathwayDefined', stream: 'pathway-pw', data: { pathwayId: 'pw', lea: 'lausd', name: 'Music', artForm: 'music', effectiveDate: '2026-08-01', feederPattern: { elementarySchoolIds: ['s1', 's2'], middleSchoolIds: ['m'], highSchoolIds: [] } } },
    { type: 'PathwayCourseAdded', stream: 'pathway-pw', data: { pathwayId: 'pw', lea: 'lausd', courseId: 'c1', schoolId: 'm', schoolLevel: 'middle', level: 'advanced', title: 'A', schoolYear: '2026-27', effectiveDate: '2026-08-02', deliveredBy: 'school-teacher' } },
  ]);

  it('keeps one row per record with its counts, and the search index in step with a corrected name', () => {
    const target = inMemoryTarget(projection);
    applyInBatches(target, events, [3, 7]);
    const t = directoryTables(target);
    expect(target.db.prepare(`SELECT id, key, name, grades, enrolment FROM "${t.schools}"`).all()).toEqual([
      { id: 's1', key: sortKey('Escuela Café Norte', 's1'), name: 'Escuela Café Norte', grades: '["K","1"]', enrolment: 310 },
    ]);
    expect(target.db.prepare(`SELECT rowid, key FROM "${t.schools_search}"`).safeIntegers(true).all()).toEqual([{ rowid: searchRowid(sortKey('Escuela Café Norte', 's1'), 1), key: sortKey('Escuela Café Norte', 's1') }]);
    expect(target.db.prepare(`SELECT status, school_count, assignment_count FROM "${t.partnerships}"`).get()).toEqual({ status: 'active', school_count: 1, assignment_count: 2 });
    // a2's suspension takes effect on 2026-10-01: both are active the day before, one from that day.
    const assignments = JSON.parse(target.db.prepare(`SELECT assignments FROM "${t.partnerships}"`).pluck().get() as string) as StoredAssignment[];
    expect([activeAssignmentsOn(assignments, '2026-09-30'), activeAssignmentsOn(assignments, '2026-10-01')]).toEqual([2, 1]);
    expect(target.db.prepare(`SELECT sessions FROM "${t.partnership_sessions}" WHERE partnership_id = 'x'`).pluck().get()).toBe(3);
    expect(target.db.prepare(`SELECT * FROM "${t.school_enrolments}"`).all()).toEqual([{ school_id: 's1', partnership_id: 'x' }]);
    expect(target.db.prepare(`SELECT elementary_school_count, middle_school_count, high_school_count, course_count, levels FROM "${t.pathways}"`).get())
      .toEqual({ elementary_school_count: 2, middle_school_count: 1, high_school_count: 0, course_count: 1, levels: '["advanced"]' });
  });
});

describe('readListingPage: the rows holding a term, in key order, page after page', () => {
  // A small alphabet: names share long prefixes (big buckets), and short terms are held by many rows.
  const syllables = ['ka', 'ké', 'lo', 'LÖ', 'mi', 'Na', 'ña', ' ', 'ø', '日', '😀'];
  const names = Array.from({ length: 2_500 }, (_, i) =>
    Array.from({ length: 3 + (i % 4) }, (_, j) => syllables[(i * 7 + j * (i % 5 + 1)) % syllables.length]).join('') + (i % 5 < 3 ? ' Studio' : ''));
  const target = inMemoryTarget(projection);
  projection.apply(recorded(names.map((name, i) => ({
    type: 'SchoolRegistered', stream: `school-s${i}`, data: { schoolId: `s${i}`, lea: i % 3 === 0 ? 'pusd' : 'lausd', name, level: 'elementary', grades: ['K'], enrolment: 1, effectiveDate: '2026-08-01' },
  }))), target);
  const t = directoryTables(target);
  // Sorted as SQLite compares text: by UTF-8 bytes.
  const keys = names.map((name, i) => ({ key: sortKey(name, `s${i}`), lea: i % 3 === 0 ? 'pusd' : 'lausd', n: i })).sort((a, b) => Buffer.compare(Buffer.from(a.key), Buffer.from(b.key)));

  it('matches a plain filter of every row, by every way the rows are found', () => {
    const term = fc.oneof(
      fc.constantFrom('k', 'ka', 'ke', 'mi', 'lo', 'ñ', 'n', 'kal', 'kaké', 'ami', 'mina', 'lolo', 'a k', 'stud', 'o st', 's1', 's12', 's2499', 'zz', 'zzz', '"', 'ka"', 'KÉ', 'ø', 'øk', '日', '😀', '😀k', 'a😀'),
      fc.string({ unit: fc.constantFrom('k', 'a', 'e', 'é', 'l', 'o', 'm', 'i', 'n', 'ñ', ' ', 's', 't', 'u', 'd', '1', 'ø', '日', '😀'), minLength: 1, maxLength: 5 }),
    );
    fc.assert(
      fc.property(term, fc.constantFrom(undefined, 'pusd'), fc.constantFrom(undefined, 2, 3, 50), fc.integer({ min: 1, max: 400 }), (q, lea, every, limit) => {
        const normalised = searchTerm(q);
        // A condition judged in code: every n-th school.
        const accepted = (n: number) => every === undefined || n % every === 0;
        const expected = keys
          .filter((row) => (normalised === undefined || row.key.includes(normalised)) && (lea === undefined || row.lea === lea) && accepted(row.n))
          .map((row) => row.key);
        const walked: string[] = [];
        let after: string | undefined;
        for (let pages = 0; pages < 3_000; pages++) {
          const page = readListingPage<{ id: string }>(target, {
            tables: { rows: t.schools, search: t.schools_search, pairs: t.schools_pairs }, select: 'm.id', where: lea ? ['m.lea = @lea'] : [], params: { lea },
            accept: every === undefined ? undefined : (row) => accepted(Number(row.id.slice(1))), term: normalised, after, limit,
          });
          walked.push(...page.rows.map((row) => row.key));
          if (!page.more) break;
          after = page.rows.at(-1)!.key;
        }
        expect(walked).toEqual(expected);
      }),
      { seed: 42, numRuns: 250 },
    );
    expect(normalizeText('LÖ')).toBe('lo');
  });
});
