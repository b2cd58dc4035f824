import { randomUUID } from 'node:crypto';
import { EventStore, RecordedEvent } from '../../../src/event-store';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store';
import { AssignmentFollowUps, FOLLOW_UP_ACTOR } from '../../../src/partnerships/follow-ups/assignment-follow-ups';
import { partnershipStream } from '../../../src/partnerships/domain/streams';
import { partnerEvents } from '../../../src/partnerships/domain/partnership-world.fixture';
import { ReadModelDatabase } from '../../../src/read-models/read-model-database';
import { OtherStreamFacts } from '../../../src/partnerships/application/other-stream-facts';

/*
 * The follow-up reactor over a real embedded store and read-model database. The world around it is written as
 * raw events (the deciders that would write them have their own tests); what is checked is what the reactor writes.
 * The reactor judges each assignment on the folds of its artist's and partner's streams, so those events carry the
 * fields the folds read: artists cleared in both LEAs from 2026-01-01 (tom's TB screening only to 2026-09-30),
 * the partner approved by both.
 */

const LEA = 'lausd';
let store: EventStore;
let database: ReadModelDatabase;
let followUps: AssignmentFollowUps;

async function record(streamId: string, type: string, data: Record<string, unknown>, correlationId: string = randomUUID()): Promise<RecordedEvent> {
  const id = randomUUID();
  let expected: bigint | 'no_stream' = 'no_stream';
  for await (const e of store.readStream(streamId, { direction: 'backwards', maxCount: 1 })) expected = e.revision;
  await store.append(streamId, [{ id, type, schemaVersion: 1, data, metadata: { actor: 'key:compliance', correlationId } }], expected);
  for await (const e of store.readStream(streamId, { direction: 'backwards', maxCount: 1 })) return e;
  throw new Error('not written');
}

async function events(streamId: string): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for await (const e of store.readStream(streamId)) all.push(e);
  return all;
}

/** What the reactor wrote: everything after the seeded proposal and assignment. */
async function assignmentEvents(partnershipId: string): Promise<RecordedEvent[]> {
  return (await events(partnershipStream(partnershipId))).filter((e) => !['PartnershipProposed', 'ArtistAssigned'].includes(e.type));
}

async function assignment(partnershipId: string, assignmentId: string, artistId: string, lea = LEA, basis = { artistRevision: '5', partnerRevision: '5' }) {
  await record(partnershipStream(partnershipId), 'PartnershipProposed', {
    partnershipId, partnerIds: ['dance-co'], lea, scope: 'network', model: 'co-teaching', artForms: ['dance'], name: 'p', effectiveDate: '2026-08-01', termEnd: null,
  });
  return record(partnershipStream(partnershipId), 'ArtistAssigned', {
    partnershipId, assignmentId, artistId, partnerId: 'dance-co', schoolId: 'roosevelt', lea, classroomTeacher: 'Ms. A', artForm: 'dance', grades: ['4'],
    startDate: '2026-09-01', endDate: '2026-12-18', plannedSessions: 12, effectiveDate: '2026-09-01',
    basis: { clearancePolicyVersion: 'default-1', schoolRevision: '0', ...basis },
  });
}

const REQUIREMENTS = ['background-check', 'tb-screening', 'sex-offender-registry-check', 'mandated-reporter-training'];

function grantData(artistId: string, lea: string, requirement: string, grantNumber: number, effectiveDate: string, expiresOn: string | null = null) {
  return {
    artistId, lea, requirement, grantNumber, effectiveDate, expiresOn, expirySource: 'given', evidenceReference: `${requirement}-${grantNumber}`,
    resultIds: [], engagement: 'contractor', policy: { version: 'default-1', validity: { kind: 'none' } },
  };
}

const clearance = (type: string, artistId: string, requirement = 'background-check', lea = LEA, correlationId?: string) =>
  record(`artist-${artistId}`, type, type === 'ClearanceGranted'
    ? grantData(artistId, lea, requirement, 2, '2026-10-01')
    : { artistId, lea, requirement, reason: 'x', evidenceReference: 'x', effectiveDate: '2026-10-01' }, correlationId);

beforeEach(async () => {
  store = SqliteEventStore.open({ path: ':memory:' });
  database = new ReadModelDatabase(':memory:');
  // Artist and partner streams exist before the assignments, as they would (the decider read them).
  for (const artistId of ['maria', 'tom']) {
    await record(`artist-${artistId}`, 'ArtistRegistered', { artistId, partnerId: 'dance-co', name: artistId, engagement: 'contractor', artForms: ['dance'], effectiveDate: '2026-01-01' });
    for (const lea of [LEA, 'oakland']) {
      for (const requirement of REQUIREMENTS) {
        const expiresOn = artistId === 'tom' && requirement === 'tb-screening' ? '2026-09-30' : null;
        await record(`artist-${artistId}`, 'ClearanceGranted', grantData(artistId, lea, requirement, 1, '2026-01-01', expiresOn));
      }
    }
  }
  for (const lea of [LEA, 'oakland']) {
    for (const event of partnerEvents('dance-co', lea)) await record('partner-dance-co', event.type, event.data as unknown as Record<string, unknown>);
  }
  followUps = new AssignmentFollowUps(store, database, new OtherStreamFacts(store));
  followUps.start();
});

afterEach(async () => {
  await followUps.stop();
  await store.close();
  database.close();
});

describe('automatic follow-ups of clearance and partner changes (rule 3)', () => {
  it('suspends every active assignment of that artist in that LEA, recording the cause, and resumes them on reinstatement', async () => {
    await assignment('p1', 'a1', 'maria');
    await assignment('p2', 'a2', 'maria');
    await assignment('p3', 'a3', 'tom');
    await assignment('p4', 'a4', 'maria', 'oakland');
    const suspension = await clearance('ClearanceSuspended', 'maria', 'background-check', LEA, 'corr-1');
    await followUps.caughtUp();

    for (const p of ['p1', 'p2']) {
      const [suspended] = await assignmentEvents(p);
      expect(suspended.type).toBe('AssignmentSuspended');
      expect(suspended.data).toEqual(expect.objectContaining({ cause: expect.objectContaining({ kind: 'clearance', eventId: suspension.id, requirement: 'background-check', lea: LEA }) }));
      expect(suspended.metadata).toEqual(expect.objectContaining({ actor: FOLLOW_UP_ACTOR, causationId: suspension.id, correlationId: 'corr-1' }));
    }
    expect(await assignmentEvents('p3')).toEqual([]);
    expect(await assignmentEvents('p4')).toEqual([]);

    const reinstatement = await clearance('ClearanceReinstated', 'maria');
    await followUps.caughtUp();
    const [, resumed] = await assignmentEvents('p1');
    expect(resumed.type).toBe('AssignmentResumed');
    expect(resumed.metadata.causationId).toBe(reinstatement.id);
  });

  it('keeps an assignment suspended for two causes until both are lifted', async () => {
    await assignment('p1', 'a1', 'tom');
    await clearance('ClearanceExpired', 'tom', 'tb-screening');
    await record('partner-dance-co', 'PartnerSuspended', { partnerId: 'dance-co', lea: LEA, reason: 'insurance lapse', effectiveDate: '2026-10-02' });
    await clearance('ClearanceGranted', 'tom', 'tb-screening');
    await clearance('ClearanceRenewed', 'tom', 'tb-screening');
    await followUps.caughtUp();
    expect((await assignmentEvents('p1')).map((e) => e.type)).toEqual(['AssignmentSuspended', 'AssignmentSuspended', 'AssignmentSuspensionCauseLifted']);

    await record('partner-dance-co', 'PartnerReinstated', { partnerId: 'dance-co', lea: LEA, effectiveDate: '2026-10-09' });
    await followUps.caughtUp();
    expect((await assignmentEvents('p1')).map((e) => e.type).at(-1)).toBe('AssignmentResumed');
  });

  it('does not suspend for an insurance expiry covered by a renewal in place', async () => {
    await assignment('p1', 'a1', 'maria');
    await record('partner-dance-co', 'InsuranceExpired', { partnerId: 'dance-co', lea: LEA, certificateNumber: 1, expiredOn: '2026-10-01', effectiveDate: '2026-10-01', coverageContinues: true });
    await followUps.caughtUp();
    expect(await assignmentEvents('p1')).toEqual([]);
  });

  it('suspends a new assignment whose artist has a suspension on record within its dates, whether or not its decision read it', async () => {
    const suspension = await clearance('ClearanceSuspended', 'maria');
    // The decision read the artist stream at revision 8, before the suspension (revision 9) was written.
    await assignment('p1', 'a1', 'maria', LEA, { artistRevision: '8', partnerRevision: '-1' });
    // A later decision saw the suspension but passed rule 1 on its start date (09-01), before the suspension (10-01).
    await assignment('p2', 'a2', 'maria', LEA, { artistRevision: '9', partnerRevision: '-1' });
    // Tom is not suspended.
    await assignment('p3', 'a3', 'tom', LEA, { artistRevision: '8', partnerRevision: '-1' });
    await followUps.caughtUp();
    for (const p of ['p1', 'p2']) {
      const events = await assignmentEvents(p);
      expect(events.map((e) => e.type)).toEqual(['AssignmentSuspended']);
      expect(events[0].data).toEqual(expect.objectContaining({ cause: expect.objectContaining({ eventId: suspension.id, eventType: 'ClearanceSuspended' }) }));
    }
    expect(await assignmentEvents('p3')).toEqual([]);
  });

  it('never acts twice: a restart from its checkpoint, or a replay from the start of the log, writes nothing new', async () => {
    await assignment('p1', 'a1', 'maria');
    await clearance('ClearanceRevoked', 'maria');
    await clearance('ClearanceGranted', 'maria');
    await followUps.caughtUp();
    const before = await events(partnershipStream('p1'));
    expect(before.map((e) => e.type)).toEqual(['PartnershipProposed', 'ArtistAssigned', 'AssignmentSuspended', 'AssignmentResumed']);

    await followUps.stop();
    followUps = new AssignmentFollowUps(store, database, new OtherStreamFacts(store));
    followUps.start();
    await followUps.caughtUp();
    expect(await events(partnershipStream('p1'))).toHaveLength(before.length);

    await followUps.reset();
    followUps.start();
    await followUps.caughtUp();
    expect(await events(partnershipStream('p1'))).toHaveLength(before.length);
    expect(followUps.position).toBe(await store.headPosition());
  });
});
