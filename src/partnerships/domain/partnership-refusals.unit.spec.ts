import { spec } from '../../testing/decider-specification';
import { ArtistEvent } from '../../artists/domain/artist-events';
import { DeliverProfessionalDevelopment, EndAssignment, LogSession, ProposePartnership, RecordCommitment } from './partnership-commands';
import { partnershipDecider } from './partnership-decider';
import { PartnershipEvent } from './partnership-events';
import { activePartnership, artist, artistEvents, assign, assigned, enrolled, LEA, POLICY, proposed, school } from './partnership-world.fixture';

/*
 * Refusals no other test named: the good input is accepted, the bad one refused with the rule and a detail naming
 * the item, and no event written (the decision is a refusal, not a list of events).
 */
const partnership = spec(partnershipDecider);

const propose = (overrides: Partial<ProposePartnership> = {}): ProposePartnership => ({
  type: 'ProposePartnership', partnershipId: 'p1', name: 'Dance integration', partnerIds: ['dance-co'], lea: LEA, scope: 'network', model: 'co-teaching',
  artForms: ['dance', 'music'], effectiveDate: '2026-08-01', termEnd: '2027-06-30', knownPartnerIds: ['dance-co'], ...overrides,
});
const commit = (overrides: Partial<RecordCommitment> = {}): RecordCommitment => ({
  type: 'RecordCommitment', effectiveDate: '2026-08-10', stipends: { amount: 5000, currency: 'USD' }, releaseTimeHours: 24, replacesSequentialInstruction: false, ...overrides,
});
const pd = (overrides: Partial<DeliverProfessionalDevelopment> = {}): DeliverProfessionalDevelopment => ({
  type: 'DeliverProfessionalDevelopment', date: '2026-10-05', hours: 3, attendees: 14, topic: 'movement and literacy', ...overrides,
});
const session = (overrides: Partial<LogSession> = {}): LogSession => ({
  type: 'LogSession', assignmentId: 'a1', sessionId: 's1', date: '2026-09-08', minutes: 50, students: 28, facts: { artist: artist(), policy: POLICY }, ...overrides,
});
const end = (overrides: Partial<EndAssignment> = {}): EndAssignment => ({ type: 'EndAssignment', assignmentId: 'a1', effectiveDate: '2026-11-01', reason: 'artist moved', ...overrides });
const ended: PartnershipEvent = {
  type: 'AssignmentEnded', data: { partnershipId: 'p1', assignmentId: 'a1', artistId: 'maria', lea: LEA, effectiveDate: '2026-11-01', reason: 'artist moved' },
};
const withAssignment = [...activePartnership, assigned];

describe('partnership refusals', () => {
  describe('partnership.art-forms', () => {
    it('proposes a partnership with an art form, and refuses one with none (422)', () => {
      partnership.given([]).when(propose({ artForms: ['theatre'] })).thenEvents(([event]) => expect(event.data).toMatchObject({ artForms: ['theatre'] }));
      partnership.given([]).when(propose({ artForms: [] })).thenRefused('partnership.art-forms', 'a partnership needs at least one art form', 422);
    });
  });

  describe('partnership.term', () => {
    it('refuses a term ending before it begins (422), naming both dates; a term of one day or with no end is accepted', () => {
      partnership.given([]).when(propose({ termEnd: '2026-07-31' }))
        .thenRefused('partnership.term', 'the term cannot end (2026-07-31) before it begins (2026-08-01)', 422);
      partnership.given([]).when(propose({ termEnd: '2026-08-01' })).thenEvents(([event]) => expect(event.data).toMatchObject({ termEnd: '2026-08-01' }));
      partnership.given([]).when(propose({ termEnd: undefined })).thenEvents(([event]) => expect(event.data).toMatchObject({ termEnd: null }));
    });
  });

  describe('partnership.exists', () => {
    it('refuses enrolling a school in, or activating, a partnership never proposed; a proposed one enrols it', () => {
      const enrol = { type: 'EnrolSchool', schoolId: 'roosevelt', effectiveDate: '2026-08-10', school: school() } as const;
      partnership.given([proposed]).when(enrol).then([enrolled]);
      partnership.given([]).when(enrol).thenRefused('partnership.exists', 'this partnership has not been proposed', 409);
      partnership.given([]).when({ type: 'ActivatePartnership', effectiveDate: '2026-08-15' }).thenRefused('partnership.exists', 'this partnership has not been proposed', 409);
    });
  });

  describe('partnership.commitment-amounts', () => {
    it('records a commitment of zero, and refuses negative or non-numeric stipends, funds or release time (422), naming the figure', () => {
      partnership.given([proposed, enrolled]).when(commit({ stipends: { amount: 0, currency: 'USD' }, funds: { amount: 0, currency: 'USD' }, releaseTimeHours: 0 }))
        .thenEvents(([event]) => expect(event).toMatchObject({ type: 'CommitmentRecorded', data: { stipends: { amount: 0 }, funds: { amount: 0 }, releaseTimeHours: 0 } }));
      const given = partnership.given([proposed, enrolled]);
      given.when(commit({ stipends: { amount: -1, currency: 'USD' } })).thenRefused('partnership.commitment-amounts', 'stipends must be a non-negative amount', 422);
      given.when(commit({ funds: { amount: Number.NaN, currency: 'USD' } })).thenRefused('partnership.commitment-amounts', 'funds must be a non-negative amount', 422);
      given.when(commit({ releaseTimeHours: -2 })).thenRefused('partnership.commitment-amounts', 'release time hours must not be negative', 422);
    });
  });

  describe('partnership.professional-development-figures', () => {
    it('records PD of positive hours to any whole number of attendees, and refuses no hours or a fractional or negative attendance (422)', () => {
      partnership.given(activePartnership).when(pd({ hours: 1.5, attendees: 0 }))
        .thenEvents(([event]) => expect(event).toMatchObject({ type: 'ProfessionalDevelopmentDelivered', data: { hours: 1.5, attendees: 0 } }));
      for (const figures of [{ hours: 0 }, { hours: -3 }, { attendees: 2.5 }, { attendees: -1 }]) {
        partnership.given(activePartnership).when(pd(figures))
          .thenRefused('partnership.professional-development-figures', 'hours must be positive and attendees a whole number', 422);
      }
    });
  });

  describe('assignment.planned-sessions', () => {
    it('assigns with one planned session, and refuses none, a negative or a fractional number (422)', () => {
      partnership.given(activePartnership).when(assign({ plannedSessions: 1 })).thenEvents(([event]) => expect(event).toMatchObject({ type: 'ArtistAssigned', data: { plannedSessions: 1 } }));
      for (const plannedSessions of [0, -4, 2.5]) {
        partnership.given(activePartnership).when(assign({ plannedSessions }))
          .thenRefused('assignment.planned-sessions', 'planned sessions must be a whole number of at least 1', 422);
      }
    });
  });

  describe('assignment.exists', () => {
    it('refuses ending or logging a session for an assignment that does not exist, naming it', () => {
      const missing = 'assignment a9 does not exist in this partnership';
      partnership.given(withAssignment).when(end()).thenEvents(([event]) => expect(event).toMatchObject({ type: 'AssignmentEnded', data: { assignmentId: 'a1' } }));
      partnership.given(withAssignment).when(end({ assignmentId: 'a9' })).thenRefused('assignment.exists', missing, 409);
      partnership.given(withAssignment).when(session({ assignmentId: 'a9' })).thenRefused('assignment.exists', missing, 409);
    });
  });

  describe('assignment.open', () => {
    it('ends an assignment once, and refuses ending it again, naming it and the day it ended', () => {
      partnership.given(withAssignment).when(end()).then([ended]);
      partnership.given([...withAssignment, ended]).when(end({ effectiveDate: '2026-12-01' }))
        .thenRefused('assignment.open', 'assignment a1 ended on 2026-11-01', 409);
    });
  });

  describe('session.unique', () => {
    it('logs a second session under a new id, and refuses a session id already logged, naming it', () => {
      const logged = partnership.given(withAssignment).when(session()).decision as PartnershipEvent[];
      expect(logged).toEqual([expect.objectContaining({ type: 'SessionLogged' })]);
      const afterFirst = partnership.given([...withAssignment, ...logged]);
      afterFirst.when(session({ sessionId: 's2', date: '2026-09-15' })).thenEvents(([event]) => expect(event.data).toMatchObject({ sessionId: 's2' }));
      afterFirst.when(session({ date: '2026-09-15' })).thenRefused('session.unique', 'session s1 is already logged', 409);
    });
  });

  describe('rule 2: session.clearances for a clearance missing, suspended or revoked on the session date', () => {
    // The assignment itself is still running: the follow-up that would suspend it may not have happened yet.
    const withArtist = (events: readonly ArtistEvent[], date = '2026-09-08') => session({ date, facts: { artist: artist(events), policy: POLICY } });

    it('refuses a session when a required clearance is missing, naming it and the LEA', () => {
      const withoutTb = artistEvents().filter((e) => e.type !== 'ClearanceGranted' || e.data.requirement !== 'tb-screening');
      partnership.given(withAssignment).when(withArtist(artistEvents())).thenEvents((events) => expect(events).toHaveLength(1));
      partnership.given(withAssignment).when(withArtist(withoutTb))
        .thenRefused('session.clearances', 'cannot log a session on 2026-09-08: no TB screening granted by LEA lausd', 409);
    });

    it('refuses a session on or after the day a clearance is suspended, and logs one the day before', () => {
      const suspended: ArtistEvent[] = [
        ...artistEvents(),
        { type: 'ClearanceSuspended', data: { artistId: 'maria', lea: LEA, requirement: 'background-check', reason: 'arrest', cause: 'arrest-notification', noticeReference: 'AN-7', effectiveDate: '2026-09-05' } },
      ];
      partnership.given(withAssignment).when(withArtist(suspended, '2026-09-04')).thenEvents((events) => expect(events).toHaveLength(1));
      partnership.given(withAssignment).when(withArtist(suspended, '2026-09-05'))
        .thenRefused('session.clearances', 'cannot log a session on 2026-09-05: background check for LEA lausd suspended since 2026-09-05 (arrest notification AN-7)', 409);
    });

    it('refuses a session on or after the day a clearance is revoked, and logs one the day before', () => {
      const revoked: ArtistEvent[] = [
        ...artistEvents(),
        { type: 'ClearanceRevoked', data: { artistId: 'maria', lea: LEA, requirement: 'sex-offender-registry-check', reason: 'registry match', effectiveDate: '2026-09-05' } },
      ];
      partnership.given(withAssignment).when(withArtist(revoked, '2026-09-04')).thenEvents((events) => expect(events).toHaveLength(1));
      partnership.given(withAssignment).when(withArtist(revoked, '2026-09-08'))
        .thenRefused('session.clearances', 'cannot log a session on 2026-09-08: sex offender registry check for LEA lausd revoked on 2026-09-05 (registry match)', 409);
    });
  });
});
