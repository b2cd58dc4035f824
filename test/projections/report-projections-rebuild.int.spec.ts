import { NewEvent } from '../../src/event-store';
import { ProjectionReader } from '../../src/projections/projection-reader';
import { ProjectionRunner } from '../../src/projections/projection-runner';
import { ProjectionVerification } from '../../src/projections/projection-verification';
import { ArtsAccessProjection } from '../../src/reports/projections/arts-access.projection';
import { PartnershipHealthProjection } from '../../src/reports/projections/partnership-health.projection';
import { readArtsAccess } from '../../src/reports/reports/arts-access.report';
import { readPartnershipHealth } from '../../src/reports/reports/partnership-health.report';
import { event, openProjectionWorld, ProjectionWorld } from './support/projection-world';

/**
 * The report projections write their hot events in multi-row statements and remember, per batch, which
 * partnership rows exist: what they write must not depend on where batches start and end. The live runner
 * applies the log in batches of 7; a rebuild in batches of 500; verify in its own. All must agree, row for row.
 */
describe('report projections: the same rows whatever the batches', () => {
  let world: ProjectionWorld;
  let runner: ProjectionRunner;
  const arts = new ArtsAccessProjection();
  const health = new PartnershipHealthProjection();

  beforeEach(() => (world = openProjectionWorld()));
  afterEach(async () => {
    await runner?.stop();
    await world.close();
  });

  function partnershipLog(n: number): NewEvent[] {
    const base = { partnershipId: `p${n}`, lea: 'lausd' };
    const events: NewEvent[] = [
      event('PartnershipProposed', { ...base, partnerIds: ['dance-co'], scope: 'school', model: 'residency', artForms: ['dance'], name: `P${n}`, effectiveDate: '2026-08-01', termEnd: null }),
    ];
    for (let i = 0; i < 300; i++) {
      const sessionId = `s${i % 290}`; // ten sessions logged twice, with other figures: the first one stands
      const date = `2026-09-${String(1 + (i % 28)).padStart(2, '0')}`;
      events.push(event('SessionLogged', {
        ...base, assignmentId: `a${i % 3}`, sessionId, schoolId: i % 2 ? 'evergreen' : 'hollenbeck', artForm: 'dance', date, effectiveDate: date,
        minutes: 40 + (i % 7), students: 10 + (i % 13), notes: null, clearancePolicyVersion: 'default-1',
      }));
      // A correction right behind its session, usually in the same batch: it must see the session's row.
      if (i % 37 === 5) events.push(event('SessionLogCorrected', { ...base, assignmentId: `a${i % 3}`, sessionId, schoolId: 'evergreen', effectiveDate: date, minutes: 30, students: 9, notes: null, reason: 'typo' }));
      if (i % 50 === 7) events.push(event('ProfessionalDevelopmentDelivered', { ...base, date, effectiveDate: date, hours: 0.1 * (1 + (i % 3)), attendees: 3, topic: 't' }));
      if (i % 60 === 11) events.push(event('CheckInRecorded', { ...base, date, effectiveDate: date, studentGrowthNotes: '', by: 'x' }));
      if (i % 90 === 13) events.push(event('EvaluationRecorded', { ...base, date, effectiveDate: date, scores: { meaningful: 3, collaborative: 4, additive: 5 }, notes: null }));
    }
    return events;
  }

  it('builds live in small batches, rebuilds in large ones, and verify finds no drift in either', async () => {
    await world.store.append('school-evergreen', [event('SchoolRegistered', { schoolId: 'evergreen', lea: 'lausd', name: 'Evergreen', level: 'elementary', grades: ['K'], enrolment: 300, effectiveDate: '2026-08-01' })], 'no_stream');
    for (const n of [1, 2, 3]) await world.store.append(`partnership-p${n}`, partnershipLog(n), 'no_stream');
    const head = (await world.store.headPosition())!;

    runner = new ProjectionRunner(world.store, world.readModels.db, { batchSize: 7 }).register(arts, health);
    await runner.start();
    expect((await runner.waitForPosition('all', head, 20_000)).reached).toBe(true);
    const reader = new ProjectionReader(world.readModels.db);
    const reports = () => ({
      arts: reader.read(arts, (target) => readArtsAccess(target, null, '2026-10-01')).value,
      health: reader.read(health, (target) => readPartnershipHealth(target, null, '2026-10-01')).value,
    });
    const verify = async () => {
      const verification = new ProjectionVerification(world.store, world.readModels.db, runner.checkpoints, runner.generations);
      return [await verification.verify(arts), await verification.verify(health)].map((verdict) => [verdict.projection, verdict.outcome, verdict.drift]);
    };
    const same = [['arts_access', 'same', []], ['partnership_health', 'same', []]];
    expect(await verify()).toEqual(same);
    const live = reports();
    expect(live.arts.schools.find((s) => s.schoolId === 'evergreen')).toMatchObject({ sessions: 435, name: 'Evergreen' });
    expect(live.health.partnerships).toHaveLength(3);

    const rebuilt = await runner.rebuild([arts, health], { batchSize: 500 });
    expect(rebuilt).toEqual({ swapped: ['arts_access', 'partnership_health'], failed: [], stopped: false });
    expect(reports()).toEqual(live);
    expect(await verify()).toEqual(same);
  });
});
