import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewEvent } from '../../src/event-store';
import { partnershipDecider } from '../../src/partnerships/domain/partnership-decider';
import { partnershipStream } from '../../src/partnerships/domain/streams';
import { partnershipStateCodec } from '../../src/snapshots/partnership-state-codec';
import { shapeFingerprint, stateShapeOf, StateShape } from '../../src/snapshots/state-shapes';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * A snapshot whose shape fingerprint is not the decider's current one (an older stateVersion here; a changed evolve,
 * state or upcaster gives the same kind of mismatch) is never used: a deliberately wrong state stored under an old
 * shape, anchored on the right event so nothing else would reject it, does not reach the answer, and the next load
 * writes a snapshot under the current shape in its place. The same wrong row under the CURRENT shape does reach the
 * answer — the control that proves snapshots are read at all, so the first half could fail.
 */

const ID = 'ph-stale';
const STREAM = partnershipStream(ID);
const SNAPSHOT_EVERY = '10';
const shape = stateShapeOf(partnershipDecider)!;
const olderShape: StateShape = { ...shape, stateVersion: shape.stateVersion - 1 };

let dataDir: string;
let t: TestApp | undefined;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'ledger-stale-'));
});

afterEach(async () => {
  await t?.close();
  t = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

const start = () => startTestApp({ dataDir, env: { SNAPSHOT_EVERY } });

function event(type: string, data: Record<string, unknown>): NewEvent {
  return { id: randomUUID(), type, schemaVersion: 1, data, metadata: { actor: 'test', correlationId: randomUUID(), commandId: randomUUID() } };
}

/** A partnership named "Real name" with 30 sessions. */
async function writePartnership(app: TestApp): Promise<void> {
  const events = [
    event('PartnershipProposed', { partnershipId: ID, partnerIds: ['pa'], lea: 'lausd', scope: 'school', model: 'co-teaching', artForms: ['dance'], name: 'Real name', effectiveDate: '2026-08-01', termEnd: null }),
    ...Array.from({ length: 30 }, (_, i) =>
      event('SessionLogged', { partnershipId: ID, assignmentId: 'as', sessionId: `se-${i}`, schoolId: 'sc', lea: 'lausd', artForm: 'dance', date: '2026-09-01', effectiveDate: '2026-09-01', minutes: 45, students: 20, notes: null, clearancePolicyVersion: 'v1' }),
    ),
  ];
  await app.store.append(STREAM, events, 'no_stream');
}

async function getPartnership(app: TestApp) {
  const response = await app.http.get(`/partnerships/${ID}`).set('Authorization', `Bearer ${app.tokens.reporting}`);
  expect(response.status).toBe(200);
  return response.body as { state: { name: string; sessions: { count: number } } };
}

/** Replaces every snapshot of the stream with one wrong state (name "Wrong", no sessions) at its last event, under `fingerprint`. */
function plantWrongSnapshot(fingerprint: string): void {
  const db = new Database(join(dataDir, 'read-models.sqlite'));
  const events = new Database(join(dataDir, 'events.sqlite'), { readonly: true });
  try {
    const last = events.prepare('SELECT revision, position FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1').get(STREAM) as { revision: number; position: number };
    const wrong = partnershipStateCodec.encode({ ...partnershipDecider.initialState, exists: true, partnershipId: ID, name: 'Wrong' });
    db.prepare('DELETE FROM stream_snapshots WHERE stream_id = ?').run(STREAM);
    db.prepare('INSERT INTO stream_snapshots (stream_id, revision, position, shape, state, max_recorded_at, taken_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(STREAM, last.revision, last.position, fingerprint, wrong, new Date().toISOString(), new Date().toISOString());
  } finally {
    events.close();
    db.close();
  }
}

function snapshotShapes(): string[] {
  const db = new Database(join(dataDir, 'read-models.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT shape FROM stream_snapshots WHERE stream_id = ?').all(STREAM) as { shape: string }[]).map((row) => row.shape);
  } finally {
    db.close();
  }
}

describe('a durable snapshot under another state shape', () => {
  it('is ignored on a cold start (the answer is the full fold) and replaced by one under the current shape', async () => {
    t = await start();
    await writePartnership(t);
    await t.close();
    t = undefined;

    const old = shapeFingerprint(olderShape);
    expect(old).not.toBe(shapeFingerprint(shape));
    plantWrongSnapshot(old);

    t = await start(); // empty fold cache: only the snapshot table could short-cut the fold
    const answer = await getPartnership(t);
    expect(answer.state.name).toBe('Real name');
    expect(answer.state.sessions.count).toBe(30);
    await new Promise((resolve) => setImmediate(resolve)); // the snapshot is written after the answer
    expect(snapshotShapes()).toEqual([shapeFingerprint(shape)]);

    // And that new snapshot is the right one: a second cold start answers the same from it.
    await t.close();
    t = await start();
    expect((await getPartnership(t)).state).toMatchObject({ name: 'Real name', sessions: { count: 30 } });
  });

  it('control: the same wrong row under the current shape IS read (so the test above can fail)', async () => {
    t = await start();
    await writePartnership(t);
    await t.close();
    t = undefined;

    plantWrongSnapshot(shapeFingerprint(shape));
    t = await start();
    expect((await getPartnership(t)).state).toMatchObject({ name: 'Wrong', sessions: { count: 0 } });
  });
});
