import { spec } from '../../testing/decider-specification';
import { partnershipDecider } from './partnership-decider';
import { LogSession } from './partnership-commands';
import { PartnerEvent } from '../../partners/domain/partner-events';
import { PartnershipEvent } from './partnership-events';
import { SuspensionCause } from './suspension-cause';
import {
  activated, activePartnership, artist, artistEvents, assign, assigned, committed, enrolled, grant, LEA, OTHER_LEA, partner, partnerEvents,
  POLICY, proposed, residencyProposed,
} from './partnership-world.fixture';

const partnership = spec(partnershipDecider);

describe('rule 1: an artist is assigned only when everything holds on the start date', () => {
  it('records ArtistAssigned with the facts the decision relied on', () => {
    partnership.given(activePartnership).when(assign()).then([assigned]);
  });

  it('refuses when the partnership is not active', () => {
    partnership.given([proposed, enrolled, committed]).when(assign()).thenRefused('assignment.partnership-active', 'artist cannot be assigned on 2026-09-01: the partnership is not active', 409);
  });

  it('refuses a start date before the activation', () => {
    partnership.given(activePartnership).when(assign({ startDate: '2026-08-01' })).thenRefused('assignment.partnership-active', /active only from 2026-08-15/);
  });

  it('refuses when the school is not enrolled in the partnership', () => {
    partnership.given([proposed, committed, { ...enrolled, data: { ...enrolled.data, schoolId: 'lincoln' } } as PartnershipEvent, activated])
      .when(assign())
      .thenRefused('assignment.school-enrolled', /school roosevelt is not enrolled/);
  });

  it('refuses an artist of a partner outside the partnership', () => {
    partnership.given(activePartnership).when(assign({}, { artist: artist(artistEvents({ partnerId: 'music-co' })) }))
      .thenRefused('assignment.artist-of-partner', /works for partner music-co, which is not a partner of this partnership/);
  });

  it('refuses when the partner is not approved by the school\'s LEA', () => {
    const unapproved = partner(partnerEvents().filter((e) => e.type !== 'PartnerApproved'));
    partnership.given(activePartnership).when(assign({}, { partner: unapproved })).thenRefused('assignment.partner-standing', /not approved by LEA lausd/);
  });

  it('refuses when the partner is suspended in that LEA', () => {
    const suspended = partner([...partnerEvents(), { type: 'PartnerSuspended', data: { partnerId: 'dance-co', lea: LEA, reason: 'insurance lapse', effectiveDate: '2026-08-20' } }]);
    partnership.given(activePartnership).when(assign({}, { partner: suspended })).thenRefused('assignment.partner-standing', /suspended by LEA lausd since 2026-08-20/);
  });

  it('refuses when the partner\'s insurance has run out by the start date', () => {
    const lapsed = partner(partnerEvents().map((e) => (e.type === 'InsuranceCertificateAccepted' ? { ...e, data: { ...e.data, expiresOn: '2026-08-31' } } : e)));
    partnership.given(activePartnership).when(assign({}, { partner: lapsed })).thenRefused('assignment.partner-standing', /insurance for LEA lausd expired/);
  });

  it('refuses when the partner stands well only in another LEA', () => {
    partnership.given(activePartnership).when(assign({}, { partner: partner(partnerEvents('dance-co', OTHER_LEA)) }))
      .thenRefused('assignment.partner-standing', /not approved by LEA lausd; no accepted insurance for LEA lausd/);
  });

  it('names every missing clearance, and the LEA that should have granted it', () => {
    const withoutTwo = artist(artistEvents().filter((e) => e.type !== 'ClearanceGranted' || !['tb-screening', 'background-check'].includes(e.data.requirement)));
    const refusal = partnership.given(activePartnership).when(assign({}, { artist: withoutTwo })).thenRefused('assignment.clearances', undefined, 409);
    expect(refusal.detail).toBe('artist cannot be assigned on 2026-09-01: no background check granted by LEA lausd; no TB screening granted by LEA lausd');
  });

  it('refuses a clearance that expired before the start date', () => {
    const expired = artist([...artistEvents().filter((e) => e.type !== 'ClearanceGranted' || e.data.requirement !== 'tb-screening'), grant('tb-screening', { expiresOn: '2026-08-31' })]);
    partnership.given(activePartnership).when(assign({}, { artist: expired }))
      .thenRefused('assignment.clearances', 'artist cannot be assigned on 2026-09-01: TB screening for LEA lausd expired on 2026-09-01');
  });

  it('refuses a suspended clearance', () => {
    const suspended = artist([
      ...artistEvents(),
      { type: 'ClearanceSuspended', data: { artistId: 'maria', lea: LEA, requirement: 'background-check', reason: 'arrest', cause: 'arrest-notification', noticeReference: 'AN-7', effectiveDate: '2026-08-20' } },
    ]);
    partnership.given(activePartnership).when(assign({}, { artist: suspended })).thenRefused('assignment.clearances', /background check for LEA lausd suspended since 2026-08-20/);
  });

  it('does not accept clearances granted by another LEA', () => {
    partnership.given(activePartnership).when(assign({}, { artist: artist(artistEvents({ lea: OTHER_LEA })) }))
      .thenRefused('assignment.clearances', /no background check granted by LEA lausd \(a clearance from LEA oakland does not transfer\)/);
  });

  it('applies the requirements the LEA\'s policy sets for the artist\'s engagement', () => {
    const contractorsNeedOnlyBackground = { ...POLICY, leas: { [LEA]: { requirements: { contractor: [POLICY.requirements.contractor[0]] } } } };
    const onlyBackground = (engagement: 'contractor' | 'volunteer') =>
      artist(artistEvents({ engagement }).filter((e) => e.type !== 'ClearanceGranted' || e.data.requirement === 'background-check'));
    partnership.given(activePartnership).when(assign({}, { artist: onlyBackground('contractor'), policy: contractorsNeedOnlyBackground }))
      .thenEvents((events) => expect(events[0].data).toEqual(expect.objectContaining({ basis: expect.objectContaining({ clearancePolicyVersion: POLICY.version }) })));
    partnership.given(activePartnership).when(assign({}, { artist: onlyBackground('volunteer'), policy: contractorsNeedOnlyBackground }))
      .thenRefused('assignment.clearances', /no TB screening granted by LEA lausd/);
  });

  it('needs at least 10 planned sessions for a residency', () => {
    partnership.given([residencyProposed, enrolled, committed, activated]).when(assign({ plannedSessions: 9 }))
      .thenRefused('assignment.residency-length', /at least 10 sessions; 9 planned/, 422);
    partnership.given([residencyProposed, enrolled, committed, activated]).when(assign({ plannedSessions: 10 })).thenEvents((events) => expect(events[0].type).toBe('ArtistAssigned'));
  });

  it('refuses an end date before the start date, and an art form the partnership does not cover', () => {
    partnership.given(activePartnership).when(assign({ endDate: '2026-08-31' })).thenRefused('assignment.dates', undefined, 422);
    partnership.given(activePartnership).when(assign({ artForm: 'theatre' })).thenRefused('assignment.art-form', /not theatre/, 422);
  });

  it('refuses a second assignment with the same id', () => {
    partnership.given([...activePartnership, assigned]).when(assign()).thenRefused('assignment.unique');
  });
});

const clearanceCause = (requirement: string, eventId = 'e-suspend'): SuspensionCause => ({ kind: 'clearance', eventId, eventType: 'ClearanceSuspended', requirement, lea: LEA });
const suspendedFor = (cause: SuspensionCause): PartnershipEvent => ({
  type: 'AssignmentSuspended', data: { partnershipId: 'p1', assignmentId: 'a1', artistId: 'maria', lea: LEA, cause, effectiveDate: '2026-10-01' },
});

const session = (overrides: Partial<LogSession> = {}): LogSession => ({
  type: 'LogSession', assignmentId: 'a1', sessionId: 's1', date: '2026-09-08', minutes: 50, students: 28, facts: { artist: artist(), policy: POLICY }, ...overrides,
});

describe('rule 2: a session needs a running assignment and a cleared artist on its date', () => {
  it('logs a session on a day the artist is cleared', () => {
    partnership.given([...activePartnership, assigned]).when(session()).thenEvents((events) => {
      expect(events).toEqual([expect.objectContaining({ type: 'SessionLogged', data: expect.objectContaining({ sessionId: 's1', date: '2026-09-08', effectiveDate: '2026-09-08', minutes: 50, students: 28, lea: LEA }) })]);
    });
  });

  it('refuses a session inside a suspension, naming why and since when; accepts one dated before it takes effect', () => {
    const suspendedAssignment = partnership.given([...activePartnership, assigned, suspendedFor(clearanceCause('background-check'))]);
    suspendedAssignment.when(session({ date: '2026-10-05' }))
      .thenRefused('session.assignment-running', /the assignment is suspended since 2026-10-01 for clearance background-check in LEA lausd/, 409);
    suspendedAssignment.when(session({ date: '2026-09-08' })).thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['SessionLogged']));
  });

  it('refuses a session for an ended assignment', () => {
    const ended: PartnershipEvent = { type: 'AssignmentEnded', data: { partnershipId: 'p1', assignmentId: 'a1', artistId: 'maria', lea: LEA, effectiveDate: '2026-09-05', reason: 'moved' } };
    partnership.given([...activePartnership, assigned, ended]).when(session()).thenRefused('session.assignment-running', /ended on 2026-09-05/);
  });

  it('refuses a date outside the assignment', () => {
    partnership.given([...activePartnership, assigned]).when(session({ date: '2026-12-19' })).thenRefused('session.within-assignment', /runs from 2026-09-01 to 2026-12-18/);
  });

  it('refuses a date on which a required clearance had expired', () => {
    const lapsing = artist([...artistEvents().filter((e) => e.type !== 'ClearanceGranted' || e.data.requirement !== 'mandated-reporter-training'), grant('mandated-reporter-training', { expiresOn: '2026-10-31' })]);
    partnership.given([...activePartnership, assigned]).when(session({ date: '2026-10-31', facts: { artist: lapsing, policy: POLICY } })).thenEvents((events) => expect(events).toHaveLength(1));
    partnership.given([...activePartnership, assigned]).when(session({ date: '2026-11-02', facts: { artist: lapsing, policy: POLICY } }))
      .thenRefused('session.clearances', 'cannot log a session on 2026-11-02: mandated reporter training for LEA lausd expired on 2026-11-01');
  });

  it('refuses figures that make no sense', () => {
    partnership.given([...activePartnership, assigned]).when(session({ minutes: 0 })).thenRefused('session.figures', undefined, 422);
  });

  it('corrects a session with a compensating event, keeping the original', () => {
    const given = partnership.given([...activePartnership, assigned]);
    const logged = given.when(session()).decision as PartnershipEvent[];
    const afterLog = spec(partnershipDecider).given([...activePartnership, assigned, ...logged]);
    afterLog.when({ type: 'CorrectSessionLog', sessionId: 's1', minutes: 45, students: 27, reason: 'recount' }).thenEvents((events) => {
      expect(events).toEqual([expect.objectContaining({ type: 'SessionLogCorrected', data: expect.objectContaining({ sessionId: 's1', minutes: 45, students: 27, effectiveDate: '2026-09-08' }) })]);
    });
    afterLog.when({ type: 'CorrectSessionLog', sessionId: 'nope', minutes: 45, students: 27, reason: 'recount' }).thenRefused('session.exists');
  });
});

/*
 * Issue 10 §2: every session is judged on its own date against the standing of the artist, the partner and the
 * assignment that day. The partner's insurance is cancelled from 2026-10-01 (the system suspends it on the roster
 * from then), it is insured again and reinstated from 2026-10-10, and the assignment was suspended from 2026-10-01
 * and resumed on 2026-10-10.
 */
describe('rule 2 by date: the session judged on its own day, against everything known', () => {
  const cancelled: PartnerEvent = { type: 'InsuranceCancellationNoted', data: { partnerId: 'dance-co', lea: LEA, certificateNumber: 1, policyNumber: 'GL-1', effectiveDate: '2026-10-01' } };
  const systemSuspension: PartnerEvent = {
    type: 'PartnerSuspended',
    data: {
      partnerId: 'dance-co', lea: LEA, reason: 'insurance policy GL-1 for LEA lausd cancelled from 2026-10-01', effectiveDate: '2026-10-01',
      lapse: { item: 'insurance', eventType: 'InsuranceCancellationNoted', eventId: 'e-cancel', certificateNumber: 1, policyNumber: 'GL-1' },
    },
  };
  const insuredAgain: PartnerEvent = {
    type: 'InsuranceCertificateAccepted',
    data: { partnerId: 'dance-co', lea: LEA, certificateNumber: 2, carrier: 'Beta', policyNumber: 'GL-2', leaNamedAdditionalInsured: true, effectiveDate: '2026-10-10', expiresOn: '2027-10-10' },
  };
  const reinstated: PartnerEvent = { type: 'PartnerReinstated', data: { partnerId: 'dance-co', lea: LEA, effectiveDate: '2026-10-10' } };
  const lapsedPartner = partner([...partnerEvents(), cancelled, systemSuspension]);
  const backPartner = partner([...partnerEvents(), cancelled, systemSuspension, insuredAgain, reinstated]);
  const partnerCause: SuspensionCause = { kind: 'partner', eventId: 'e-cancel', eventType: 'InsuranceCancellationNoted', requirement: 'insurance', lea: LEA };
  const suspendedOn: PartnershipEvent = { type: 'AssignmentSuspended', data: { partnershipId: 'p1', assignmentId: 'a1', artistId: 'maria', lea: LEA, cause: partnerCause, effectiveDate: '2026-10-01' } };
  const resumedOn: PartnershipEvent = {
    type: 'AssignmentResumed',
    data: { partnershipId: 'p1', assignmentId: 'a1', artistId: 'maria', lea: LEA, cause: partnerCause, liftedBy: { ...partnerCause, eventType: 'PartnerReinstated', eventId: 'e-back' }, effectiveDate: '2026-10-10' },
  };
  const withPartner = (date: string, p = lapsedPartner) => session({ date, facts: { artist: artist(), policy: POLICY, partner: p } });

  it('given the lapse recorded and the assignment suspended from 2026-10-01, a session on 2026-09-20 (everything held that day) is accepted', () => {
    partnership.given([...activePartnership, assigned, suspendedOn]).when(withPartner('2026-09-20'))
      .thenEvents((events) => expect(events).toEqual([expect.objectContaining({ type: 'SessionLogged', data: expect.objectContaining({ date: '2026-09-20' }) })]));
  });

  it('given the assignment resumed on 2026-10-10, a session on 2026-10-06 inside the gap is still refused, naming the gap and its dates', () => {
    const resumed = partnership.given([...activePartnership, assigned, suspendedOn, resumedOn]);
    expect(resumed.state.assignments[0]).toMatchObject({ status: 'active', suspensions: [{ from: '2026-10-01', until: '2026-10-10', causes: [partnerCause] }] });
    resumed.when(withPartner('2026-10-06', backPartner))
      .thenRefused('session.assignment-running', /cannot log a session on 2026-10-06: the assignment was suspended from 2026-10-01 until 2026-10-10 for partner insurance in LEA lausd/);
    resumed.when(withPartner('2026-10-10', backPartner)).thenEvents((events) => expect(events).toHaveLength(1));
  });

  it('refuses a day the partner could not work even when the assignment was never suspended for it, naming the gap', () => {
    partnership.given([...activePartnership, assigned]).when(withPartner('2026-10-06', backPartner))
      .thenRefused('session.partner-standing', /partner dance-co could not work in LEA lausd on 2026-10-06 \(until 2026-10-10\): partner was suspended by LEA lausd from 2026-10-01 until 2026-10-10/);
    partnership.given([...activePartnership, assigned]).when(withPartner('2026-10-06'))
      .thenRefused('session.partner-standing', /partner dance-co cannot work in LEA lausd on 2026-10-06: partner is suspended by LEA lausd since 2026-10-01 \(insurance policy GL-1 for LEA lausd cancelled from 2026-10-01\); insurance for LEA lausd was cancelled from 2026-10-01/);
  });

  it('refuses a day inside a clearance gap after the renewal, naming the day the artist was cleared again', () => {
    const renewed = artist([
      ...artistEvents().filter((e) => e.type !== 'ClearanceGranted' || e.data.requirement !== 'mandated-reporter-training'),
      grant('mandated-reporter-training', { expiresOn: '2026-10-31' }),
      grant('mandated-reporter-training', { effectiveDate: '2026-11-10', expiresOn: '2027-06-30', grantNumber: 2 }),
    ]);
    partnership.given([...activePartnership, assigned]).when(session({ date: '2026-11-05', facts: { artist: renewed, policy: POLICY } }))
      .thenRefused('session.clearances', 'cannot log a session on 2026-11-05: mandated reporter training for LEA lausd expired on 2026-11-01 (cleared again from 2026-11-10)');
    partnership.given([...activePartnership, assigned]).when(session({ date: '2026-11-10', facts: { artist: renewed, policy: POLICY } })).thenEvents((events) => expect(events).toHaveLength(1));
  });

  it('accepts a session dated before the end of an ended assignment, and refuses one from its end on', () => {
    const ended: PartnershipEvent = { type: 'AssignmentEnded', data: { partnershipId: 'p1', assignmentId: 'a1', artistId: 'maria', lea: LEA, effectiveDate: '2026-10-15', reason: 'moved' } };
    partnership.given([...activePartnership, assigned, ended]).when(withPartner('2026-09-20')).thenEvents((events) => expect(events).toHaveLength(1));
    partnership.given([...activePartnership, assigned, ended]).when(withPartner('2026-10-15')).thenRefused('session.assignment-running', /ended on 2026-10-15/);
  });

  it('an assignment start is judged on its own date too: before the lapse it is accepted, inside it refused', () => {
    partnership.given(activePartnership).when(assign({ startDate: '2026-09-01' }, { partner: lapsedPartner })).thenEvents((events) => expect(events[0].type).toBe('ArtistAssigned'));
    partnership.given(activePartnership).when(assign({ startDate: '2026-10-05' }, { partner: backPartner }))
      .thenRefused('assignment.partner-standing', /from 2026-10-01 until 2026-10-10/);
  });
});
