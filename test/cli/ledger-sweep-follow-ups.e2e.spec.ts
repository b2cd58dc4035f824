import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AssignmentFollowUps, FOLLOW_UP_ACTOR } from '../../src/partnerships/follow-ups/assignment-follow-ups';
import { seedApprovedPartner, seedClearedArtist, seedSchool } from '../support/seed-district';
import { startTestApp, TestApp } from '../support/test-app';
import { runLedger } from './support/run-ledger';

/*
 * Rule 3 after `ledger sweep`: the expiries the sweep records suspend the assignments they affect before the
 * command exits, with no server running. The log is read straight from the file the CLI wrote, so nothing but
 * the CLI process can have written the follow-up.
 */

jest.setTimeout(120_000);

const LEA = 'lausd';
let dataDir: string;

function partnershipEvents(partnershipId: string): { type: string; actor: string }[] {
  const db = new Database(join(dataDir, 'events.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT type, metadata FROM events WHERE stream_id = ? ORDER BY revision').all(`partnership-${partnershipId}`) as { type: string; metadata: string }[];
    return rows.map((row) => ({ type: row.type, actor: (JSON.parse(row.metadata) as { actor: string }).actor }));
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ledger-sweep-'));
  const t: TestApp = await startTestApp({ dataDir });
  try {
    await seedApprovedPartner(t.store, LEA, 'dance-co');
    await seedSchool(t.store, LEA);
    await seedClearedArtist(t, 'ana', { lea: LEA, partnerId: 'dance-co', clearedOn: '2026-01-10', tbExpiresOn: '2026-05-31' });
    const steps: [string, object][] = [
      ['/partnerships', { id: 'p1', name: 'Dance integration', partnerIds: ['dance-co'], lea: LEA, scope: 'school', model: 'co-teaching', artForms: ['dance'], effectiveDate: '2026-01-15', termEnd: '2026-12-31' }],
      ['/partnerships/p1/schools', { schoolId: 'roosevelt', effectiveDate: '2026-01-20' }],
      ['/partnerships/p1/commitments', { effectiveDate: '2026-01-20', releaseTimeHours: 12, replacesSequentialInstruction: false }],
      ['/partnerships/p1/activation', { effectiveDate: '2026-01-25' }],
      ['/partnerships/p1/assignments', { id: 'a1', artistId: 'ana', schoolId: 'roosevelt', classroomTeacher: 'Ms. Alvarez', artForm: 'dance', grades: ['4'], startDate: '2026-02-01', endDate: '2026-12-18', plannedSessions: 12 }],
    ];
    for (const [path, body] of steps) {
      const answer = await t.http.post(path).set({ Authorization: `Bearer ${t.tokens.operations}` }).send(body);
      expect([path, answer.status]).toEqual([path, 201]);
    }
    await t.app.get(AssignmentFollowUps).caughtUp();
  } finally {
    await t.close();
  }
}, 120_000);

afterAll(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

it('suspends the affected assignment before the sweep command exits, and a second sweep writes nothing', async () => {
  const before = partnershipEvents('p1');
  expect(before.filter((e) => e.actor === FOLLOW_UP_ACTOR)).toEqual([]);

  const sweep = await runLedger(['sweep', '--as-of', '2026-06-01'], { dataDir });
  expect(sweep.code).toBe(0);
  expect(sweep.stdout).toMatch(/artist-ana\s+#\s*\d+\s+ClearanceExpired\s+requirement=tb-screening lea=lausd expiredOn=2026-06-01/);
  const followUps = partnershipEvents('p1').filter((e) => e.actor === FOLLOW_UP_ACTOR);
  expect(followUps.map((e) => e.type)).toEqual(['AssignmentSuspended']);

  const again = await runLedger(['sweep', '--as-of', '2026-06-01'], { dataDir });
  expect(again.code).toBe(0);
  expect(again.stdout).toContain('recorded nothing');
  expect(partnershipEvents('p1')).toHaveLength(before.length + 1);
});

it('reads without writing: export and verify leave the log as it was', async () => {
  const head = partnershipEvents('p1').length;
  expect((await runLedger(['export', 'partnership-health', '--format', 'json'], { dataDir })).code).toBe(0);
  expect((await runLedger(['verify'], { dataDir })).code).toBe(0);
  expect(partnershipEvents('p1')).toHaveLength(head);
});
