import { ArtistEvent } from '../../artists/domain/artist-events';
import { spec } from '../../testing/decider-specification';
import { ReviewAssignmentStanding, StandingTrigger } from './partnership-commands';
import { partnershipDecider } from './partnership-decider';
import { PartnershipEvent } from './partnership-events';
import { activePartnership, artist, artistEvents, assigned, grant, LEA, partner, POLICY } from './partnership-world.fixture';
import { SuspensionCause } from './suspension-cause';

const partnership = spec(partnershipDecider);

const suspendedBackgroundCheck: ArtistEvent = {
  type: 'ClearanceSuspended',
  data: { artistId: 'maria', lea: LEA, requirement: 'background-check', reason: 'pending review', cause: 'compliance-decision', effectiveDate: '2026-10-01' },
};
const bcCause: SuspensionCause = {
  kind: 'clearance', eventId: 'e-suspended', eventType: 'ClearanceSuspended', requirement: 'background-check', lea: LEA,
  problem: 'background check for LEA lausd suspended since 2026-10-01 (pending review)',
};
const suspendedForBc: PartnershipEvent = {
  type: 'AssignmentSuspended',
  data: { partnershipId: 'p1', assignmentId: 'a1', artistId: 'maria', lea: LEA, cause: bcCause, effectiveDate: '2026-10-01' },
};

function review(trigger: Partial<StandingTrigger>, artistFacts: readonly ArtistEvent[], openCauses: SuspensionCause[] = []): ReviewAssignmentStanding {
  return {
    type: 'ReviewAssignmentStanding', assignmentId: 'a1',
    trigger: { eventId: 'e-trigger', eventType: 'ClearanceGranted', effectiveDate: '2026-09-15', effect: 'lift', item: { kind: 'clearance', requirement: 'background-check' }, ...trigger },
    facts: { artist: artist(artistFacts), partner: partner(), policy: POLICY },
    openCauses,
  };
}

describe('reviewing an assignment after an event about its artist or partner (rule 3)', () => {
  it('keeps it suspended when a grant dated before the suspension answers the cause but not the suspension', () => {
    const facts = [...artistEvents(), suspendedBackgroundCheck, grant('background-check', { grantNumber: 2, effectiveDate: '2026-09-15' })];
    partnership.given([...activePartnership, assigned, suspendedForBc]).when(review({}, facts)).then([]);
  });

  it('suspends an active assignment when a grant leaves a suspension on record within its dates, naming the suspension', () => {
    const facts = [...artistEvents(), suspendedBackgroundCheck, grant('background-check', { grantNumber: 2, effectiveDate: '2026-09-15' })];
    partnership.given([...activePartnership, assigned]).when(review({}, facts, [{ ...bcCause, problem: undefined }])).then([
      { type: 'AssignmentSuspended', data: { ...suspendedForBc.data, cause: bcCause } },
    ]);
  });

  it('resumes once nothing stands in the way, and writes nothing when asked again', () => {
    const reinstated: ArtistEvent = { type: 'ClearanceReinstated', data: { artistId: 'maria', lea: LEA, requirement: 'background-check', evidenceReference: 'ok', effectiveDate: '2026-10-15' } };
    const command = review({ eventType: 'ClearanceReinstated', effectiveDate: '2026-10-15' }, [...artistEvents(), suspendedBackgroundCheck, reinstated]);
    const liftedBy: SuspensionCause = { kind: 'clearance', eventId: 'e-trigger', eventType: 'ClearanceReinstated', requirement: 'background-check', lea: LEA };
    const resumed: PartnershipEvent = {
      type: 'AssignmentResumed', data: { partnershipId: 'p1', assignmentId: 'a1', artistId: 'maria', lea: LEA, cause: bcCause, liftedBy, effectiveDate: '2026-10-15' },
    };
    partnership.given([...activePartnership, assigned, suspendedForBc]).when(command).then([resumed]);
    partnership.given([...activePartnership, assigned, suspendedForBc, resumed]).when(command).then([]);
  });

  it('ignores a suspension dated after the assignment ends', () => {
    const late: ArtistEvent = { ...suspendedBackgroundCheck, data: { ...suspendedBackgroundCheck.data, effectiveDate: '2027-01-10' } } as ArtistEvent;
    partnership.given([...activePartnership, assigned]).when(review({ effect: 'suspend', eventType: 'ClearanceSuspended', effectiveDate: '2027-01-10' }, [...artistEvents(), late])).then([]);
  });

  it('writes nothing for an ended assignment, whatever stands in the way', () => {
    const ended: PartnershipEvent = { type: 'AssignmentEnded', data: { partnershipId: 'p1', assignmentId: 'a1', artistId: 'maria', lea: LEA, effectiveDate: '2026-09-20', reason: 'moved' } };
    const facts = [...artistEvents(), suspendedBackgroundCheck];
    partnership.given([...activePartnership, assigned]).when(review({ effect: 'suspend', eventType: 'ClearanceSuspended', effectiveDate: '2026-10-01' }, facts)).thenEvents((events) => expect(events).toHaveLength(1));
    partnership.given([...activePartnership, assigned, ended]).when(review({ effect: 'suspend', eventType: 'ClearanceSuspended', effectiveDate: '2026-10-01' }, facts)).then([]);
  });

  describe('an assignment whose end is recorded ahead (a conclusion recorded in September for December)', () => {
    const endedAhead: PartnershipEvent = {
      type: 'AssignmentEnded', data: { partnershipId: 'p1', assignmentId: 'a1', artistId: 'maria', lea: LEA, effectiveDate: '2026-11-20', reason: 'partnership concluded' },
    };
    const suspendOn = (effectiveDate: string) => review(
      { effect: 'suspend', eventType: 'ClearanceSuspended', eventId: 'e-suspended', effectiveDate, item: { kind: 'clearance', requirement: 'background-check' } },
      [...artistEvents(), { ...suspendedBackgroundCheck, data: { ...suspendedBackgroundCheck.data, effectiveDate } } as ArtistEvent],
    );

    it('is suspended by a suspension that takes effect before its end, and the period is kept', () => {
      const decided = partnership.given([...activePartnership, assigned, endedAhead]).when(suspendOn('2026-10-01'));
      decided.thenEvents((events) => expect(events).toEqual([{ type: 'AssignmentSuspended', data: expect.objectContaining({ assignmentId: 'a1', effectiveDate: '2026-10-01' }) }]));
      const state = [...activePartnership, assigned, endedAhead, ...(decided.decision as PartnershipEvent[])].reduce(partnershipDecider.evolve, partnershipDecider.initialState);
      expect(state.assignments[0]).toMatchObject({ status: 'ended', endedOn: '2026-11-20', suspensions: [{ from: '2026-10-01', until: null }] });
    });

    it('is left alone by one that takes effect on or after its end', () => {
      partnership.given([...activePartnership, assigned, endedAhead]).when(suspendOn('2026-11-20')).then([]);
    });

    it('can be ended sooner (the artist leaves), not later', () => {
      partnership.given([...activePartnership, assigned, endedAhead]).when({ type: 'EndAssignment', assignmentId: 'a1', effectiveDate: '2026-10-30', reason: 'artist moved away' })
        .thenEvents((events) => expect(events).toEqual([{ type: 'AssignmentEnded', data: expect.objectContaining({ assignmentId: 'a1', effectiveDate: '2026-10-30' }) }]));
      partnership.given([...activePartnership, assigned, endedAhead]).when({ type: 'EndAssignment', assignmentId: 'a1', effectiveDate: '2026-11-20', reason: 'again' })
        .thenRefused('assignment.open', 'assignment a1 ended on 2026-11-20');
    });
  });
});
