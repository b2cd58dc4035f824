import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { artistDecider } from '../../src/artists/domain/artist-decider';
import { artistStream } from '../../src/artists/domain/streams';
import { CommandRefusedError, executeCommand } from '../../src/command-handling';
import { ClearanceStandingQuery } from '../../src/history/clearances/clearance-standing-as-of';
import { startTestApp, TestApp } from '../support/test-app';
import { clearanceHistory, HistoryStep, QuestionPick, questionPicks } from './clearance-history.arbitrary';
import { streamEvents } from './history-setup';

/*
 * The clearances route answers from the clearance_facts projection; the fold of the artist's stream is the reference.
 * Random histories go through the real artist decider into the app's real SQLite store; the live projection runner
 * catches up; then, for random (LEA, asOf, knownAt) questions, the projection's answer must be the fold's, byte for byte.
 */

const SEED = 20_260_804;
const RUNS = 150;

let t: TestApp;
let query: ClearanceStandingQuery;
let artists = 0;

beforeAll(async () => {
  t = await startTestApp();
  query = t.app.get(ClearanceStandingQuery, { strict: false });
});

afterAll(async () => {
  await t?.close();
});

async function write(artistId: string, steps: readonly HistoryStep[]): Promise<void> {
  for (const step of steps) {
    if ('pause' in step) {
      await new Promise((resolve) => setTimeout(resolve, step.pause));
      continue;
    }
    const command = step.command.type === 'RegisterArtist' ? { ...step.command, artistId } : step.command;
    const actor = command.type === 'RegisterArtist' ? 'key:operations' : 'key:compliance';
    try {
      await executeCommand({ store: t.store, decider: artistDecider, id: artistId, streamId: artistStream(artistId), command, context: { commandId: randomUUID(), actor, correlationId: randomUUID() } });
    } catch (error) {
      if (!(error instanceof CommandRefusedError)) throw error;
    }
  }
}

function knownAtOf(pick: QuestionPick, recordedMs: readonly number[]): Date | undefined {
  return pick.knownAt && new Date(recordedMs[pick.knownAt.event % recordedMs.length] + pick.knownAt.offsetMs);
}

describe('clearance status from clearance_facts', () => {
  it('equals the fold of the stream for random histories and random (asOf, knownAt) questions', async () => {
    const statusesSeen = new Set<string>();
    const typesWritten = new Set<string>();
    await fc.assert(
      fc.asyncProperty(clearanceHistory(), questionPicks, async (steps, picks) => {
        const artistId = `prop-${++artists}`;
        await write(artistId, steps);
        const events = await streamEvents(t, artistStream(artistId));
        for (const event of events) typesWritten.add(event.type);
        const recordedMs = events.map((e) => e.recordedAt.getTime());
        const last = events[events.length - 1].position;
        for (const pick of picks) {
          const knownAt = knownAtOf(pick, recordedMs);
          const question = { lea: pick.lea, asOf: pick.asOf, ...(knownAt ? { knownAt } : {}) };
          const fromFacts = await query.fromFacts(artistId, question, last);
          const folded = await query.folded(artistId, question);
          expect(JSON.stringify(fromFacts)).toBe(JSON.stringify(folded));
          for (const requirement of folded.requirements) statusesSeen.add(requirement.status);
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true, interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true },
    );
    // Not vacuous: the histories recorded every kind of clearance event and the answers reached every status.
    expect([...typesWritten].sort()).toEqual([
      'ArrestNotificationReceived', 'ArtistRegistered', 'ClearanceExpired', 'ClearanceGrantCorrected', 'ClearanceGrantWithdrawn', 'ClearanceGranted',
      'ClearanceReinstated', 'ClearanceRenewed', 'ClearanceRevoked', 'ClearanceSuspended',
    ]);
    expect([...statusesSeen].sort()).toEqual(['expired', 'missing', 'not-yet-valid', 'revoked', 'suspended', 'valid']);
  }, 120_000);
});
