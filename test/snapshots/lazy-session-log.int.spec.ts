import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { Decider, DomainEvent, executeCommand, isRefusal } from '../../src/command-handling';
import { AppConfig } from '../../src/config/app-config';
import { upcast } from '../../src/event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { partnershipLife } from '../../bench/partnership-life';
import { MetricsRegistry } from '../../src/observability/metrics-registry';
import { partnershipDecider } from '../../src/partnerships/domain/partnership-decider';
import { PartnershipCommand } from '../../src/partnerships/domain/partnership-commands';
import { PartnershipEvent } from '../../src/partnerships/domain/partnership-events';
import { PartnershipState } from '../../src/partnerships/domain/partnership-state';
import { artist, POLICY } from '../../src/partnerships/domain/partnership-world.fixture';
import { SessionLog } from '../../src/partnerships/domain/session-log';
import { partnershipStream } from '../../src/partnerships/domain/streams';
import { ReadModelDatabase } from '../../src/read-models/read-model-database';
import { CachedAggregateLoader } from '../../src/snapshots/cached-aggregate-loader';
import { IdFilter } from '../../src/snapshots/id-filter';
import { SnapshotStore } from '../../src/snapshots/snapshot-store';

/*
 * A partnership loaded cold (a new loader: empty cache, the snapshot on disk) holds its sessions still encoded: the
 * state route's JSON, a new session id and adding a session decode none of them — nor read them: the snapshot's rest
 * (its older sessions, stored apart) is not needed for them; a duplicate id deep in the encoded part is still
 * refused, and an old session can still be corrected — with the same answers as a full fold. A rest whose row was
 * deleted before it was read makes the state fail loudly where it would need it, and the loader drops that state.
 */

type AnyDecider = Decider<unknown, DomainEvent, unknown>;
const decider = partnershipDecider as unknown as AnyDecider;
const ID = 'p-lazy';
const STREAM = partnershipStream(ID);

let dir: string;
let store: SqliteEventStore;
let database: ReadModelDatabase;
let snapshots: SnapshotStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-lazy-sessions-'));
  store = SqliteEventStore.open({ path: join(dir, 'events.sqlite'), synchronous: 'NORMAL' });
  database = new ReadModelDatabase(join(dir, 'read-models.sqlite'));
  snapshots = new SnapshotStore(database);
  const events = partnershipLife(ID, 1_210).map((e) => ({
    id: randomUUID(), type: e.type, schemaVersion: 1, data: e.data, metadata: { actor: 'test', correlationId: randomUUID(), commandId: randomUUID() },
  }));
  // Not only ASCII (the snapshot store reads ASCII text apart): the newest session's notes, shown in every answer.
  const newest = events.filter((e) => e.type === 'SessionLogged').pop()!;
  newest.data = { ...newest.data, notes: 'Café: canon ✓ — 良い' };
  await store.append(STREAM, events, 'any');
  // A warm load takes the snapshot (at the head: 1,210 events, ~780 sessions); then a short tail after it.
  await loader().load(store, STREAM, decider);
  await new Promise((resolve) => setImmediate(resolve));
});

afterAll(async () => {
  await store?.close();
  database?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function loader(): CachedAggregateLoader {
  return new CachedAggregateLoader(store, snapshots, { foldCacheStreams: 10, snapshotEvery: 500 } as AppConfig, new Registry() as MetricsRegistry);
}

async function fullFold(): Promise<PartnershipState> {
  let state = decider.initialState;
  for await (const recorded of store.readStream(STREAM)) {
    const event = upcast(recorded);
    state = decider.evolve(state, { type: event.type, data: event.data as object });
  }
  return state as PartnershipState;
}

/**
 * Runs `test` with the snapshot store's warnings (a rest that could not be read: expected here) kept out of the output,
 * then lets a snapshot write it scheduled run.
 */
async function withSnapshotWarningsMuted(test: () => Promise<void>): Promise<void> {
  const warnings = jest.spyOn((snapshots as unknown as { logger: { warn: (m: string) => void } }).logger, 'warn').mockImplementation(() => undefined);
  try {
    await test();
  } finally {
    warnings.mockRestore();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Corrects an old session through the command path (it needs the sessions a snapshot keeps in its rest). */
const correct = (sessionId: string, minutes: number, students: number) =>
  executeCommand({
    store,
    decider: partnershipDecider,
    id: ID,
    streamId: STREAM,
    context: { commandId: randomUUID(), actor: 'key:operations', correlationId: randomUUID() },
    command: { type: 'CorrectSessionLog', sessionId, minutes, students, reason: 'miscounted' } as PartnershipCommand,
  });

const sessionsOf = (state: PartnershipState) => [...state.sessions.newestFirst()];

/** Calls of JSON.parse on more than a few kB of text (decoding the sessions' columns or ids) during `run`. */
function bigParses(run: () => void): number {
  const parse = JSON.parse;
  let count = 0;
  const spy = jest.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
    if (text.length > 8_000) count++;
    return parse(text, reviver);
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return count;
}

describe('a partnership loaded cold from its snapshot', () => {
  it('answers without decoding its sessions: JSON, a new session id, adding one', async () => {
    expect((await snapshots.latest(STREAM, decider))?.revision).toBe(1_209n);
    const cold = (await loader().load(store, STREAM, decider)).state as PartnershipState;
    const full = await fullFold();
    const deepId = 's100';
    expect(full.sessions.find(deepId)).toBeDefined();
    expect(JSON.stringify(cold)).toContain('Café: canon ✓ — 良い');
    const logNew = { type: 'LogSession', assignmentId: 'a1', sessionId: 's-new', date: '2027-01-12', minutes: 50, students: 28, facts: { artist: artist(), policy: POLICY } };
    expect(
      bigParses(() => {
        expect(JSON.stringify(cold)).toBe(JSON.stringify(full));
        expect(cold.sessions.size).toBe(full.sessions.size);
        const decision = decider.decide(logNew, cold);
        expect(isRefusal(decision) && decision.rule === 'session.unique').toBe(false);
        expect(decision).toEqual(decider.decide(logNew, full));
        const grown = decider.evolve(cold, { type: 'SessionLogged', data: { partnershipId: ID, assignmentId: 'a1', sessionId: 's-new', date: '2027-01-12', minutes: 50, students: 28, notes: null } });
        expect(JSON.stringify(grown)).toBe(JSON.stringify(decider.evolve(full, { type: 'SessionLogged', data: { partnershipId: ID, assignmentId: 'a1', sessionId: 's-new', date: '2027-01-12', minutes: 50, students: 28, notes: null } })));
      }),
    ).toBe(0);
    expect(cold.sessions).toBeInstanceOf(SessionLog);
    // Not vacuous: walking every session does decode them (once).
    expect(bigParses(() => expect(sessionsOf(cold)).toEqual(sessionsOf(full)))).toBeGreaterThan(0);
    expect(bigParses(() => sessionsOf(cold))).toBe(0);
  });

  it('refuses a duplicate session id deep in the encoded part, and corrects an old session as a full fold does', async () => {
    const cold = (await loader().load(store, STREAM, decider)).state as PartnershipState;
    const full = await fullFold();
    const duplicate = { type: 'LogSession', assignmentId: 'a1', sessionId: 's101', date: '2027-01-12', minutes: 50, students: 28, facts: { artist: artist(), policy: POLICY } };
    const refused = decider.decide(duplicate, cold);
    expect(isRefusal(refused) && refused.rule).toBe('session.unique');
    const correction = { type: 'CorrectSessionLog', sessionId: 's101', minutes: 33, students: 11, reason: 'recount' };
    const decided = decider.decide(correction, cold) as PartnershipEvent[];
    expect(decided).toEqual(decider.decide(correction, full));
    const before = JSON.stringify(sessionsOf(cold));
    const corrected = decided.reduce((s, e) => decider.evolve(s, e), cold as unknown) as PartnershipState;
    const reference = decided.reduce((s, e) => decider.evolve(s, e), full as unknown) as PartnershipState;
    expect(corrected.sessions.find('s101')).toMatchObject({ minutes: 33, students: 11, corrected: true });
    expect(sessionsOf(corrected)).toEqual(sessionsOf(reference));
    expect(JSON.stringify(corrected)).toBe(JSON.stringify(reference));
    // The state it was corrected from is unchanged (shared with the cache and timeline steps).
    expect(cold.sessions.find('s101')).toMatchObject({ minutes: 50, students: 28 });
    expect(JSON.stringify(sessionsOf(cold))).toBe(before);
    expect(sessionsOf(cold)).toEqual(sessionsOf(full));
  });

  it('decides a new session from the snapshot head alone: with its rest emptied a new id is accepted as before, a duplicate fails loudly', async () => {
    const db = database.db;
    const saved = db.prepare('SELECT rowid AS id, rest FROM stream_snapshots WHERE stream_id = ?').all(STREAM) as { id: number; rest: string }[];
    expect(saved.length).toBeGreaterThan(0);
    db.prepare('UPDATE stream_snapshots SET rest = NULL WHERE stream_id = ?').run(STREAM);
    try {
      const cold = (await loader().load(store, STREAM, decider)).state as PartnershipState;
      const full = await fullFold();
      const logNew = { type: 'LogSession', assignmentId: 'a1', sessionId: 's-new', date: '2027-01-12', minutes: 50, students: 28, facts: { artist: artist(), policy: POLICY } };
      const decision = decider.decide(logNew, cold);
      expect(isRefusal(decision)).toBe(false);
      expect(decision).toEqual(decider.decide(logNew, full));
      expect(JSON.stringify(cold)).toBe(JSON.stringify(full));
      const duplicate = { ...logNew, sessionId: 's101' };
      expect(() => decider.decide(duplicate, cold)).toThrow(/older sessions are missing/);
    } finally {
      const restore = db.prepare('UPDATE stream_snapshots SET rest = ? WHERE rowid = ?');
      for (const row of saved) restore.run(row.rest, row.id);
    }
  });

  it('a snapshot deleted before its rest was read: the state throws where it needs it, the loader drops it and folds again', async () => {
    const registry = new Registry();
    const warnings = jest.spyOn((snapshots as unknown as { logger: { warn: (m: string) => void } }).logger, 'warn').mockImplementation(() => undefined);
    try {
      const own = new CachedAggregateLoader(store, snapshots, { foldCacheStreams: 10, snapshotEvery: 500 } as AppConfig, registry as MetricsRegistry);
      const cold = (await own.load(store, STREAM, decider)).state as PartnershipState;
      database.db.prepare('DELETE FROM stream_snapshots WHERE stream_id = ?').run(STREAM);
      // The background read of the rest (50 ms after the load) finds the row gone.
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(warnings).toHaveBeenCalledWith(expect.stringContaining(`${STREAM} could not be read`));
      expect(() => cold.sessions.find('s101')).toThrow(/deleted before its older part was read/);
      // A new id is still answered exactly from the filter.
      expect(cold.sessions.find('s-new')).toBeUndefined();
      const again = (await own.load(store, STREAM, decider)).state as PartnershipState;
      const misses = await registry.getSingleMetric('ledger_fold_cache_misses_total')!.get();
      expect(misses.values.find((v) => v.labels.start === 'start')?.value).toBe(1);
      expect(sessionsOf(again)).toEqual(sessionsOf(await fullFold()));
      expect(again.sessions.find('s101')).toBeDefined();
    } finally {
      warnings.mockRestore();
      // The fold from event 0 wrote a snapshot again.
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect((await snapshots.latest(STREAM, decider))?.revision).toBe(1_209n);
  });
});

describe('a command on a state whose snapshot row went before its rest was read', () => {
  it('is decided again on a fresh load, never answered from that state (no 500)', () =>
    withSnapshotWarningsMuted(async () => {
      // Loaded cold from the snapshot (the rest not read yet), then the row is pruned away at once.
      await loader().load(store, STREAM, decider);
      database.db.prepare('DELETE FROM stream_snapshots WHERE stream_id = ?').run(STREAM);
      // Correcting an old session needs the rest: the state cannot read it, so the command loads the stream again.
      const result = await correct('s101', 40, 12);
      expect(result.eventsWritten).toBe(1);
      expect((await fullFold()).sessions.find('s101')).toMatchObject({ minutes: 40, students: 12 });
    }));
});

describe('a command on a state whose snapshot rest is damaged (NULL in the row)', () => {
  it("is decided again on the stream's events: the loader drops the state and that snapshot, no 500", () =>
    withSnapshotWarningsMuted(async () => {
      // A snapshot at the head again, then its rest damaged before a cold load reads it.
      await loader().load(store, STREAM, decider);
      await new Promise((resolve) => setImmediate(resolve));
      database.db.prepare('UPDATE stream_snapshots SET rest = NULL WHERE stream_id = ?').run(STREAM);
      const damaged = () => database.db.prepare('SELECT count(*) FROM stream_snapshots WHERE stream_id = ? AND rest IS NULL').pluck().get(STREAM);
      expect(damaged()).toBeGreaterThan(0);
      // A fresh loader (a restarted server): its cold load decodes the damaged snapshot; the command needs the rest.
      loader();
      const result = await correct('s103', 41, 13);
      expect(result.eventsWritten).toBe(1);
      expect((await fullFold()).sessions.find('s103')).toMatchObject({ minutes: 41, students: 13 });
      // The damaged snapshot is gone, and a new loader's state reads every session.
      expect(damaged()).toBe(0);
      expect(((await loader().load(store, STREAM, decider)).state as PartnershipState).sessions.find('s103')).toMatchObject({ minutes: 41 });
    }));
});

describe('the partnership codec', () => {
  const { partnershipStateCodec } = jest.requireActual('../../src/snapshots/partnership-state-codec') as typeof import('../../src/snapshots/partnership-state-codec');
  const odd = ['a"b', 'x\ny', 'h-1', '"h-1"', '__proto__', 'ünï ✓', '\u2028', ''];

  it('gives back every session as it was: dictionary-coded and plain columns, absent fields, ids that need escaping', () => {
    let sessions = SessionLog.empty;
    for (let n = 0; n < 5_000; n++) {
      const s: Record<string, unknown> = {
        sessionId: n < odd.length ? odd[n] : `s${n}`, assignmentId: `a${n % 3}`, date: `2026-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
        minutes: n, students: n % 7, notes: n % 5 === 0 ? `note ${n}` : null, corrected: n % 11 === 0,
      };
      if (n % 13 === 0) delete s.notes;
      if (n % 17 === 0) s.students = undefined;
      sessions = sessions.add(s as never);
    }
    const state = { ...(partnershipDecider.initialState as PartnershipState), exists: true, sessions };
    const text = partnershipStateCodec.encode(state);
    const decoded = partnershipStateCodec.decode(text);
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(state));
    for (const id of odd) expect(decoded.sessions.find(id)).toEqual(state.sessions.find(id));
    expect(decoded.sessions.find('a')).toBeUndefined();
    expect(decoded.sessions.find('h')).toBeUndefined();
    expect(sessionsOf(decoded)).toEqual(sessionsOf(state));
    // (Older sessions' keys come back in the order the sessions first show them: evolve builds every one alike; the
    // newest 20, the only ones any JSON shows, are kept as they were.)
    // A state decoded from a snapshot encodes again to the same sessions.
    const again = partnershipStateCodec.decode(partnershipStateCodec.encode(decoded));
    expect(JSON.stringify(again)).toBe(JSON.stringify(state));
    expect(sessionsOf(again)).toEqual(sessionsOf(state));
  });

  it('writes a state decoded from a snapshot again by appending the sessions added since, without decoding the others', () => {
    let sessions = SessionLog.empty;
    for (let n = 0; n < 3_000; n++) sessions = sessions.add({ sessionId: `s${n}`, assignmentId: 'a1', date: '2026-09-01', minutes: 45, students: n % 30, notes: null, corrected: false });
    let state = { ...(partnershipDecider.initialState as PartnershipState), exists: true, sessions };
    let decoded = partnershipStateCodec.decode(partnershipStateCodec.encode(state));
    for (let round = 0; round < 80; round++) {
      const added = Array.from({ length: 1 + (round % 3) }, (_, k) => ({ sessionId: `r${round}-${k}`, assignmentId: 'a2', date: '2026-10-01', minutes: 50 + k, students: 20, notes: round % 2 ? 'x' : null, corrected: false }));
      for (const s of added) {
        state = { ...state, sessions: state.sessions.add(s) };
        decoded = { ...decoded, sessions: decoded.sessions.add(s) };
      }
      let text = '';
      const parses = bigParses(() => (text = partnershipStateCodec.encode(decoded)));
      // Appended (no decode) up to 64 blocks (the first one whole, 63 appended); then written whole once, and on.
      expect(parses > 0).toBe(round === 63);
      decoded = partnershipStateCodec.decode(text);
      expect(JSON.stringify(decoded)).toBe(JSON.stringify(state));
    }
    expect(sessionsOf(decoded)).toEqual(sessionsOf(state));
    expect(decoded.sessions.find('r40-1')).toEqual(state.sessions.find('r40-1'));
    expect(decoded.sessions.find('r40-3')).toBeUndefined();
  });

  it('keeps its id filter exact through appends past its room (built again), and looks at the ids on a filter hit without decoding', () => {
    let sessions = SessionLog.empty;
    for (let n = 0; n < 100; n++) sessions = sessions.add({ sessionId: `s${n}`, assignmentId: 'a1', date: '2026-09-01', minutes: 45, students: n % 30, notes: null, corrected: false });
    let state = { ...(partnershipDecider.initialState as PartnershipState), exists: true, sessions };
    let decoded = partnershipStateCodec.decode(partnershipStateCodec.encode(state));
    const filterOf = (text: string) => {
      const [head, base64] = text.split('\n', 2);
      const { bits, hashes } = (JSON.parse(head) as { sessions: { filter: { bits: number; hashes: number } } }).sessions.filter;
      return IdFilter.fromBase64(bits, hashes, base64);
    };
    const bitsSeen = new Set<number>();
    let text = '';
    for (let round = 0; round < 60; round++) {
      for (let k = 0; k < 3; k++) {
        const s = { sessionId: `r${round}-${k}`, assignmentId: 'a2', date: '2026-10-01', minutes: 50, students: 20, notes: null, corrected: false };
        state = { ...state, sessions: state.sessions.add(s) };
        decoded = { ...decoded, sessions: decoded.sessions.add(s) };
      }
      text = partnershipStateCodec.encode(decoded);
      bitsSeen.add(filterOf(text).bits);
      decoded = partnershipStateCodec.decode(text);
    }
    // 100 sessions, then 180 appended: the filter (14 bits an id) ran out of room (10) and was built again, bigger.
    expect(bitsSeen.size).toBeGreaterThan(1);
    const ids = [...state.sessions.newestFirst()].map((s) => s.sessionId);
    expect(ids.filter((id) => decoded.sessions.find(id)?.sessionId !== id)).toEqual([]);
    // An absent id the filter cannot rule out: answered from the ids' text, without decoding the sessions.
    const filter = filterOf(text);
    const candidate = Array.from({ length: 100_000 }, (_, k) => `absent-${k}`).find((id) => filter.mayHold(JSON.stringify(id)))!;
    expect(candidate).toBeDefined();
    const fresh = partnershipStateCodec.decode(text);
    expect(bigParses(() => expect(fresh.sessions.find(candidate)).toBeUndefined())).toBe(0);
    expect(fresh.sessions.find('absent-x')).toBeUndefined();
    expect(sessionsOf(fresh)).toEqual(sessionsOf(state));
  });
});
