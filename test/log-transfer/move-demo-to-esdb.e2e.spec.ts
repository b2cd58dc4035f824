import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SILENT_PROGRESS } from '../../src/demo/demo-progress';
import { PARTNERSHIPS } from '../../src/demo/district-partnerships';
import { fillDemoDistrict } from '../../src/demo/fill-demo-district';
import { EventStore, RecordedEvent } from '../../src/event-store';
import { EsdbEventStore } from '../../src/event-store/esdb/esdb-event-store';
import { importLog } from '../../src/log-transfer/import-log';
import { ProjectionRunner } from '../../src/projections/projection-runner';
import { runLedger } from '../cli/support/run-ledger';
import { EsdbTestServer, startEsdbTestServer } from '../support/esdb-test-server';
import { startTestApp, TestApp } from '../support/test-app';
import { Answer, answersOf, demoGetRoutes, eventIdsByPosition } from './support/get-answers';
import { runLedgerWithEnv } from './support/run-ledger-with-env';

/*
 * The move up: the demo district written into the embedded store through the real app, `ledger export-log`, then
 * `ledger import-log` into EventStoreDB (the gRPC test server, through the real client), and the app started on
 * EventStoreDB answers every GET route as the embedded one did — positions compared as the events they name.
 * Then: a second import writes nothing; an import interrupted part-way resumes without writing anything twice.
 */

jest.setTimeout(300_000);

let root: string;
let source: TestApp;
let sourceEvents: RecordedEvent[];
let exportFile: string;
const servers: EsdbTestServer[] = [];

async function allEvents(store: EventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll()) events.push(event);
  return events;
}

async function caughtUp(t: TestApp): Promise<void> {
  const head = await t.store.headPosition();
  const reached = await t.app.get(ProjectionRunner).waitForPosition('all', head!, 120_000);
  expect(reached).toEqual({ reached: true, position: expect.any(BigInt) });
}

/** An event as both stores must hold it; the target's metadata carries the original time, checked separately. */
function portable(event: RecordedEvent) {
  const { originalRecordedAt: _, ...metadata } = event.metadata as unknown as Record<string, unknown>;
  return { id: event.id, streamId: event.streamId, revision: event.revision, type: event.type, schemaVersion: event.schemaVersion, data: event.data, metadata, recordedAt: event.recordedAt.toISOString() };
}

/** Answers with metadata.originalRecordedAt taken out (the one field an imported event adds; equal to its recordedAt, checked on the events). */
function withoutOriginalRecordedAt(answer: Answer): Answer {
  return JSON.parse(JSON.stringify(answer, (key, value) => (key === 'originalRecordedAt' ? undefined : value))) as Answer;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ledger-move-'));
  source = await startTestApp();
  await fillDemoDistrict(await source.app.getUrl(), source.tokens.admin, SILENT_PROGRESS);
  await caughtUp(source);
  sourceEvents = await allEvents(source.store);
  exportFile = join(root, 'district.ndjson');
  // The embedded store stays open in the running app: export-log reads it from another process.
  const exported = await runLedger(['export-log', '--out', exportFile], { dataDir: source.dataDir, timeoutMs: 120_000 });
  expect({ code: exported.code, stdout: exported.stdout }).toEqual({ code: 0, stdout: `exported ${sourceEvents.length} events up to position ${sourceEvents.at(-1)!.position} to ${exportFile}\n` });
}, 300_000);

afterAll(async () => {
  await source?.close();
  for (const server of servers) await server.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

async function esdbServer(): Promise<EsdbTestServer> {
  const server = await startEsdbTestServer();
  servers.push(server);
  return server;
}

const importInto = (server: EsdbTestServer) => runLedgerWithEnv(['import-log', exportFile], { DATA_DIR: join(root, 'cli-data'), EVENT_STORE_URL: server.connectionString });

it('moves the demo district to EventStoreDB: every event with its id, stream, revision, type, version, data, metadata and recorded time, and every GET route answers the same', async () => {
  const server = await esdbServer();
  const imported = await importInto(server);
  expect({ code: imported.code, stdout: imported.stdout }).toEqual({
    code: 0,
    stdout: `imported into EventStoreDB (EVENT_STORE_URL): ${sourceEvents.length} written, 0 already there, ${sourceEvents.length} in the file\n`,
  });

  const target = await startTestApp({ env: { EVENT_STORE_URL: server.connectionString } });
  try {
    await caughtUp(target);
    const targetEvents = await allEvents(target.store);
    expect(targetEvents.map(portable)).toEqual(sourceEvents.map(portable));
    for (const event of targetEvents) expect((event.metadata as { originalRecordedAt?: string }).originalRecordedAt).toBe(event.recordedAt.toISOString());

    const streamIds = [...new Set(sourceEvents.map((event) => event.streamId))];
    // Known-at cuts inside the demo's writing: at the exact recorded time of an event a third and two thirds in.
    const knownAts = [sourceEvents[Math.floor(sourceEvents.length / 3)], sourceEvents[Math.floor((2 * sourceEvents.length) / 3)]].map((e) => e.recordedAt.toISOString());
    const routes = demoGetRoutes(streamIds, knownAts);
    const before = await answersOf(source, routes, await eventIdsByPosition(source.store));
    const after = await answersOf(target, routes, await eventIdsByPosition(target.store));
    // The routes really answered (a 4xx on both sides would compare equal and prove nothing).
    const notOk = [...before].filter(([, answer]) => answer.status !== 200).map(([route, answer]) => `${answer.status} ${route}`);
    expect(notOk).toEqual([]);
    expect(routes.length).toBeGreaterThan(400);
    // The known-at cuts fall inside the demo's writing: each cuts some partnership's timeline short (so recorded times must have moved exactly).
    const cutShort = knownAts.map((knownAt) =>
      PARTNERSHIPS.some((p) => JSON.stringify(before.get(`/partnerships/${p.id}/timeline?limit=1000&knownAt=${knownAt}`)) !== JSON.stringify(before.get(`/partnerships/${p.id}/timeline?limit=1000`))),
    );
    expect(cutShort).toEqual([true, true]);
    const differing = routes.filter((route) => JSON.stringify(withoutOriginalRecordedAt(after.get(route)!)) !== JSON.stringify(before.get(route)));
    for (const route of differing.slice(0, 3)) expect({ route, answer: withoutOriginalRecordedAt(after.get(route)!) }).toEqual({ route, answer: before.get(route) });
    expect(differing).toEqual([]);
  } finally {
    await target.close();
  }

  // A second import writes nothing.
  const again = await importInto(server);
  expect({ code: again.code, stdout: again.stdout }).toEqual({
    code: 0,
    stdout: `imported into EventStoreDB (EVENT_STORE_URL): 0 written, ${sourceEvents.length} already there, ${sourceEvents.length} in the file\n`,
  });
  const store = EsdbEventStore.connect(server.connectionString);
  try {
    expect((await allEvents(store)).map((event) => event.id)).toEqual(sourceEvents.map((event) => event.id));
  } finally {
    await store.close();
  }
});

it('resumes an interrupted import: the second run writes only what the first did not, nothing twice', async () => {
  const server = await esdbServer();
  const store = EsdbEventStore.connect(server.connectionString);
  try {
    const stopAfter = Math.floor(sourceEvents.length / 2);
    await expect(
      importLog(store, exportFile, (progress) => {
        if (progress.done >= stopAfter) throw new Error('interrupted');
      }),
    ).rejects.toThrow('interrupted');
    const partial = await allEvents(store);
    expect(partial.length).toBeGreaterThanOrEqual(stopAfter);
    expect(partial.length).toBeLessThan(sourceEvents.length);
    // What the first run wrote is a prefix of the log, in order.
    expect(partial.map((event) => event.id)).toEqual(sourceEvents.slice(0, partial.length).map((event) => event.id));

    const resumed = await importInto(server);
    expect({ code: resumed.code, stdout: resumed.stdout }).toEqual({
      code: 0,
      stdout: `imported into EventStoreDB (EVENT_STORE_URL): ${sourceEvents.length - partial.length} written, ${partial.length} already there, ${sourceEvents.length} in the file\n`,
    });
    expect((await allEvents(store)).map(portable)).toEqual(sourceEvents.map(portable));
  } finally {
    await store.close();
  }
});
