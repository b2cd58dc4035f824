import fc from 'fast-check';
import { spec } from '../../testing/decider-specification';
import { partnershipDecider } from './partnership-decider';
import { EnrolSchool, ProposePartnership, RecordCommitment } from './partnership-commands';
import { PartnershipEvent } from './partnership-events';
import { activated, activePartnership, assign, assigned, committed, enrolled, LEA, OTHER_LEA, proposed, school } from './partnership-world.fixture';

const partnership = spec(partnershipDecider);

const propose: ProposePartnership = {
  type: 'ProposePartnership', partnershipId: 'p1', name: 'Dance integration', partnerIds: ['dance-co'], lea: LEA, scope: 'network', model: 'co-teaching',
  artForms: ['dance', 'music'], effectiveDate: '2026-08-01', termEnd: '2027-06-30', knownPartnerIds: ['dance-co'],
};
const enrol = (overrides: Partial<EnrolSchool> = {}): EnrolSchool => ({ type: 'EnrolSchool', schoolId: 'roosevelt', effectiveDate: '2026-08-10', school: school(), ...overrides });
const commit = (overrides: Partial<RecordCommitment> = {}): RecordCommitment => ({
  type: 'RecordCommitment', effectiveDate: '2026-08-10', stipends: { amount: 5000, currency: 'USD' }, releaseTimeHours: 24, replacesSequentialInstruction: false, ...overrides,
});

describe('proposing a partnership', () => {
  it('records PartnershipProposed with its partners, LEA, scope, model and art forms', () => {
    partnership.given([]).when(propose).then([proposed]);
  });

  it('refuses unknown partners, no partners, and a proposal made twice', () => {
    partnership.given([]).when({ ...propose, knownPartnerIds: [] }).thenRefused('partnership.partners-known', /unknown partner\(s\): dance-co/, 409);
    partnership.given([]).when({ ...propose, partnerIds: [] }).thenRefused('partnership.partners', undefined, 422);
    partnership.given([proposed]).when(propose).thenRefused('partnership.unique');
  });
});

describe('enrolling schools', () => {
  it('enrols a school of the partnership\'s LEA', () => {
    partnership.given([proposed]).when(enrol()).then([enrolled]);
  });

  it('refuses an unregistered school, a school of another LEA, and the same school twice', () => {
    partnership.given([proposed]).when(enrol({ school: { ...school(), exists: false } })).thenRefused('partnership.school-known');
    partnership.given([proposed]).when(enrol({ school: school('roosevelt', OTHER_LEA) })).thenRefused('partnership.school-lea', /belongs to LEA oakland/, 422);
    partnership.given([proposed, enrolled]).when(enrol()).thenRefused('partnership.school-enrolled-once');
  });

  it('keeps a school-scoped partnership to one school', () => {
    const schoolScoped = { ...proposed, data: { ...proposed.data, scope: 'school' } } as PartnershipEvent;
    partnership.given([schoolScoped, enrolled]).when(enrol({ schoolId: 'lincoln', school: school('lincoln') })).thenRefused('partnership.scope', /roosevelt is already enrolled/);
  });
});

describe('the LEA\'s commitment must be additive', () => {
  it('records stipends, release time and funds', () => {
    partnership.given([proposed, enrolled]).when(commit()).then([committed]);
  });

  it('refuses a commitment that replaces the school\'s own sequential arts instruction', () => {
    partnership.given([proposed, enrolled]).when(commit({ replacesSequentialInstruction: true }))
      .thenRefused('partnership.additive', /cannot replace the school's own sequential arts instruction/, 422);
  });
});

describe('activation', () => {
  it('activates with an enrolled school and a recorded commitment', () => {
    partnership.given([proposed, enrolled, committed]).when({ type: 'ActivatePartnership', effectiveDate: '2026-08-15' }).then([activated]);
  });

  it('says everything that is missing', () => {
    partnership.given([proposed]).when({ type: 'ActivatePartnership', effectiveDate: '2026-08-15' })
      .thenRefused('partnership.ready-to-activate', "cannot activate: no school is enrolled; the LEA's commitment has not been recorded");
  });

  it('refuses activating twice', () => {
    partnership.given(activePartnership).when({ type: 'ActivatePartnership', effectiveDate: '2026-08-16' }).thenRefused('partnership.activated-once');
  });
});

describe('along the way: PD, check-ins, evaluations', () => {
  it('records them only for an active partnership', () => {
    const pd = { type: 'DeliverProfessionalDevelopment' as const, date: '2026-10-05', hours: 3, attendees: 14, topic: 'movement and literacy' };
    partnership.given(activePartnership).when(pd).thenEvents((events) => expect(events[0]).toEqual(expect.objectContaining({ type: 'ProfessionalDevelopmentDelivered' })));
    partnership.given([proposed]).when(pd).thenRefused('partnership.active');
    partnership.given(activePartnership).when({ type: 'RecordCheckIn', date: '2026-08-01', studentGrowthNotes: 'n', by: 'lead' })
      .thenRefused('partnership.date-in-term', /before the partnership began on 2026-08-15/, 422);
  });

  it('keeps evaluation scores between 1 and 5', () => {
    const scores = { meaningful: 5, collaborative: 4, additive: 6 };
    partnership.given(activePartnership).when({ type: 'RecordEvaluation', date: '2027-01-20', scores }).thenRefused('partnership.evaluation-scores', undefined, 422);
    partnership.given(activePartnership).when({ type: 'RecordEvaluation', date: '2027-01-20', scores: { ...scores, additive: 5 } })
      .thenEvents((events) => expect(events[0].data).toEqual(expect.objectContaining({ scores: { meaningful: 5, collaborative: 4, additive: 5 }, effectiveDate: '2027-01-20' })));
  });
});

describe('renewal and conclusion', () => {
  it('renews for a term ending after the current one', () => {
    partnership.given(activePartnership).when({ type: 'RenewPartnership', termEnd: '2028-06-30', effectiveDate: '2027-05-01' })
      .then([{ type: 'PartnershipRenewed', data: { partnershipId: 'p1', lea: LEA, termEnd: '2028-06-30', effectiveDate: '2027-05-01' } }]);
    partnership.given(activePartnership).when({ type: 'RenewPartnership', termEnd: '2027-06-30', effectiveDate: '2027-05-01' }).thenRefused('partnership.renewal-term', undefined, 422);
  });

  it('concludes, ending every assignment still running, and refuses anything afterwards', () => {
    const concluding = partnership.given([...activePartnership, assigned]).when({ type: 'ConcludePartnership', effectiveDate: '2027-06-30', reason: 'term completed' });
    concluding.thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['AssignmentEnded', 'PartnershipConcluded']));
    const concluded = [...activePartnership, assigned, ...(concluding.decision as PartnershipEvent[])];
    partnership.given(concluded).when({ type: 'RecordCheckIn', date: '2027-07-01', studentGrowthNotes: 'n', by: 'lead' }).thenRefused('partnership.open', /concluded on 2027-06-30/);
    partnership.given(concluded).when({ type: 'ConcludePartnership', effectiveDate: '2027-07-01', reason: 'again' }).thenRefused('partnership.open');
  });

  describe('a conclusion recorded ahead (in December, for the end of the school year)', () => {
    const concludedInJune = (): PartnershipEvent[] => {
      const concluding = partnership.given([...activePartnership, assigned]).when({ type: 'ConcludePartnership', effectiveDate: '2027-06-11', reason: 'school year completed' });
      return [...activePartnership, assigned, ...(concluding.decision as PartnershipEvent[])];
    };

    it('leaves the partnership open to schools and commitments that take effect before it, judged on their own dates', () => {
      const day = fc.integer({ min: 0, max: 365 }).map((offset) => new Date(Date.UTC(2026, 7, 16) + offset * 86_400_000).toISOString().slice(0, 10));
      fc.assert(
        fc.property(day, day, (concludedOn, effectiveDate) => {
          const concluded = [...activePartnership, { type: 'PartnershipConcluded', data: { partnershipId: 'p1', lea: LEA, effectiveDate: concludedOn, reason: 'r' } } as PartnershipEvent];
          for (const command of [enrol({ schoolId: 'lincoln', school: school('lincoln'), effectiveDate }), commit({ effectiveDate })]) {
            const decided = partnership.given(concluded).when(command);
            if (effectiveDate < concludedOn) decided.thenEvents((events) => expect(events).toHaveLength(1));
            else decided.thenRefused('partnership.open', `cannot ${command.type === 'EnrolSchool' ? 'enrol a school' : 'record a commitment'} on ${effectiveDate}: the partnership is concluded from ${concludedOn}`);
          }
        }),
        { numRuns: 200 },
      );
    });

    it('assigns an artist from a start date before it, and ends the assignment on the conclusion day as it ended the others', () => {
      partnership.given(concludedInJune()).when(assign({ assignmentId: 'a2', startDate: '2026-11-02', endDate: '2026-12-18' }))
        .thenEvents((events) => {
          expect(events.map((e) => e.type)).toEqual(['ArtistAssigned', 'AssignmentEnded']);
          expect(events[1].data).toEqual(expect.objectContaining({ assignmentId: 'a2', effectiveDate: '2027-06-11', reason: 'partnership concluded' }));
        });
      partnership.given(concludedInJune()).when(assign({ assignmentId: 'a2', startDate: '2027-06-11', endDate: '2027-06-25' }))
        .thenRefused('assignment.partnership-active', 'artist cannot be assigned on 2027-06-11: the partnership is concluded from 2027-06-11');
    });

    it('still refuses what only an open partnership may do: renew, conclude again', () => {
      partnership.given(concludedInJune()).when({ type: 'RenewPartnership', termEnd: '2028-06-30', effectiveDate: '2027-05-01' })
        .thenRefused('partnership.open', "the partnership's conclusion is recorded, effective 2027-06-11");
      partnership.given(concludedInJune()).when({ type: 'ConcludePartnership', effectiveDate: '2027-05-01', reason: 'sooner' }).thenRefused('partnership.open');
    });
  });

  it('judges a record of what happened on its own date, not on the status today: before or on the conclusion day it is accepted', () => {
    const concluding = partnership.given(activePartnership).when({ type: 'ConcludePartnership', effectiveDate: '2027-06-30', reason: 'term completed' });
    const concluded = [...activePartnership, ...(concluding.decision as PartnershipEvent[])];
    partnership.given(concluded).when({ type: 'RecordCheckIn', date: '2027-05-15', studentGrowthNotes: 'late entry', by: 'lead' })
      .thenEvents((events) => expect(events).toEqual([expect.objectContaining({ type: 'CheckInRecorded', data: expect.objectContaining({ date: '2027-05-15' }) })]));
    partnership.given(concluded).when({ type: 'RecordEvaluation', date: '2027-06-30', scores: { meaningful: 4, collaborative: 4, additive: 5 } })
      .thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['EvaluationRecorded']));
    partnership.given(concluded).when({ type: 'DeliverProfessionalDevelopment', date: '2027-06-01', hours: 2, attendees: 5, topic: 'wrap-up' })
      .thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['ProfessionalDevelopmentDelivered']));
    partnership.given(concluded).when({ type: 'DeliverProfessionalDevelopment', date: '2027-07-01', hours: 2, attendees: 5, topic: 'late' })
      .thenRefused('partnership.open', /on 2027-07-01: the partnership was concluded on 2027-06-30/);
  });
});
