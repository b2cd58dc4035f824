/**
 * `directory_search_p99_ms`: p99 latency of `GET /artists?q=…` over HTTP (loopback, the real Nest app on a temp data
 * dir, logging at `info` as a server does by default, the lines discarded) on a directory of 100,000 artists of 500
 * partners, each registered with one to four clearances (half of them all four: `mayWork` and `nextExpiry` have
 * something to judge). Names: 46 first names (accented ones among them) and last names of 2-3 syllables out of 48.
 *
 * The read model is filled through the projection's own `apply` with events in the shapes the deciders write, in
 * batches of 500 (synchronous=NORMAL to save time; the fill is not a figure), then the app is started on it.
 * The search terms are 2 to 6 characters, accented or not, some held by thousands of rows, some by a handful, some by
 * none, a fifth of them with a filter (`lea`, `mayWork`). The client is in a second process, keep-alive, sending its
 * requests one after the other (the figure: a request's own latency), then 4 such clients at once (`…_4_clients_…`).
 *
 * Baselines of the same run: `GET /health` with the same clients (`directory_health_p99_ms`; the ratio is
 * `directory_search_vs_health_p99_ratio`), and the same searches answered in-process by `DirectoryReader` without
 * HTTP (`directory_search_in_process_p99_ms`).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { SettableClock } from '../src/clock/clock';
import { DirectoryProjection } from '../src/directory/directory.projection';
import { DirectoryReader } from '../src/directory/directory-reader';
import { ArtistListQuery } from '../src/directory/http/directory-query.dto';
import { RecordedEvent } from '../src/event-store';
import { ProjectionCheckpoints } from '../src/projections/projection-checkpoints';
import { ProjectionGeneration } from '../src/projections/projection-generation';
import { ReadModelDatabase } from '../src/read-models/read-model-database';
import { startTestApp, TestApp } from '../test/support/test-app';
import { percentile, runGetLoad } from './get-load';

const ARTISTS = 100_000;
const PARTNERS = 500;
const LEAS = ['lausd', 'pusd', 'sfusd', 'oakland'];
const REQUIREMENTS = ['background-check', 'tb-screening', 'sex-offender-registry-check', 'mandated-reporter-training'];
const FIRST = [
  'Nora', 'José', 'Zoë', 'Amélie', 'Liam', 'Chloé', 'Mateo', 'Søren', 'Aiyana', 'Björn', 'Lucía', 'Renée', 'Hiroshi', 'Ngozi', 'Fatima', 'Emma',
  'Noah', 'Olivia', 'Élodie', 'Ömer', 'Ana', 'Ben', 'Cara', 'Dmitri', 'Eun-ji', 'Farah', 'Gus', 'Hana', 'Ivan', 'Jun', 'Kwame', 'Leïla', 'Marta',
  'Nikolaj', 'Oona', 'Paulo', 'Quinn', 'Raúl', 'Saoirse', 'Tomás', 'Ulla', 'Véronique', 'Wen', 'Ximena', 'Yusuf', 'Zanele',
];
const SYLLABLES = ['ca', 'lla', 'han', 'mu', 'ñoz', 'o', 'ka', 'for', 'gar', 'cí', 'a', 'ngu', 'yen', 'du', 'bois', 'mül', 'ler', 'ko', 'wal', 'ski', 'bron', 'të',
  'ra', 'mí', 'rez', 'ta', 'na', 'schrö', 'der', 'ros', 'si', 'had', 'pe', 'trov', 'sil', 'va', 'co', 'hen', 'ade', 'ye', 'mi', 'le', 'fè', 'vre', 'no', 'vák', 'çe', 'lik'];
const SEARCHES = [
  'an', 'ma', 'ca', 'zq', 'xy', 'ré', 'lé', 'jo', 'ann', 'mar', 'kow', 'çel', 'mül', 'zzz', 'qxj', 'nora', 'chloé', 'garcí', 'callah', 'renée',
  'søren', 'hiro', 'ngoz', 'Ömer', 'ELODIE', 'dubois', 'vákle', 'ist-12', 'ist-9f', 'q7z', 'bjorn', 'tomas', 'lla', 'ski', 'yeyé', 'wenko',
];

type Shape = { type: string; data: object };

/** A well-mixed hash of (i, k): the parts of a name, and an artist's clearances, independent of each other. */
function pick(i: number, k: number, n: number): number {
  let h = Math.imul(i ^ Math.imul(k, 0x9e3779b1), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) % n;
}

function artistName(i: number): string {
  const syllable = (k: number) => SYLLABLES[pick(i, k, SYLLABLES.length)];
  const last = syllable(1) + syllable(2) + (pick(i, 3, 3) === 0 ? syllable(4) : '');
  return `${FIRST[pick(i, 0, FIRST.length)]} ${last.charAt(0).toUpperCase()}${last.slice(1)}`;
}

/** Events in the shapes the deciders write, in order, as the runner hands them to `apply`. */
function* districtEvents(): Generator<RecordedEvent> {
  let position = 0n;
  const recordedAt = new Date('2026-11-01T00:00:00Z');
  const event = (streamId: string, type: string, data: object): RecordedEvent => {
    position++;
    return { id: randomUUID(), type, schemaVersion: 1, data, metadata: { actor: 'key:operations', correlationId: 'bench' }, streamId, revision: 0n, position, recordedAt };
  };
  const partners = Array.from({ length: PARTNERS }, (_, p) => `partner-${p}`);
  for (const [p, partnerId] of partners.entries()) {
    const lea = LEAS[p % LEAS.length];
    const stream = `partner-${partnerId}`;
    yield event(stream, 'PartnerProposed', { partnerId, lea, name: `${FIRST[p % FIRST.length]} Arts ${p}`, kind: 'arts-nonprofit', services: ['mentorship'], artForms: ['dance'], effectiveDate: '2026-01-01' });
    yield event(stream, 'InsuranceCertificateAccepted', { partnerId, lea, certificateNumber: 1, carrier: 'Acme', policyNumber: `GL-${p}`, leaNamedAdditionalInsured: true, effectiveDate: '2026-01-01', expiresOn: '2027-07-01' });
    yield event(stream, 'PartnerApproved', { partnerId, lea, effectiveDate: '2026-01-05' });
  }
  for (let i = 0; i < ARTISTS; i++) {
    const artistId = `artist-${i.toString(36)}`;
    const stream = `artist-${artistId}`;
    const lea = LEAS[pick(i, 5, LEAS.length)];
    yield event(stream, 'ArtistRegistered', { artistId, partnerId: partners[pick(i, 9, PARTNERS)], name: artistName(i), engagement: 'contractor', artForms: ['dance'], effectiveDate: '2026-01-01' });
    // Half of the artists hold all four clearances (and may work), the others one to three.
    const held = pick(i, 6, 2) === 0 ? 4 : 1 + pick(i, 7, 3);
    for (const requirement of REQUIREMENTS.slice(0, held)) {
      yield event(stream, 'ClearanceGranted', {
        artistId, lea, requirement, grantNumber: 1, effectiveDate: '2026-08-01', expiresOn: requirement === 'background-check' ? null : `2027-0${1 + pick(i, 8, 9)}-15`,
        expirySource: 'given', evidenceReference: `${requirement}-${i}`, resultIds: [], engagement: 'contractor', policy: { version: 'default-1', validity: { kind: 'none' } },
      });
    }
  }
}

/**
 * The directory's live tables in DATA_DIR/read-models.sqlite, filled through the projection's own `apply` in batches of
 * 500 events (as the runner applies them), under a live checkpoint of the current version: the app then serves them
 * as they are. The checkpoint keeps no position (the event store of the run is empty, so there is nothing to catch up).
 */
function fillReadModel(dataDir: string): number {
  const database = new ReadModelDatabase(join(dataDir, 'read-models.sqlite'));
  try {
    database.db.pragma('synchronous = NORMAL');
    const projection = new DirectoryProjection();
    const checkpoints = new ProjectionCheckpoints(database.db);
    const target = new ProjectionGeneration(database.db, projection, 1);
    database.db.transaction(() => {
      target.create();
      checkpoints.create({ name: projection.name, slot: 'live', version: projection.version, generation: 1, status: 'running' });
    })();
    let batch: RecordedEvent[] = [];
    let events = 0;
    const apply = database.db.transaction((events: RecordedEvent[]) => projection.apply(events, target));
    for (const event of districtEvents()) {
      batch.push(event);
      events++;
      if (batch.length === 500) {
        apply(batch);
        batch = [];
      }
    }
    apply(batch);
    return events;
  } finally {
    database.close();
  }
}

/** The paths searched: each term alone, and every fifth one with a filter. */
function searchPaths(): string[] {
  return SEARCHES.flatMap((q, i) => {
    const base = `/artists?q=${encodeURIComponent(q)}`;
    return i % 5 === 0 ? [base, `${base}&lea=${LEAS[i % LEAS.length]}`, `${base}&mayWork=true`] : [base];
  });
}

function runClients(port: number, token: string, paths: string[], clients: number, requestsPerClient: number): Promise<{ latencies: [string, number][]; seconds: number }> {
  const requests = paths.map((path) => ({ path, accept: 'application/json' }));
  return runGetLoad({ port, token, requests, stride: 7, clients, requestsPerClient, warmUpPerClient: 20 });
}

const round = (ms: number) => Number(ms.toFixed(2));

export async function run(report: (name: string, value: number) => void): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-directory-bench-'));
  let t: TestApp | undefined;
  try {
    const started = Date.now();
    const events = fillReadModel(dataDir);
    process.stderr.write(`  directory of ${ARTISTS} artists: ${events} events applied in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    const discarded = new Writable({ write: (_chunk, _encoding, done) => done() });
    t = await startTestApp({ dataDir, clock: new SettableClock(new Date('2026-11-15T12:00:00Z')), logStream: discarded });

    const port = (t.app.getHttpServer().address() as AddressInfo).port;
    const token = t.tokens.reporting;
    const paths = searchPaths();
    // What the terms find: a few rows, many, or none.
    const reader = t.app.get(DirectoryReader, { strict: false });
    for (const q of SEARCHES.slice(0, 12)) {
      const page = reader.artists(Object.assign(new ArtistListQuery(), { q, limit: '200' }));
      process.stderr.write(`  q=${q}: ${page.items.length}${page.nextCursor ? '+' : ''} rows on the first page of 200\n`);
    }

    const timed: [string, number][] = [];
    for (let round = 0; round < 5; round++) {
      for (const path of paths) {
        const query = Object.fromEntries(new URLSearchParams(path.split('?')[1]));
        const begun = process.hrtime.bigint();
        reader.artists(Object.assign(new ArtistListQuery(), query));
        if (round > 0) timed.push([path, Number(process.hrtime.bigint() - begun) / 1e6]);
      }
    }
    const inProcess = timed.map(([, ms]) => ms).sort((a, b) => a - b);
    const slowestInProcess = [...timed].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([path, ms]) => `${decodeURIComponent(path)} ${ms.toFixed(1)} ms`);
    process.stderr.write(`  in process: slowest searches: ${slowestInProcess.join(', ')}\n`);

    const figures = async (label: string, clients: number, requestsPerClient: number) => {
      const search = await runClients(port, token, paths, clients, requestsPerClient);
      const health = await runClients(port, token, ['/health'], clients, requestsPerClient);
      const searchMs = search.latencies.map(([, ms]) => ms).sort((a, b) => a - b);
      const healthMs = health.latencies.map(([, ms]) => ms).sort((a, b) => a - b);
      const slowest = [...search.latencies].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([path, ms]) => `${decodeURIComponent(path)} ${ms.toFixed(1)} ms`);
      process.stderr.write(`  ${label}: slowest searches: ${slowest.join(', ')}\n`);
      return { search: searchMs, health: healthMs, perSecond: Math.round(search.latencies.length / search.seconds) };
    };
    const one = await figures('1 client', 1, 2_000);
    const four = await figures('4 clients', 4, 500);

    // The figure: a request's own latency (one client, requests one after the other); then 4 clients at once.
    report('directory_search_p99_ms', round(percentile(one.search, 99)));
    report('directory_search_p50_ms', round(percentile(one.search, 50)));
    report('directory_health_p99_ms', round(percentile(one.health, 99)));
    report('directory_search_vs_health_p99_ratio', round(percentile(one.search, 99) / percentile(one.health, 99)));
    report('directory_search_4_clients_p99_ms', round(percentile(four.search, 99)));
    report('directory_search_4_clients_p50_ms', round(percentile(four.search, 50)));
    report('directory_search_4_clients_requests_per_s', four.perSecond);
    report('directory_health_4_clients_p99_ms', round(percentile(four.health, 99)));
    report('directory_search_in_process_p99_ms', round(percentile(inProcess, 99)));
    report('directory_search_in_process_p50_ms', round(percentile(inProcess, 50)));
  } finally {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void run((name, value) => console.log(`metric ${name} ${value}`));
}
