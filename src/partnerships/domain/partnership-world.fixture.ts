import { artistDecider } from '../../artists/domain/artist-decider';
import { ArtistEvent } from '../../artists/domain/artist-events';
import { ArtistState } from '../../artists/domain/artist-state';
import { ClearancePolicy, DEFAULT_CLEARANCE_POLICY } from '../../artists/domain/clearance-policy';
import { CLEARANCE_REQUIREMENTS, ClearanceRequirement, Engagement } from '../../artists/domain/clearance-requirement';
import { partnerDecider } from '../../partners/domain/partner-decider';
import { PartnerEvent } from '../../partners/domain/partner-events';
import { PartnerState } from '../../partners/domain/partner-state';
import { schoolDecider } from '../../schools/domain/school-decider';
import { SchoolState } from '../../schools/domain/school-state';
import { AssignArtist } from './partnership-commands';
import { PartnershipEvent } from './partnership-events';

/*
 * A small world for the partnership decider's tests: the other contexts' states are built by folding their own
 * events through their own deciders, so these tests break if the facts they rely on stop meaning what they say.
 */

export const LEA = 'lausd';
export const OTHER_LEA = 'oakland';
export const POLICY: ClearancePolicy = DEFAULT_CLEARANCE_POLICY;

export function school(schoolId = 'roosevelt', lea = LEA): SchoolState {
  return schoolDecider.evolve(schoolDecider.initialState, {
    type: 'SchoolRegistered',
    data: { schoolId, lea, name: 'Roosevelt Elementary', level: 'elementary', grades: ['K', '1', '2', '3', '4', '5'], enrolment: 420, effectiveDate: '2020-01-01' },
  });
}

export function grant(requirement: ClearanceRequirement, options: { lea?: string; effectiveDate?: string; expiresOn?: string | null; grantNumber?: number } = {}): ArtistEvent {
  return {
    type: 'ClearanceGranted',
    data: {
      artistId: 'maria', lea: options.lea ?? LEA, requirement, grantNumber: options.grantNumber ?? 1, effectiveDate: options.effectiveDate ?? '2026-01-10',
      expiresOn: options.expiresOn === undefined ? null : options.expiresOn, expirySource: 'given', evidenceReference: `${requirement}-evidence`,
      resultIds: [], engagement: 'contractor', policy: { version: POLICY.version, validity: { kind: 'none' } },
    },
  };
}

export function artistEvents(options: { partnerId?: string; engagement?: Engagement; lea?: string } = {}): ArtistEvent[] {
  return [
    {
      type: 'ArtistRegistered',
      data: { artistId: 'maria', partnerId: options.partnerId ?? 'dance-co', name: 'Maria Reyes', engagement: options.engagement ?? 'contractor', artForms: ['dance'], effectiveDate: '2026-01-01' },
    },
    ...CLEARANCE_REQUIREMENTS.map((requirement) => grant(requirement, { lea: options.lea })),
  ];
}

export function artist(events: readonly ArtistEvent[] = artistEvents()): ArtistState {
  return events.reduce(artistDecider.evolve, artistDecider.initialState);
}

export function partnerEvents(partnerId = 'dance-co', lea = LEA): PartnerEvent[] {
  return [
    { type: 'PartnerProposed', data: { partnerId, lea, name: 'Dance Co', kind: 'arts-nonprofit', services: ['mentorship'], artForms: ['dance'], effectiveDate: '2025-12-01' } },
    {
      type: 'InsuranceCertificateAccepted',
      data: { partnerId, lea, certificateNumber: 1, carrier: 'Acme', policyNumber: 'GL-1', leaNamedAdditionalInsured: true, effectiveDate: '2026-01-01', expiresOn: '2027-01-01' },
    },
    { type: 'ContractorCertificationAccepted', data: { partnerId, lea, signedOn: '2026-01-02', evidenceReference: 'cert-1', effectiveDate: '2026-01-02' } },
    { type: 'AgreementExecuted', data: { partnerId, lea, agreementId: 'mou-1', kind: 'mou', startsOn: '2026-01-01', endsOn: '2027-06-30', effectiveDate: '2026-01-01' } },
    { type: 'PartnerApproved', data: { partnerId, lea, effectiveDate: '2026-01-05' } },
  ];
}

export function partner(events: readonly PartnerEvent[] = partnerEvents()): PartnerState {
  return events.reduce(partnerDecider.evolve, partnerDecider.initialState);
}

export const proposed: PartnershipEvent = {
  type: 'PartnershipProposed',
  data: {
    partnershipId: 'p1', partnerIds: ['dance-co'], lea: LEA, scope: 'network', model: 'co-teaching', artForms: ['dance', 'music'],
    name: 'Dance integration', effectiveDate: '2026-08-01', termEnd: '2027-06-30',
  },
};
export const residencyProposed: PartnershipEvent = { type: 'PartnershipProposed', data: { ...proposed.data, model: 'residency' } } as PartnershipEvent;
export const enrolled: PartnershipEvent = { type: 'SchoolEnrolled', data: { partnershipId: 'p1', schoolId: 'roosevelt', lea: LEA, effectiveDate: '2026-08-10' } };
export const committed: PartnershipEvent = {
  type: 'CommitmentRecorded',
  data: {
    partnershipId: 'p1', lea: LEA, effectiveDate: '2026-08-10', stipends: { amount: 5000, currency: 'USD' }, releaseTimeHours: 24, funds: null, additive: true, notes: null,
  },
};
export const activated: PartnershipEvent = { type: 'PartnershipActivated', data: { partnershipId: 'p1', lea: LEA, effectiveDate: '2026-08-15' } };
export const activePartnership: PartnershipEvent[] = [proposed, enrolled, committed, activated];

export function assign(overrides: Partial<Omit<AssignArtist, 'facts'>> = {}, facts: Partial<AssignArtist['facts']> = {}): AssignArtist {
  return {
    type: 'AssignArtist', assignmentId: 'a1', artistId: 'maria', schoolId: 'roosevelt', classroomTeacher: 'Ms. Alvarez', artForm: 'dance',
    grades: ['4'], startDate: '2026-09-01', endDate: '2026-12-18', plannedSessions: 12, ...overrides,
    facts: { artist: artist(), partner: partner(), school: school(), policy: POLICY, revisions: { artist: 4n, partner: 4n, school: 0n }, ...facts },
  };
}

export const assigned: PartnershipEvent = {
  type: 'ArtistAssigned',
  data: {
    partnershipId: 'p1', assignmentId: 'a1', artistId: 'maria', partnerId: 'dance-co', schoolId: 'roosevelt', lea: LEA, classroomTeacher: 'Ms. Alvarez',
    artForm: 'dance', grades: ['4'], startDate: '2026-09-01', endDate: '2026-12-18', plannedSessions: 12, effectiveDate: '2026-09-01',
    basis: { clearancePolicyVersion: POLICY.version, artistRevision: '4', partnerRevision: '4', schoolRevision: '0' },
  },
};
