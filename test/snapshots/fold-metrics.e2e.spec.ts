import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewEvent } from '../../src/event-store';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * /metrics shows what the fold cache and snapshots do: hits and misses (by where the fold started), events folded
 * per load, how far loads are past the newest snapshot, snapshots written. A cold start from a snapshot shows as a
 * miss that started from it and folded only the tail.
 */

const ID = 'ph-metrics';
let dataDir: string;
let t: TestApp | undefined;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'ledger-fold-metrics-'));
});

afterAll(async () => {
  await t?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const start = (env: Record<string, string> = {}) => startTestApp({ dataDir, env: { SNAPSHOT_EVERY: '10', ...env } });

function session(i: number): NewEvent {
  return {
    id: randomUUID(), type: 'SessionLogged', schemaVersion: 1, metadata: { actor: 'test', correlationId: randomUUID(), commandId: randomUUID() },
    data: { partnershipId: ID, assignmentId: 'as', sessionId: `se-${i}`, schoolId: 'sc', lea: 'lausd', artForm: 'dance', date: '2026-09-01', effectiveDate: '2026-09-01', minutes: 45, students: 20, notes: null, clearancePolicyVersion: 'v1' },
  };
}

async function metrics(app: TestApp): Promise<string> {
  const response = await app.http.get('/metrics').set('Authorization', `Bearer ${app.tokens.reporting}`);
  expect(response.status).toBe(200);
  return response.text;
}

const value = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

const getPartnership = async (app: TestApp) => {
  const response = await app.http.get(`/partnerships/${ID}`).set('Authorization', `Bearer ${app.tokens.reporting}`);
  expect(response.status).toBe(200);
};

it('counts cache hits and misses, events folded per load, snapshot lag and snapshots written', async () => {
  t = await start();
  await t.store.append(`partnership-${ID}`, [
    { id: randomUUID(), type: 'PartnershipProposed', schemaVersion: 1, metadata: { actor: 'test', correlationId: randomUUID() },
      data: { partnershipId: ID, partnerIds: ['pa'], lea: 'lausd', scope: 'school', model: 'co-teaching', artForms: ['dance'], name: 'm', effectiveDate: '2026-08-01', termEnd: null } },
    ...Array.from({ length: 24 }, (_, i) => session(i)),
  ], 'no_stream');

  await getPartnership(t); // miss: folds all 25 events from event 0, takes a snapshot at revision 24
  await t.store.append(`partnership-${ID}`, [session(24), session(25)], 'any');
  await getPartnership(t); // hit: folds the 2-event tail
  await new Promise((resolve) => setImmediate(resolve));

  const warm = await metrics(t);
  expect(value(warm, 'ledger_fold_cache_misses_total{start="start"}')).toBeGreaterThanOrEqual(1);
  expect(value(warm, 'ledger_fold_cache_hits_total')).toBeGreaterThanOrEqual(1);
  expect(value(warm, 'ledger_events_folded_per_load_bucket{le="2"}')).toBeGreaterThanOrEqual(1); // the tail after the cache
  expect(value(warm, 'ledger_events_folded_per_load_bucket{le="10"}')! < value(warm, 'ledger_events_folded_per_load_bucket{le="50"}')!).toBe(true); // the 25-event fold
  expect(value(warm, 'ledger_snapshot_events_behind_bucket{le="10"}')).toBeGreaterThanOrEqual(2);
  expect(value(warm, 'ledger_snapshots_written_total')).toBeGreaterThanOrEqual(1);
  expect(value(warm, 'ledger_snapshot_write_failures_total')).toBe(0);
  expect(value(warm, 'ledger_fold_cache_streams')).toBeGreaterThanOrEqual(1);

  await t.close();
  t = await start();
  await getPartnership(t); // cold: from the snapshot at 24, folding events 25 and 26... only the tail
  const cold = await metrics(t);
  expect(value(cold, 'ledger_fold_cache_misses_total{start="snapshot"}')).toBe(1);
  expect(value(cold, 'ledger_fold_cache_misses_total{start="start"}')).toBe(0);
  expect(value(cold, 'ledger_events_folded_per_load_sum')).toBe(2);

  // FOLD_CACHE_PREWARM: the next start loads the partnership from its snapshot in the background; the first read is a hit.
  await t.close();
  t = await start({ FOLD_CACHE_PREWARM: '10' });
  const deadline = Date.now() + 10_000;
  while (value(await metrics(t), 'ledger_fold_cache_prewarmed_total') !== 1) {
    if (Date.now() > deadline) throw new Error('the partnership was not prewarmed');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await getPartnership(t);
  const prewarmed = await metrics(t);
  expect(value(prewarmed, 'ledger_fold_cache_hits_total')).toBe(1);
  expect(value(prewarmed, 'ledger_fold_cache_misses_total{start="snapshot"}')).toBe(1); // the prewarm's own load
});
