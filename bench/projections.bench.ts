/**
 * Projection rebuild over a demo-shaped log of 1,000,000 events in a real SQLite store file:
 * - `rebuild_ratio`: events/s of rebuilding ALL the projections the app registers (discovered by booting AppModule,
 *   exactly as the server and the CLI register them) through ProjectionRunner.rebuild — read, upcast, apply, checkpoint,
 *   swap — ÷ events/s of the raw baseline: the same rows read with better-sqlite3 (`.raw().iterate()` in position order)
 *   and `JSON.parse` of data and metadata, in the same run. Target ≥ 0.3. `rebuild_per_s` / `rebuild_raw_per_s` behind it.
 * - `rebuild_peak_rss_mb`: peak RSS of the child process that ran the rebuild (Nest boot included). Target < 300.
 * Each measurement runs in its own child process: raw, rebuild, raw, rebuild (each rebuild on an empty read-model
 * database), best of two on each side. The child doing the rebuild also times each projection's `apply` (stderr),
 * to show where the time goes.
 *
 * The log: 4 LEAs, 240 schools, 48 partners (insurance, certification, agreement, approval), 960 artists with the
 * four default clearances (some renewed), 24 pathways with courses, and 990 partnerships (proposal, enrolments,
 * commitment, activation, 4 assignments, then a school year and more of sessions with monthly check-ins, PD and
 * evaluations) — mostly SessionLogged, as the demo district is. Appended through the store port, one append per
 * stream (up to 1,100 events), synchronous=NORMAL (the fill is not a figure).
 */
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { EventStore, NewEvent, RecordedEvent } from '../src/event-store';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store';
import { Projection, ProjectionTarget } from '../src/projections/projection';

const TOTAL_EVENTS = 1_000_000;
const LEAS = ['eastside-usd', 'lausd', 'pusd', 'arts-network'];
const ART_FORMS = ['dance', 'music', 'theatre', 'visual-arts', 'media-arts'];
const SERVICES = ['private-lessons', 'mentorship', 'performance-expertise', 'instruments-and-resources', 'small-ensembles', 'teacher-professional-development'];
const REQUIREMENTS = ['background-check', 'tb-screening', 'sex-offender-registry-check', 'mandated-reporter-training'];
const SCHOOLS_PER_LEA = 60;
const PARTNERS_PER_LEA = 12;
const ARTISTS_PER_PARTNER = 20;
const PATHWAYS_PER_LEA = 6;

type Shape = { type: string; data: object; actor?: string };

function progress(message: string): void {
  process.stderr.write(`projections.bench: ${message}\n`);
}

function day(offset: number): string {
  return new Date(Date.UTC(2026, 7, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

async function append(store: EventStore, streamId: string, shapes: readonly Shape[]): Promise<number> {
  const correlationId = randomUUID();
  const events: NewEvent[] = shapes.map((s) => ({
    id: randomUUID(), type: s.type, schemaVersion: 1, data: s.data,
    metadata: { actor: s.actor ?? 'key:operations', correlationId, causationId: null, commandId: randomUUID() },
  }));
  await store.append(streamId, events, 'no_stream');
  return events.length;
}

const schoolId = (lea: number, s: number) => `${LEAS[lea]}-school-${s}`;
const levelOf = (s: number) => (s % 6 < 3 ? 'elementary' : s % 6 < 5 ? 'middle' : 'high');
const partnerId = (lea: number, p: number) => `${LEAS[lea]}-partner-${p}`;
const artistId = (lea: number, p: number, a: number) => `${LEAS[lea]}-artist-${p}-${a}`;

/** Fills the log; returns the number of events written. */
async function fillLog(path: string): Promise<number> {
  const store = SqliteEventStore.open({ path, synchronous: 'NORMAL' });
  let written = 0;
  try {
    for (const [l, lea] of LEAS.entries()) {
      for (let s = 0; s < SCHOOLS_PER_LEA; s++) {
        const level = levelOf(s);
        const grades = level === 'elementary' ? ['K', '1', '2', '3', '4', '5'] : level === 'middle' ? ['6', '7', '8'] : ['9', '10', '11', '12'];
        written += await append(store, `school-${schoolId(l, s)}`, [
          { type: 'SchoolRegistered', data: { schoolId: schoolId(l, s), lea, name: `School ${s} of ${lea}`, level, grades, enrolment: 300 + s * 7, effectiveDate: day(0) } },
        ]);
      }
      for (let p = 0; p < PARTNERS_PER_LEA; p++) {
        const base = { partnerId: partnerId(l, p), lea };
        written += await append(store, `partner-${partnerId(l, p)}`, [
          { type: 'PartnerProposed', data: { ...base, name: `Partner ${p} of ${lea}`, kind: 'arts-nonprofit', services: SERVICES.slice(p % 3, (p % 3) + 3), artForms: [ART_FORMS[p % 5]], effectiveDate: day(0) } },
          { type: 'InsuranceCertificateAccepted', data: { ...base, certificateNumber: 1, carrier: 'Acme', policyNumber: `GL-${l}-${p}`, leaNamedAdditionalInsured: true, effectiveDate: day(0), expiresOn: day(200 + p * 20) } },
          { type: 'ContractorCertificationAccepted', data: { ...base, signedOn: day(1), evidenceReference: `cert-${p}`, effectiveDate: day(1) } },
          { type: 'AgreementExecuted', data: { ...base, agreementId: `mou-${p}`, kind: 'mou', startsOn: day(0), endsOn: day(330), effectiveDate: day(1) } },
          { type: 'PartnerApproved', data: { ...base, effectiveDate: day(2) } },
        ]);
        for (let a = 0; a < ARTISTS_PER_PARTNER; a++) {
          const id = artistId(l, p, a);
          const grants: Shape[] = REQUIREMENTS.map((requirement) => ({
            actor: 'key:compliance', type: 'ClearanceGranted', data: {
              artistId: id, lea, requirement, grantNumber: 1, effectiveDate: day(3), expiresOn: requirement === 'background-check' ? null : day(150 + a * 5),
              expirySource: 'given', evidenceReference: `${requirement}-${a}`, resultIds: [], engagement: 'contractor', policy: { version: 'default-1', validity: { kind: 'none' } },
            },
          }));
          written += await append(store, `artist-${id}`, [
            { type: 'ArtistRegistered', data: { artistId: id, partnerId: partnerId(l, p), name: `Artist ${a} of ${partnerId(l, p)}`, engagement: 'contractor', artForms: [ART_FORMS[(p + a) % 5]], effectiveDate: day(0) } },
            ...grants,
          ]);
        }
      }
      for (let k = 0; k < PATHWAYS_PER_LEA; k++) {
        const pathwayId = `${lea}-pathway-${k}`;
        const base = { pathwayId, lea };
        const artForm = ART_FORMS[k % 5];
        const elementary = [0, 1, 2].map((i) => schoolId(l, (k * 6 + i) % SCHOOLS_PER_LEA));
        const middle = schoolId(l, (k * 6 + 3) % SCHOOLS_PER_LEA);
        const high = schoolId(l, (k * 6 + 5) % SCHOOLS_PER_LEA);
        const course = (courseId: string, school: string, schoolLevel: string, level: string) =>
          ({ type: 'PathwayCourseAdded', data: { ...base, courseId, schoolId: school, schoolLevel, level, title: `${level} ${artForm}`, schoolYear: '2026-27', effectiveDate: day(10), deliveredBy: 'school-teacher' } });
        written += await append(store, `pathway-${pathwayId}`, [
          { type: 'PathwayDefined', data: { ...base, name: `${artForm} pathway`, artForm, effectiveDate: day(9), feederPattern: { elementarySchoolIds: elementary, middleSchoolIds: [middle], highSchoolIds: [high] } } },
          course(`c${k}-1`, middle, 'middle', 'beginning'),
          course(`c${k}-2`, high, 'high', 'intermediate'),
          ...(k % 2 === 0 ? [course(`c${k}-3`, high, 'high', 'advanced')] : []),
        ]);
      }
    }
    progress(`filled ${written} events of schools, partners, artists and pathways`);
    const partnershipEvents = 1_000;
    for (let n = 0; written < TOTAL_EVENTS; n++) {
      written += await append(store, `partnership-bench-${n}`, partnershipLife(n, Math.min(partnershipEvents, TOTAL_EVENTS - written)));
      if (n % 200 === 0) progress(`filled ${written} events`);
    }
  } finally {
    await store.close();
  }
  return written;
}

/** A partnership's year(s): set-up, four assignments, then weekly sessions with monthly check-ins, PD and termly evaluations. */
function partnershipLife(n: number, count: number): Shape[] {
  const l = n % LEAS.length;
  const lea = LEAS[l];
  const base = { partnershipId: `bench-${n}`, lea };
  const p = n % PARTNERS_PER_LEA;
  const schools = [schoolId(l, n % SCHOOLS_PER_LEA), schoolId(l, (n + 7) % SCHOOLS_PER_LEA)];
  const artForm = ART_FORMS[p % 5];
  const shapes: Shape[] = [
    { type: 'PartnershipProposed', data: { ...base, partnerIds: [partnerId(l, p)], scope: 'network', model: 'residency', artForms: [artForm], name: `Partnership ${n}`, effectiveDate: day(5), termEnd: day(700) } },
    ...schools.map((school) => ({ type: 'SchoolEnrolled', data: { ...base, schoolId: school, effectiveDate: day(6) } })),
    { type: 'CommitmentRecorded', data: { ...base, effectiveDate: day(6), stipends: { amount: 5000, currency: 'USD' }, releaseTimeHours: 24, funds: null, additive: true, notes: null } },
    { type: 'PartnershipActivated', data: { ...base, effectiveDate: day(7) } },
  ];
  const assignments = [0, 1, 2, 3].map((a) => ({ assignmentId: `bench-${n}-a${a}`, artist: artistId(l, p, (n + a) % ARTISTS_PER_PARTNER), school: schools[a % 2] }));
  for (const { assignmentId, artist, school } of assignments) {
    shapes.push({ type: 'ArtistAssigned', data: {
      ...base, assignmentId, artistId: artist, partnerId: partnerId(l, p), schoolId: school, classroomTeacher: 'Ms. Alvarez', artForm,
      grades: ['4'], startDate: day(30), endDate: day(700), plannedSessions: 250, effectiveDate: day(30),
      basis: { clearancePolicyVersion: 'default-1', artistRevision: '4', partnerRevision: '4', schoolRevision: '0' },
    } });
  }
  for (let i = shapes.length; i < count; i++) {
    const date = day(31 + Math.floor(i / 4));
    const kind = i % 40;
    if (kind < 37) {
      const { assignmentId, school } = assignments[i % 4];
      shapes.push({ type: 'SessionLogged', data: {
        ...base, assignmentId, sessionId: `${assignmentId}-s${i}`, schoolId: school, artForm, date, effectiveDate: date,
        minutes: 45 + (i % 3) * 5, students: 20 + (i % 9), notes: i % 11 === 0 ? 'Worked on canon and unison phrases' : null, clearancePolicyVersion: 'default-1',
      } });
    } else if (kind === 37) {
      shapes.push({ type: 'CheckInRecorded', data: { ...base, date, effectiveDate: date, studentGrowthNotes: 'Students sequence eight-count phrases', by: 'Arts Lead' } });
    } else if (kind === 38) {
      shapes.push({ type: 'ProfessionalDevelopmentDelivered', data: { ...base, date, effectiveDate: date, hours: 2, attendees: 12, topic: 'Arts integration' } });
    } else {
      shapes.push({ type: 'EvaluationRecorded', data: { ...base, date, effectiveDate: date, scores: { meaningful: 3 + (i % 3), collaborative: 4, additive: 5 }, notes: null } });
    }
  }
  return shapes;
}

// ---------------------------------------------------------------- child processes

interface ChildResult {
  readonly events: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly profile?: Record<string, number>;
  readonly projections?: string[];
}

function runChild(mode: 'raw' | 'rebuild', dir: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    // execArgv as this process (so a TypeScript-registered run forks the same way); its own heap limit default.
    const child = fork(__filename, ['--child', mode, dir], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: ChildResult | undefined;
    child.on('message', (message) => (result = message as ChildResult));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`${mode} child exited with ${code}`))));
  });
}

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** The baseline: the same rows, in position order, as arrays, with JSON.parse of data and metadata. */
function rawRead(dir: string): ChildResult {
  const db = new Database(join(dir, 'events.sqlite'), { readonly: true });
  const started = process.hrtime.bigint();
  let events = 0;
  let checksum = 0;
  const select = db.prepare('SELECT position, stream_id, revision, event_id, type, schema_version, data, metadata, recorded_at FROM events ORDER BY position').raw();
  for (const row of select.iterate() as IterableIterator<unknown[]>) {
    const data = JSON.parse(row[6] as string) as object;
    const metadata = JSON.parse(row[7] as string) as object;
    if (data && metadata) checksum++;
    events++;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  db.close();
  if (checksum !== events) throw new Error('raw read lost rows');
  return { events, seconds, peakRssMb: peakRssMb() };
}

/** The projections the app registers, as it builds them (DI and all): booted on an empty scratch directory, then closed. */
async function appProjections(scratchDir: string): Promise<Projection[]> {
  process.env.DATA_DIR = scratchDir;
  process.env.LOG_LEVEL = 'silent';
  delete process.env.EVENT_STORE_URL;
  const { NestFactory } = await import('@nestjs/core');
  const { AppModule } = await import('../src/app.module');
  const { ProjectionRunner } = await import('../src/projections/projection-runner');
  const { projectionSettings } = await import('../src/projections/projection-startup');
  projectionSettings.runOnBootstrap = false;
  const app = await NestFactory.createApplicationContext(AppModule, { logger: false });
  try {
    return app.get(ProjectionRunner).registered();
  } finally {
    await app.close();
  }
}

/** Times a projection's apply calls (one hrtime pair per batch): where the rebuild's time goes. */
function timed(projection: Projection, spent: Map<string, bigint>): Projection {
  spent.set(projection.name, 0n);
  return {
    name: projection.name,
    version: projection.version,
    filter: projection.filter,
    tables: projection.tables,
    setup: (target: ProjectionTarget) => projection.setup(target),
    apply: (events: readonly RecordedEvent[], target: ProjectionTarget) => {
      const started = process.hrtime.bigint();
      try {
        projection.apply(events, target);
      } finally {
        spent.set(projection.name, spent.get(projection.name)! + process.hrtime.bigint() - started);
      }
    },
  };
}

async function rebuildAll(dir: string): Promise<ChildResult> {
  const projections = await appProjections(mkdtempSync(join(dir, 'app-')));
  if (projections.length === 0) throw new Error('the app registers no projections');
  const { ReadModelDatabase } = await import('../src/read-models/read-model-database');
  const { ProjectionRunner } = await import('../src/projections/projection-runner');
  const store = SqliteEventStore.open({ path: join(dir, 'events.sqlite') });
  const readModels = new ReadModelDatabase(join(dir, 'read-models.sqlite'));
  const spent = new Map<string, bigint>();
  const runner = new ProjectionRunner(store, readModels.db).register(...projections.map((p) => timed(p, spent)));
  let lastReport = Date.now();
  const started = process.hrtime.bigint();
  const result = await runner.rebuild(runner.registered(), {
    onProgress: (step) => {
      if (Date.now() - lastReport < 5_000) return;
      lastReport = Date.now();
      progress(`rebuild: ${step.eventsDone} events, ${Math.round(step.eventsPerSecond)} events/s`);
    },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.failed.length > 0) throw new Error(`rebuild stopped: ${result.failed.map((f) => `${f.projection} at ${f.event.type}: ${f.error}`).join('; ')}`);
  if (result.swapped.length !== projections.length) throw new Error(`only ${result.swapped.join(', ')} were swapped in`);
  const head = await store.headPosition();
  const events = Number(head ?? 0n);
  for (const projection of projections) {
    const live = runner.checkpoints.get(projection.name, 'live');
    if (live?.position !== head) throw new Error(`${projection.name} stands at ${live?.position}, not the head ${head}`);
  }
  await store.close();
  readModels.close();
  const profile = Object.fromEntries([...spent].map(([name, ns]) => [name, Math.round(Number(ns) / 1e6)]));
  return { events, seconds, peakRssMb: peakRssMb(), profile, projections: projections.map((p) => p.name) };
}

async function child(mode: string, dir: string): Promise<void> {
  const result = mode === 'raw' ? rawRead(dir) : await rebuildAll(dir);
  process.send!(result);
}

// ---------------------------------------------------------------- the bench

export async function run(report: (name: string, value: number) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'projections-bench-'));
  try {
    let started = Date.now();
    const events = await fillLog(join(dir, 'events.sqlite'));
    progress(`filled ${events} events in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // Alternating, twice each, best of two on both sides: the machine's noise must not favour either.
    const raws: ChildResult[] = [];
    const rebuilds: ChildResult[] = [];
    for (let round = 0; round < 2; round++) {
      raws.push(await runChild('raw', dir));
      // Each rebuild starts from an empty read-model database, as the first did.
      for (const file of ['read-models.sqlite', 'read-models.sqlite-wal', 'read-models.sqlite-shm']) rmSync(join(dir, file), { force: true });
      started = Date.now();
      const rebuild = await runChild('rebuild', dir);
      progress(`rebuilt ${rebuild.projections!.join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s (child process, Nest boot included)`);
      rebuilds.push(rebuild);
    }
    if ([...raws, ...rebuilds].some((r) => r.events !== events)) throw new Error(`read ${raws.map((r) => r.events)} / rebuilt ${rebuilds.map((r) => r.events)} events of ${events}`);

    const rawPerSecond = Math.max(...raws.map((raw) => raw.events / raw.seconds));
    const rebuild = rebuilds.reduce((best, r) => (r.seconds < best.seconds ? r : best));
    const rebuildPerSecond = rebuild.events / rebuild.seconds;
    progress(`rebuild runs: ${rebuilds.map((r) => Math.round(r.events / r.seconds)).join(', ')} events/s; raw runs: ${raws.map((r) => Math.round(r.events / r.seconds)).join(', ')} events/s`);
    const applyTotal = Object.values(rebuild.profile!).reduce((a, b) => a + b, 0);
    progress(
      `where the rebuild's ${rebuild.seconds.toFixed(1)} s go: apply ${(applyTotal / 1000).toFixed(1)} s in all (` +
        Object.entries(rebuild.profile!).sort(([, a], [, b]) => b - a).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ') +
        `), the rest reading, upcasting, checkpoints and commits`,
    );
    report('rebuild_per_s', Math.round(rebuildPerSecond));
    report('rebuild_raw_per_s', Math.round(rawPerSecond));
    report('rebuild_ratio', Number((rebuildPerSecond / rawPerSecond).toFixed(3)));
    report('rebuild_peak_rss_mb', Math.max(...rebuilds.map((r) => r.peakRssMb)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const [flag, mode, dir] = process.argv.slice(2);
  if (flag === '--child') {
    child(mode, dir).then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`projections.bench ${mode} child failed: ${(error as Error).stack ?? error}\n`);
        process.exit(1);
      },
    );
  } else {
    void run((name, value) => console.log(`metric ${name} ${value}`));
  }
}
