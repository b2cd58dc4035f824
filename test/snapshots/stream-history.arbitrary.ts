import fc from 'fast-check';
import { ART_FORMS } from '../../src/artists/domain/art-form';
import { artistDecider } from '../../src/artists/domain/artist-decider';
import { CLEARANCE_REQUIREMENTS, ENGAGEMENTS } from '../../src/artists/domain/clearance-requirement';
import { partnerDecider } from '../../src/partners/domain/partner-decider';
import { AGREEMENT_KINDS, PARTNER_KINDS, PARTNER_SERVICES } from '../../src/partners/domain/partner-profile';
import { partnershipDecider } from '../../src/partnerships/domain/partnership-decider';
import { COURSE_LEVELS } from '../../src/pathways/domain/course-level';
import { pathwayDecider } from '../../src/pathways/domain/pathway-decider';
import { SCHOOL_LEVELS } from '../../src/schools/domain/school-level';
import { schoolDecider } from '../../src/schools/domain/school-decider';

/**
 * Random event histories for every decider, at the level the fold sees: events, not commands, so that every event
 * type occurs in any order and number, including sequences the deciders would refuse to produce (the fold must agree
 * with itself on those too). Ids, dates and LEAs come from small pools so that corrections, suspensions, lifted causes,
 * renewals and replacements meet the thing they change. `schemaVersion` is the version the event is stored with:
 * ProfessionalDevelopmentDelivered also occurs in its v1 shape (no effectiveDate), which reads upcast.
 */
export interface HistoryEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: Record<string, unknown>;
}

export interface DeciderHistory {
  readonly kind: 'partnership' | 'partner' | 'artist' | 'school' | 'pathway';
  readonly decider: object;
  readonly event: fc.Arbitrary<HistoryEvent>;
  /** Every event type the arbitrary produces (a test checks they all occurred). */
  readonly types: readonly string[];
}

const date = fc.constantFrom('2026-08-01', '2026-09-01', '2026-09-15', '2026-10-01', '2027-01-10', '2027-06-30', '2027-07-01');
const lea = fc.constantFrom('lausd', 'sfusd');
const text = fc.constantFrom('a', 'b', 'typo');
const maybeText = fc.option(text, { nil: null });
const small = fc.integer({ min: 0, max: 40 });
const id = (prefix: string) => fc.constantFrom(`${prefix}-1`, `${prefix}-2`, `${prefix}-3`);
const artForm = fc.constantFrom(...ART_FORMS);
const artForms = fc.uniqueArray(artForm, { minLength: 1, maxLength: 3 });
const requirement = fc.constantFrom(...CLEARANCE_REQUIREMENTS.slice(0, 2));
const funds = fc.option(fc.record({ amount: small, currency: fc.constant('USD') }), { nil: null });
const cause = fc.record({
  kind: fc.constantFrom('clearance' as const, 'partner' as const),
  eventId: id('ev'),
  eventType: fc.constantFrom('ClearanceSuspended', 'PartnerSuspended'),
  requirement: fc.option(requirement, { nil: undefined }),
  lea,
}).map(withoutUndefined);

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function events(types: Record<string, fc.Arbitrary<Record<string, unknown>>>, oldShapes: Record<string, fc.Arbitrary<Record<string, unknown>>> = {}) {
  const current = Object.entries(types).map(([type, data]) => data.map((d) => ({ type, schemaVersion: currentVersionOf(type), data: withoutUndefined(d) })));
  const old = Object.entries(oldShapes).map(([type, data]) => data.map((d) => ({ type, schemaVersion: 1, data: withoutUndefined(d) })));
  return { event: fc.oneof(...current, ...old) as fc.Arbitrary<HistoryEvent>, types: Object.keys(types) };
}

// Kept here rather than read from the registry: the test must notice a new schema version it does not generate.
function currentVersionOf(type: string): number {
  return type === 'ProfessionalDevelopmentDelivered' ? 2 : 1;
}

const partnershipId = fc.constant('ph');
const assignment = { partnershipId, assignmentId: id('as'), artistId: id('ar'), lea };

const sessionLogged = fc.record({ partnershipId, assignmentId: id('as'), sessionId: fc.oneof(id('se'), fc.uuid()), schoolId: id('sc'), lea, artForm, date, effectiveDate: date, minutes: small, students: small, notes: maybeText, clearancePolicyVersion: fc.constant('v1') });

const partnership = events(
  {
    PartnershipProposed: fc.record({ partnershipId, partnerIds: fc.uniqueArray(id('pa'), { minLength: 1, maxLength: 2 }), lea, scope: fc.constantFrom('school', 'network', 'district'), model: fc.constantFrom('co-teaching', 'residency'), artForms, name: text, effectiveDate: date, termEnd: fc.option(date, { nil: null }) }),
    SchoolEnrolled: fc.record({ partnershipId, schoolId: id('sc'), lea, effectiveDate: date }),
    CommitmentRecorded: fc.record({ partnershipId, lea, effectiveDate: date, stipends: funds, releaseTimeHours: small, funds, additive: fc.constant(true), notes: maybeText }),
    PartnershipActivated: fc.record({ partnershipId, lea, effectiveDate: date }),
    ArtistAssigned: fc.record({ ...assignment, partnerId: id('pa'), schoolId: id('sc'), classroomTeacher: text, artForm, grades: fc.constant(['3', '4']), startDate: date, endDate: date, plannedSessions: small, effectiveDate: date, basis: fc.constant({ clearancePolicyVersion: 'v1', artistRevision: '1', partnerRevision: '2', schoolRevision: '0' }) }),
    AssignmentSuspended: fc.record({ ...assignment, cause, effectiveDate: date }),
    AssignmentSuspensionCauseLifted: fc.record({ ...assignment, cause, liftedBy: cause, remainingCauses: fc.array(cause, { maxLength: 2 }), effectiveDate: date }),
    AssignmentResumed: fc.record({ ...assignment, cause, liftedBy: cause, effectiveDate: date }),
    AssignmentEnded: fc.record({ ...assignment, effectiveDate: date, reason: text }),
    SessionLogged: sessionLogged,
    SessionLogCorrected: fc.record({ partnershipId, assignmentId: id('as'), sessionId: id('se'), schoolId: id('sc'), lea, effectiveDate: date, minutes: small, students: small, notes: maybeText, reason: text }),
    ProfessionalDevelopmentDelivered: fc.record({ partnershipId, lea, date, effectiveDate: date, hours: small, attendees: small, topic: text }),
    CheckInRecorded: fc.record({ partnershipId, lea, date, effectiveDate: date, studentGrowthNotes: text, by: text }),
    EvaluationRecorded: fc.record({ partnershipId, lea, date, effectiveDate: date, scores: fc.record({ meaningful: small, collaborative: small, additive: small }), notes: maybeText }),
    PartnershipRenewed: fc.record({ partnershipId, lea, termEnd: date, effectiveDate: date }),
    PartnershipConcluded: fc.record({ partnershipId, lea, effectiveDate: date, reason: text }),
  },
  { ProfessionalDevelopmentDelivered: fc.record({ partnershipId, lea, date, hours: small, attendees: small, topic: text }) },
);

const partnerId = fc.constant('pa');
const partner = events({
  PartnerProposed: fc.record({ partnerId, lea, name: text, kind: fc.constantFrom(...PARTNER_KINDS), services: fc.uniqueArray(fc.constantFrom(...PARTNER_SERVICES), { maxLength: 3 }), artForms, effectiveDate: date }),
  InsuranceCertificateAccepted: fc.record({ partnerId, lea, certificateNumber: fc.integer({ min: 1, max: 3 }), carrier: text, policyNumber: id('po'), leaNamedAdditionalInsured: fc.constant(true), effectiveDate: date, expiresOn: date }),
  InsuranceCancellationNoted: fc.record({ partnerId, lea, certificateNumber: fc.integer({ min: 1, max: 3 }), policyNumber: id('po'), effectiveDate: date }),
  ContractorCertificationAccepted: fc.record({ partnerId, lea, signedOn: date, evidenceReference: text, effectiveDate: date }),
  AgreementExecuted: fc.record({ partnerId, lea, agreementId: id('ag'), kind: fc.constantFrom(...AGREEMENT_KINDS), startsOn: date, endsOn: date, effectiveDate: date }),
  PartnerApproved: fc.record({ partnerId, lea, effectiveDate: date }),
  PartnerSuspended: fc.record({ partnerId, lea, reason: text, effectiveDate: date, lapse: fc.option(fc.record({ item: fc.constant('insurance'), eventType: fc.constant('InsuranceExpired'), eventId: fc.option(id('ev'), { nil: null }), certificateNumber: fc.integer({ min: 1, max: 3 }) }), { nil: undefined }) }),
  PartnerReinstated: fc.record({ partnerId, lea, effectiveDate: date }),
  PartnerRemoved: fc.record({ partnerId, lea, reason: text, effectiveDate: date }),
  InsuranceExpired: fc.record({ partnerId, lea, certificateNumber: fc.integer({ min: 1, max: 3 }), policyNumber: id('po'), expiredOn: date, effectiveDate: date, coverageContinues: fc.boolean() }),
  AgreementExpired: fc.record({ partnerId, lea, agreementId: id('ag'), endsOn: date, expiredOn: date, effectiveDate: date, coverageContinues: fc.boolean() }),
  PartnerDetailsCorrected: fc.record({ partnerId, name: text, kind: fc.constantFrom(...PARTNER_KINDS), services: fc.constant([]), artForms, reason: text, effectiveDate: date }),
});

const artistId = fc.constant('ar');
const fact = { artistId, lea, requirement };
const grantNumber = fc.integer({ min: 1, max: 3 });
const artist = events({
  ArtistRegistered: fc.record({ artistId, partnerId: id('pa'), name: text, engagement: fc.constantFrom(...ENGAGEMENTS), artForms, effectiveDate: date }),
  ClearanceGranted: fc.record({ ...fact, grantNumber, effectiveDate: date, expiresOn: fc.option(date, { nil: null }), expirySource: fc.constantFrom('given', 'policy'), evidenceReference: text, resultIds: fc.constant([]), engagement: fc.constantFrom(...ENGAGEMENTS), policy: fc.constant({ version: 'v1', validity: { kind: 'none' } }) }),
  ClearanceRenewed: fc.record({ ...fact, grantNumber, replacesGrantNumber: grantNumber, previousStatus: fc.constantFrom('valid', 'expired'), effectiveDate: date, expiresOn: fc.option(date, { nil: null }) }),
  ArrestNotificationReceived: fc.record({ artistId, lea, noticeReference: id('n'), effectiveDate: date }),
  ClearanceSuspended: fc.record({ ...fact, reason: text, cause: fc.constantFrom('arrest-notification', 'compliance-decision'), noticeReference: fc.option(id('n'), { nil: undefined }), effectiveDate: date }),
  ClearanceRevoked: fc.record({ ...fact, reason: text, effectiveDate: date }),
  ClearanceReinstated: fc.record({ ...fact, evidenceReference: text, effectiveDate: date }),
  ClearanceExpired: fc.record({ ...fact, grantNumber, expiresOn: date, expiredOn: date, effectiveDate: date }),
  ClearanceGrantCorrected: fc.record({ ...fact, grantNumber, effectiveDate: date, expiresOn: fc.option(date, { nil: null }), evidenceReference: text, reason: text }),
  ClearanceGrantWithdrawn: fc.record({ ...fact, grantNumber, reason: text, effectiveDate: date }),
});

const schoolId = fc.constant('sc');
const schoolYear = fc.constantFrom('2026-27', '2027-28');
const school = events({
  SchoolRegistered: fc.record({ schoolId, lea, name: text, level: fc.constantFrom(...SCHOOL_LEVELS), grades: fc.constant(['K', '1']), enrolment: small, effectiveDate: date }),
  ArtsLeadDesignated: fc.record({ schoolId, lea, schoolYear, name: text, email: fc.option(fc.constant('lead@school.org'), { nil: undefined }), effectiveDate: date }),
  ArtsPlanAdopted: fc.record({ schoolId, lea, schoolYear, priorities: text, artForms, effectiveDate: date }),
  SchoolDetailsCorrected: fc.record({ schoolId, lea, name: text, level: fc.constantFrom(...SCHOOL_LEVELS), grades: fc.constant(['2']), enrolment: small, reason: text, effectiveDate: date }),
});

const pathwayId = fc.constant('pw');
const delivery = fc.oneof(fc.constant({ deliveredBy: 'school-teacher' }), fc.record({ deliveredBy: fc.constant('partner'), partnerId: id('pa') }));
const pathway = events({
  PathwayDefined: fc.record({ pathwayId, lea, name: text, artForm, feederPattern: fc.constant({ elementarySchoolIds: ['e'], middleSchoolIds: ['m'], highSchoolIds: ['h'] }), effectiveDate: date }),
  PathwayCourseAdded: fc.tuple(fc.record({ pathwayId, lea, courseId: id('co'), schoolId: id('sc'), schoolLevel: fc.constantFrom('middle', 'high'), level: fc.constantFrom(...COURSE_LEVELS), title: text, schoolYear, effectiveDate: date }), delivery).map(([d, by]) => ({ ...d, ...by })),
  WholeSchoolProgrammeRecorded: fc.tuple(fc.record({ pathwayId, lea, programmeId: id('pr'), schoolId: id('sc'), title: text, schoolYear, effectiveDate: date }), delivery).map(([d, by]) => ({ ...d, ...by })),
});

export const DECIDER_HISTORIES: readonly DeciderHistory[] = [
  // Sessions weighted up, so that logs grow past the 20 sessions SessionLog.toJSON shows (a snapshot must keep them all).
  {
    kind: 'partnership',
    decider: partnershipDecider,
    types: partnership.types,
    event: fc.oneof(
      { weight: 3, arbitrary: partnership.event },
      { weight: 2, arbitrary: sessionLogged.map((data) => ({ type: 'SessionLogged', schemaVersion: 1, data })) },
    ),
  },
  { kind: 'partner', decider: partnerDecider, ...partner },
  { kind: 'artist', decider: artistDecider, ...artist },
  { kind: 'school', decider: schoolDecider, ...school },
  { kind: 'pathway', decider: pathwayDecider, ...pathway },
];
