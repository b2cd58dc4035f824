import { randomUUID } from 'node:crypto';
import { executeCommand } from '../../src/command-handling';
import { EventStore } from '../../src/event-store';
import { PartnerCommand } from '../../src/partners/domain/partner-commands';
import { partnerDecider } from '../../src/partners/domain/partner-decider';
import { partnerStream } from '../../src/partners/domain/streams';
import { schoolDecider } from '../../src/schools/domain/school-decider';
import { schoolStream } from '../../src/schools/domain/streams';
import type { TestApp } from './test-app';

/*
 * What the partnership tests stand on: a school, an approved partner and cleared artists in one LEA. Schools and
 * partners go through their deciders' command path (their HTTP routes have their own suites); artists and
 * clearances go over HTTP, so the clearance policy of the app applies.
 */

const seedContext = () => ({ commandId: randomUUID(), actor: 'test:seed', correlationId: randomUUID() });

/** An elementary school (K–5) of the LEA. */
export async function seedSchool(store: EventStore, lea: string, schoolId = 'roosevelt'): Promise<void> {
  await executeCommand({
    store, decider: schoolDecider, id: schoolId, streamId: schoolStream(schoolId), context: seedContext(),
    command: { type: 'RegisterSchool', schoolId, lea, name: 'Roosevelt Elementary', level: 'elementary', grades: ['K', '1', '2', '3', '4', '5'], enrolment: 420, effectiveDate: '2020-01-01' },
  });
}

/** A dance partner approved by the LEA from 2026-01-05, insured to 2027-07-01, with an agreement to 2027-06-30 and a contractor certification. */
export async function seedApprovedPartner(store: EventStore, lea: string, partnerId: string, name = `${partnerId} arts`): Promise<void> {
  const commands = [
    { type: 'ProposePartner', partnerId, lea, name, kind: 'arts-nonprofit', services: ['mentorship'], artForms: ['dance'], effectiveDate: '2026-01-01' },
    { type: 'AcceptInsuranceCertificate', lea, carrier: 'Acme', policyNumber: `GL-${partnerId}`, leaNamedAdditionalInsured: true, effectiveDate: '2026-01-01', expiresOn: '2027-07-01' },
    { type: 'AcceptContractorCertification', lea, signedOn: '2026-01-02', evidenceReference: 'cert' },
    { type: 'ExecuteAgreement', lea, agreementId: `mou-${partnerId}`, kind: 'mou', startsOn: '2026-01-01', endsOn: '2027-06-30', effectiveDate: '2026-01-01' },
    { type: 'ApprovePartner', lea, effectiveDate: '2026-01-05' },
  ] as PartnerCommand[];
  for (const command of commands) {
    await executeCommand({ store, decider: partnerDecider, id: partnerId, streamId: partnerStream(partnerId), command, context: seedContext() });
  }
}

export interface ClearedArtist {
  readonly lea: string;
  readonly partnerId: string;
  /** Effective date of every grant. */
  readonly clearedOn: string;
  readonly name?: string;
  /** The TB screening expires on this day (no longer valid from it); otherwise it does not expire. */
  readonly tbExpiresOn?: string;
}

/** A contractor dance artist of the partner, registered and granted every clearance a contractor needs in the LEA, over HTTP. */
export async function seedClearedArtist(t: TestApp, artistId: string, artist: ClearedArtist): Promise<void> {
  const post = async (path: string, body: object, role: 'admin' | 'compliance') => {
    const answer = await t.http.post(path).set({ Authorization: `Bearer ${t.tokens[role]}` }).send(body);
    if (answer.status !== 201) throw new Error(`seeding ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  };
  const { lea, partnerId, clearedOn, tbExpiresOn } = artist;
  await post('/artists', { id: artistId, partnerId, name: artist.name ?? `Artist ${artistId}`, engagement: 'contractor', artForms: ['dance'], effectiveDate: '2026-01-01' }, 'admin');
  for (const requirement of ['background-check', 'tb-screening', 'sex-offender-registry-check', 'mandated-reporter-training']) {
    const expiry = requirement === 'tb-screening' && tbExpiresOn ? { expiresOn: tbExpiresOn } : {};
    await post(`/artists/${artistId}/clearances`, { requirement, lea, effectiveDate: clearedOn, evidenceReference: `${requirement}-1`, ...expiry }, 'compliance');
  }
}
