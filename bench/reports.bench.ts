/**
 * `query_p99_ms`: p99 latency of the five report routes over HTTP (loopback, the real Nest app on a temp data dir)
 * under 20 concurrent clients, on demo-sized data: 12 schools, 8 partners, 40 artists, 6 partnerships with a school
 * year of weekly sessions, 2 pathways. Events are appended through the store port in the shapes the deciders write;
 * the projection runner builds the reports before the clock starts. 20 clients × 100 requests, JSON and CSV mixed,
 * after a warm-up round, sent from a second process (as a real client would be) so the clients' own HTTP work does
 * not run on the server's event loop. The server logs at `info` as it does by default (one line per request, discarded
 * here). `query_p50_ms` and `query_requests_per_s` are reported beside it.
 */
import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { SettableClock } from '../src/clock/clock';
import { EventStore, NewEvent } from '../src/event-store';
import { ProjectionRunner } from '../src/projections/projection-runner';
import { ReadModelDatabase } from '../src/read-models/read-model-database';
import { REPORT_PROJECTIONS } from '../src/reports/report-catalogue';
import { startTestApp, TestApp } from '../test/support/test-app';
import { GetRequest, percentile, runGetLoad } from './get-load';

const LEA = 'lausd';
const CLIENTS = 20;
const REQUESTS_PER_CLIENT = 100;
const ROUTES = [
  '/reports/clearance-roster?lea=lausd&expiringWithinDays=60', '/reports/arts-access?lea=lausd', '/reports/pathways',
  '/reports/partner-services?lea=lausd', '/reports/partnership-health',
];

type Shape = { type: string; data: object };

function day(offset: number): string {
  return new Date(Date.UTC(2026, 7, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

async function append(store: EventStore, streamId: string, shapes: readonly Shape[]): Promise<void> {
  const correlationId = randomUUID();
  const events: NewEvent[] = shapes.map((s) => ({
    id: randomUUID(), type: s.type, schemaVersion: 1, data: s.data, metadata: { actor: 'key:operations', correlationId, causationId: null, commandId: randomUUID() },
  }));
  await store.append(streamId, events, 'no_stream');
}

async function fillDistrict(store: EventStore): Promise<void> {
  const levels = ['elementary', 'elementary', 'elementary', 'elementary', 'elementary', 'elementary', 'middle', 'middle', 'middle', 'high', 'high', 'high'] as const;
  const schoolIds = levels.map((level, i) => `${level}-${i}`);
  for (const [i, schoolId] of schoolIds.entries()) {
    await append(store, `school-${schoolId}`, [{ type: 'SchoolRegistered', data: { schoolId, lea: LEA, name: `School ${i}`, level: levels[i], grades: ['K'], enrolment: 400 + i, effectiveDate: day(0) } }]);
  }
  const artForms = ['dance', 'music', 'theatre', 'visual-arts', 'media-arts'];
  const services = ['private-lessons', 'mentorship', 'performance-expertise', 'instruments-and-resources', 'small-ensembles', 'teacher-professional-development'];
  const partnerIds = Array.from({ length: 8 }, (_, i) => `partner-${i}`);
  for (const [i, partnerId] of partnerIds.entries()) {
    const base = { partnerId, lea: LEA };
    await append(store, `partner-${partnerId}`, [
      { type: 'PartnerProposed', data: { ...base, name: `Partner ${i}`, kind: 'arts-nonprofit', services: services.slice(i % 3, i % 3 + 3), artForms: [artForms[i % 5]], effectiveDate: day(0) } },
      { type: 'InsuranceCertificateAccepted', data: { ...base, certificateNumber: 1, carrier: 'Acme', policyNumber: `GL-${i}`, leaNamedAdditionalInsured: true, effectiveDate: day(0), expiresOn: day(200 + i * 20) } },
      { type: 'ContractorCertificationAccepted', data: { ...base, signedOn: day(1), evidenceReference: `cert-${i}`, effectiveDate: day(1) } },
      { type: 'AgreementExecuted', data: { ...base, agreementId: `mou-${i}`, kind: 'mou', startsOn: day(0), endsOn: day(330), effectiveDate: day(1) } },
      { type: 'PartnerApproved', data: { ...base, effectiveDate: day(2) } },
    ]);
  }
  const requirements = ['background-check', 'tb-screening', 'sex-offender-registry-check', 'mandated-reporter-training'];
  for (let a = 0; a < 40; a++) {
    const artistId = `artist-${a}`;
    await append(store, `artist-${artistId}`, [
      { type: 'ArtistRegistered', data: { artistId, partnerId: partnerIds[a % 8], name: `Artist ${a}`, engagement: 'contractor', artForms: [artForms[a % 5]], effectiveDate: day(0) } },
      ...requirements.map((requirement) => ({ type: 'ClearanceGranted', data: {
        artistId, lea: LEA, requirement, grantNumber: 1, effectiveDate: day(3), expiresOn: requirement === 'background-check' ? null : day(150 + a * 5),
        expirySource: 'given', evidenceReference: `${requirement}-${a}`, resultIds: [], engagement: 'contractor', policy: { version: 'default-1', validity: { kind: 'none' } },
      } })),
    ]);
  }
  for (let p = 0; p < 6; p++) {
    const base = { partnershipId: `p${p}`, lea: LEA };
    const schools = [schoolIds[p], schoolIds[6 + (p % 6)]];
    const shapes: Shape[] = [
      { type: 'PartnershipProposed', data: { ...base, partnerIds: [partnerIds[p], partnerIds[(p + 1) % 8]], scope: 'network', model: 'residency', artForms: [artForms[p % 5]], name: `Partnership ${p}`, effectiveDate: day(5), termEnd: day(330) } },
      ...schools.map((schoolId) => ({ type: 'SchoolEnrolled', data: { ...base, schoolId, effectiveDate: day(6) } })),
      { type: 'CommitmentRecorded', data: { ...base, effectiveDate: day(6), stipends: { amount: 5000, currency: 'USD' }, releaseTimeHours: 24, funds: null, additive: true, notes: null } },
      { type: 'PartnershipActivated', data: { ...base, effectiveDate: day(7) } },
    ];
    for (let a = 0; a < 4; a++) {
      const assignmentId = `p${p}-a${a}`;
      shapes.push({ type: 'ArtistAssigned', data: {
        ...base, assignmentId, artistId: `artist-${p * 4 + a}`, partnerId: partnerIds[p], schoolId: schools[a % 2], classroomTeacher: 'Ms. A', artForm: artForms[p % 5],
        grades: ['4'], startDate: day(30), endDate: day(300), plannedSessions: 36, effectiveDate: day(30),
        basis: { clearancePolicyVersion: 'default-1', artistRevision: '4', partnerRevision: '4', schoolRevision: '0' },
      } });
      for (let week = 0; week < 36; week++) {
        shapes.push({ type: 'SessionLogged', data: {
          ...base, assignmentId, sessionId: `${assignmentId}-s${week}`, schoolId: schools[a % 2], artForm: artForms[p % 5], date: day(31 + week * 7), effectiveDate: day(31 + week * 7),
          minutes: 45 + (week % 3) * 5, students: 20 + (week % 7), notes: null, clearancePolicyVersion: 'default-1',
        } });
      }
    }
    for (let month = 0; month < 9; month++) {
      shapes.push({ type: 'CheckInRecorded', data: { ...base, date: day(40 + month * 30), effectiveDate: day(40 + month * 30), studentGrowthNotes: 'progress', by: 'Arts Lead' } });
      shapes.push({ type: 'ProfessionalDevelopmentDelivered', data: { ...base, date: day(45 + month * 30), effectiveDate: day(45 + month * 30), hours: 2, attendees: 12, topic: 'integration' } });
    }
    for (const q of [0, 1, 2]) {
      shapes.push({ type: 'EvaluationRecorded', data: { ...base, date: day(100 + q * 90), effectiveDate: day(100 + q * 90), scores: { meaningful: 3 + (q % 3), collaborative: 4, additive: 5 }, notes: null } });
    }
    await append(store, `partnership-p${p}`, shapes);
  }
  for (const [k, artForm] of ['music', 'theatre'].entries()) {
    const pathwayId = `pathway-${k}`;
    const base = { pathwayId, lea: LEA };
    const course = (courseId: string, schoolId: string, schoolLevel: string, level: string) =>
      ({ type: 'PathwayCourseAdded', data: { ...base, courseId, schoolId, schoolLevel, level, title: `${level} ${artForm}`, schoolYear: '2026-27', effectiveDate: day(10), deliveredBy: 'school-teacher' } });
    await append(store, `pathway-${pathwayId}`, [
      { type: 'PathwayDefined', data: { ...base, name: `${artForm} pathway`, artForm, effectiveDate: day(9), feederPattern: { elementarySchoolIds: schoolIds.slice(3 * k, 3 * k + 3), middleSchoolIds: [schoolIds[6 + k]], highSchoolIds: [schoolIds[9 + k]] } } },
      course(`c${k}-1`, schoolIds[6 + k], 'middle', 'beginning'),
      course(`c${k}-2`, schoolIds[9 + k], 'high', 'intermediate'),
      ...(k === 0 ? [course(`c${k}-3`, schoolIds[9 + k], 'high', 'advanced')] : []),
    ]);
  }
}

/** Each report route as JSON, and every fourth request as CSV (the mix reporting jobs send). */
function reportRequests(): GetRequest[] {
  return Array.from({ length: ROUTES.length * 4 }, (_, k) => ({ path: ROUTES[k % ROUTES.length], accept: k % 4 === 3 ? 'text/csv' : 'application/json' }));
}

export async function run(report: (name: string, value: number) => void): Promise<void> {
  // Logging as a server runs by default (LOG_LEVEL=info, one JSON line per request), the lines discarded.
  const discarded = new Writable({ write: (_chunk, _encoding, done) => done() });
  const t: TestApp = await startTestApp({ clock: new SettableClock(new Date('2027-01-15T12:00:00Z')), logStream: discarded });
  let stopRunner: () => Promise<void> = async () => undefined;
  try {
    await fillDistrict(t.store);
    let runner: ProjectionRunner;
    try {
      runner = t.app.get(ProjectionRunner, { strict: false });
    } catch {
      // Until the projections module runs the runner inside the app, the bench runs one on the app's read-model database.
      runner = new ProjectionRunner(t.store, t.app.get(ReadModelDatabase).db).register(...Object.values(REPORT_PROJECTIONS));
      await runner.start();
      stopRunner = () => runner.stop();
    }
    const head = (await t.store.headPosition())!;
    const reached = await runner.waitForPosition(Object.values(REPORT_PROJECTIONS).map((p) => p.name), head, 60_000);
    if (!reached.reached) throw new Error(`report projections did not reach ${head}`);

    const port = (t.app.getHttpServer().address() as AddressInfo).port;
    const load = await runGetLoad({ port, token: t.tokens.reporting, requests: reportRequests(), stride: 1, clients: CLIENTS, requestsPerClient: REQUESTS_PER_CLIENT, warmUpPerClient: 5 });
    const seconds = load.seconds;
    const latencies = load.latencies.map(([, ms]) => ms).sort((a, b) => a - b);
    report('query_p99_ms', Number(percentile(latencies, 99).toFixed(1)));
    report('query_p50_ms', Number(percentile(latencies, 50).toFixed(1)));
    report('query_requests_per_s', Math.round(latencies.length / seconds));
  } finally {
    await stopRunner();
    await t.close();
  }
}

if (require.main === module) {
  void run((name, value) => console.log(`metric ${name} ${value}`));
}
