import fc from 'fast-check';
import { DEFAULT_CLEARANCE_POLICY } from '../../artists/domain/clearance-policy';
import { readClearanceRoster } from '../reports/clearance-roster.report';
import { readPartnerServices } from '../reports/partner-services.report';
import { readPartnershipHealth } from '../reports/partnership-health.report';
import { readPathways } from '../reports/pathways.report';
import { ClearanceRosterProjection } from './clearance-roster.projection';
import { PartnerServicesProjection } from './partner-services.projection';
import { PartnershipHealthProjection } from './partnership-health.projection';
import { PathwaySequencesProjection } from './pathway-sequences.projection';
import { inMemoryTarget, recorded } from './recorded-events.fixture';

const lea = 'lausd';
const p1 = { partnershipId: 'p1', lea };

describe('partnership health projection', () => {
  it('tolerates a partnership\'s events before its proposal and takes the latest check-in by date, not by recording', () => {
    const projection = new PartnershipHealthProjection();
    const target = inMemoryTarget(projection);
    projection.apply(recorded([
      { type: 'CheckInRecorded', stream: 'partnership-p1', data: { ...p1, date: '2026-11-01', effectiveDate: '2026-11-01', studentGrowthNotes: '', by: 'x' } },
      { type: 'CheckInRecorded', stream: 'partnership-p1', data: { ...p1, date: '2026-10-01', effectiveDate: '2026-10-01', studentGrowthNotes: '', by: 'x' } },
      { type: 'EvaluationRecorded', stream: 'partnership-p1', data: { ...p1, date: '2026-10-20', effectiveDate: '2026-10-20', scores: { meaningful: 2, collaborative: 3, additive: 4 }, notes: null } },
      { type: 'PartnershipProposed', stream: 'partnership-p1', data: { ...p1, partnerIds: ['dance-co'], scope: 'school', model: 'residency', artForms: ['dance'], name: 'Dance', effectiveDate: '2026-08-01', termEnd: null } },
      { type: 'ProfessionalDevelopmentDelivered', stream: 'partnership-p1', data: { ...p1, date: '2026-09-01', effectiveDate: '2026-09-01', hours: 1.5, attendees: 9, topic: 't' } },
    ]), target);
    const [health] = readPartnershipHealth(target, lea, '2026-11-11').partnerships;
    expect(health).toMatchObject({
      name: 'Dance', lastCheckIn: '2026-11-01', daysSinceLastCheckIn: 10, checkIns: 2, commitmentRecorded: false,
      latestEvaluation: { date: '2026-10-20', meaningful: 2, collaborative: 3, additive: 4 }, professionalDevelopment: { hours: 1.5, attendees: 9, sessions: 1 },
    });
  });
});

describe('partnership health on a day', () => {
  const day = (offset: number) => new Date(Date.UTC(2026, 11, 5) + offset * 86_400_000).toISOString().slice(0, 10);
  const today = day(0);
  const fact = fc.record({
    kind: fc.constantFrom('session', 'check-in', 'pd', 'evaluation'),
    // From two months before the day to two months after it: recorded late, on the day, or ahead.
    offset: fc.integer({ min: -60, max: 60 }),
    n: fc.integer({ min: 1, max: 5 }),
  });

  it('counts each dated fact from its own date: what is recorded ahead of the day is not part of it yet', () => {
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 25 }), fc.integer({ min: -30, max: 30 }), fc.option(fc.integer({ min: -30, max: 30 })), (facts, activatedOffset, concludedOffset) => {
        const projection = new PartnershipHealthProjection();
        const target = inMemoryTarget(projection);
        const activatedOn = day(activatedOffset);
        const concludedOn = concludedOffset === null ? null : day(Math.max(activatedOffset, concludedOffset));
        const events = facts.map((f, i) => {
          const date = day(f.offset);
          switch (f.kind) {
            case 'session':
              return { type: 'SessionLogged', stream: 'partnership-p1', data: { ...p1, assignmentId: 'a', sessionId: `s${i}`, schoolId: 'x', artForm: 'dance', date, effectiveDate: date, minutes: 10 * f.n, students: f.n, notes: null, clearancePolicyVersion: 'v' } };
            case 'check-in':
              return { type: 'CheckInRecorded', stream: 'partnership-p1', data: { ...p1, date, effectiveDate: date, studentGrowthNotes: '', by: 'x' } };
            case 'pd':
              return { type: 'ProfessionalDevelopmentDelivered', stream: 'partnership-p1', data: { ...p1, date, effectiveDate: date, hours: f.n, attendees: 2 * f.n, topic: 't' } };
            default:
              return { type: 'EvaluationRecorded', stream: 'partnership-p1', data: { ...p1, date, effectiveDate: date, scores: { meaningful: f.n, collaborative: f.n, additive: f.n }, notes: null } };
          }
        });
        projection.apply(recorded([
          { type: 'PartnershipProposed', stream: 'partnership-p1', data: { ...p1, partnerIds: ['dance-co'], scope: 'school', model: 'residency', artForms: ['dance'], name: 'Dance', effectiveDate: day(-90), termEnd: null } },
          { type: 'PartnershipActivated', stream: 'partnership-p1', data: { ...p1, effectiveDate: activatedOn } },
          ...events,
          ...(concludedOn === null ? [] : [{ type: 'PartnershipConcluded', stream: 'partnership-p1', data: { ...p1, effectiveDate: concludedOn, reason: 'done' } }]),
        ]), target);

        const [health] = readPartnershipHealth(target, lea, today).partnerships;
        const byToday = facts.filter((f) => f.offset <= 0);
        const of = (kind: string) => byToday.filter((f) => f.kind === kind);
        const lastCheckIn = of('check-in').reduce<number | null>((latest, f) => (latest === null || f.offset > latest ? f.offset : latest), null);
        expect(health.status).toBe(concludedOn !== null && concludedOn <= today ? 'concluded' : activatedOn <= today ? 'active' : 'proposed');
        expect(health.sessions).toBe(of('session').length);
        expect(health.sessionMinutes).toBe(of('session').reduce((sum, f) => sum + 10 * f.n, 0));
        expect(health.checkIns).toBe(of('check-in').length);
        expect(health.lastCheckIn).toBe(lastCheckIn === null ? null : day(lastCheckIn));
        expect(health.daysSinceLastCheckIn).toBe(lastCheckIn === null ? null : 0 - lastCheckIn);
        expect(health.professionalDevelopment).toEqual({ hours: of('pd').reduce((sum, f) => sum + f.n, 0), sessions: of('pd').length, attendees: of('pd').reduce((sum, f) => sum + 2 * f.n, 0) });
        expect(health.evaluations).toBe(of('evaluation').length);
        if (health.latestEvaluation) expect(health.latestEvaluation.date <= today).toBe(true);
        else expect(of('evaluation')).toHaveLength(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('partner services projection', () => {
  it('counts a partner at a school only while its partnership is active, whatever order the facts come in', () => {
    const projection = new PartnerServicesProjection();
    const target = inMemoryTarget(projection);
    projection.apply(recorded([
      { type: 'SchoolEnrolled', stream: 'partnership-p1', data: { ...p1, schoolId: 'evergreen', effectiveDate: '2026-08-10' } },
      { type: 'PartnershipProposed', stream: 'partnership-p1', data: { ...p1, partnerIds: ['dance-co'], scope: 'school', model: 'residency', artForms: ['dance'], name: 'Dance', effectiveDate: '2026-08-01', termEnd: null } },
      { type: 'SchoolRegistered', stream: 'school-evergreen', data: { schoolId: 'evergreen', lea, name: 'Evergreen', level: 'elementary', grades: ['K'], enrolment: 1, effectiveDate: '2026-08-01' } },
    ]), target);
    const today = '2026-12-05';
    expect(readPartnerServices(target, lea, today).schools[0]).toMatchObject({ partners: [], services: [] });
    projection.apply(recorded([
      { type: 'PartnershipActivated', stream: 'partnership-p1', data: { ...p1, effectiveDate: '2026-08-15' } },
      { type: 'PartnerProposed', stream: 'partner-dance-co', data: { partnerId: 'dance-co', lea, name: 'Dance Co', kind: 'arts-nonprofit', services: ['mentorship'], artForms: ['dance'], effectiveDate: '2026-01-01' } },
    ], 10), target);
    expect(readPartnerServices(target, lea, today).schools[0]).toMatchObject({ partners: [{ partnerId: 'dance-co', name: 'Dance Co' }], services: ['mentorship'], artForms: ['dance'] });
    // Active from the day its activation took effect, not before.
    expect(readPartnerServices(target, lea, '2026-08-14').schools[0]).toMatchObject({ partners: [], services: [] });
    projection.apply(recorded([{ type: 'PartnershipConcluded', stream: 'partnership-p1', data: { ...p1, effectiveDate: '2027-06-30', reason: 'done' } }], 20), target);
    // A conclusion recorded ahead of its day: the partner still serves the school until then.
    expect(readPartnerServices(target, lea, today).schools[0]).toMatchObject({ partners: [{ partnerId: 'dance-co', name: 'Dance Co' }], artForms: ['dance'] });
    expect(readPartnerServices(target, lea, '2027-06-30').schoolsWithGaps[0].artFormGaps).toContain('dance');
  });
});

describe('pathway sequences projection', () => {
  it('completes a high school\'s sequence with the beginning course of the middle school feeding it', () => {
    const projection = new PathwaySequencesProjection();
    const target = inMemoryTarget(projection);
    const course = (courseId: string, schoolId: string, level: string) => ({
      type: 'PathwayCourseAdded', stream: 'pathway-m', data: { pathwayId: 'm', lea, courseId, schoolId, schoolLevel: 'high', level, title: level, schoolYear: '2026-27', effectiveDate: '2026-08-01', deliveredBy: 'school-teacher' },
    });
    projection.apply(recorded([
      { type: 'PathwayDefined', stream: 'pathway-m', data: { pathwayId: 'm', lea, name: 'Music', artForm: 'music', effectiveDate: '2026-08-01', feederPattern: { elementarySchoolIds: ['es'], middleSchoolIds: ['ms'], highSchoolIds: ['hs1', 'hs2'] } } },
      course('c1', 'ms', 'beginning'), course('c2', 'hs1', 'intermediate'), course('c3', 'hs2', 'advanced'),
    ]), target);
    let [pathway] = readPathways(target, lea).pathways;
    expect(pathway).toMatchObject({ levelsOffered: ['beginning', 'intermediate', 'advanced'], completeSequence: false, elementaryWithoutProgramme: ['es'] });
    projection.apply(recorded([course('c4', 'hs2', 'intermediate')], 10), target);
    [pathway] = readPathways(target, lea).pathways;
    expect(pathway.completeSequence).toBe(true);
    // The elementary school offers nothing yet: listed without a programme, and so not sequence-complete.
    expect(pathway.elementaryWithoutProgramme).toEqual(['es']);
    expect(pathway.schools.map((s) => [s.schoolId, s.sequenceComplete])).toEqual([['es', false], ['ms', true], ['hs1', false], ['hs2', true]]);
  });

  it('counts an elementary school as sequence-complete only with its whole-school programme, and a middle school only with a course', () => {
    const projection = new PathwaySequencesProjection();
    const target = inMemoryTarget(projection);
    const course = (courseId: string, schoolId: string, level: string) => ({
      type: 'PathwayCourseAdded', stream: 'pathway-m', data: { pathwayId: 'm', lea, courseId, schoolId, schoolLevel: 'high', level, title: level, schoolYear: '2026-27', effectiveDate: '2026-08-01', deliveredBy: 'school-teacher' },
    });
    projection.apply(recorded([
      { type: 'PathwayDefined', stream: 'pathway-m', data: { pathwayId: 'm', lea, name: 'Music', artForm: 'music', effectiveDate: '2026-08-01', feederPattern: { elementarySchoolIds: ['es1', 'es2'], middleSchoolIds: ['ms1', 'ms2'], highSchoolIds: ['hs'] } } },
      course('c1', 'ms1', 'beginning'), course('c2', 'hs', 'intermediate'), course('c3', 'hs', 'advanced'),
      { type: 'WholeSchoolProgrammeRecorded', stream: 'pathway-m', data: { pathwayId: 'm', lea, programmeId: 'p1', schoolId: 'es1', title: 'Music for all', schoolYear: '2026-27', effectiveDate: '2026-08-01', deliveredBy: 'school-teacher' } },
    ]), target);
    const [pathway] = readPathways(target, lea).pathways;
    expect(pathway).toMatchObject({ completeSequence: true, elementaryWithoutProgramme: ['es2'] });
    const bySchool = Object.fromEntries(pathway.schools.map((s) => [s.schoolId, s.sequenceComplete]));
    expect(bySchool).toEqual({ es1: true, es2: false, ms1: true, ms2: false, hs: true });
    // No school is both listed without a programme and counted sequence-complete.
    expect(pathway.elementaryWithoutProgramme.filter((id) => bySchool[id])).toEqual([]);
  });
});

describe('clearance roster projection', () => {
  it('folds each artist\'s stream so status and expiry can be asked on any date', () => {
    const projection = new ClearanceRosterProjection();
    const target = inMemoryTarget(projection);
    const grant = (requirement: string, expiresOn: string | null) => ({
      type: 'ClearanceGranted', stream: 'artist-maria', data: {
        artistId: 'maria', lea, requirement, grantNumber: 1, effectiveDate: '2026-08-01', expiresOn, expirySource: 'given', evidenceReference: 'e',
        resultIds: [], engagement: 'volunteer', policy: { version: 'default-1', validity: { kind: 'none' } },
      },
    });
    projection.apply(recorded([
      { type: 'ArtistRegistered', stream: 'artist-maria', data: { artistId: 'maria', partnerId: 'unknown-partner', name: 'Maria', engagement: 'volunteer', artForms: [], effectiveDate: '2026-01-01' } },
      grant('background-check', null), grant('tb-screening', '2026-12-31'), grant('sex-offender-registry-check', null), grant('mandated-reporter-training', '2027-06-30'),
    ]), target);
    const roster = (asOf: string) => readClearanceRoster(target, DEFAULT_CLEARANCE_POLICY, { lea, asOf, expiringWithinDays: 30 });
    expect(roster('2026-09-01')).toMatchObject({ artistsByStatus: { cleared: 1, 'not-cleared': 0 }, expiring: [] });
    expect(roster('2026-12-01').expiring).toEqual([expect.objectContaining({ artistId: 'maria', item: 'tb-screening', lastValidDay: '2026-12-31', daysLeft: 30 })]);
    expect(roster('2027-01-01').artists[0]).toMatchObject({ status: 'not-cleared', partnerName: null, problems: ['TB screening for LEA lausd expired on 2027-01-01'] });
  });
});
