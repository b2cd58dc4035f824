import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReadModelDatabase } from '../../read-models/read-model-database';
import { AssignmentFollowUpIndex } from './assignment-follow-up-index';

/*
 * The follow-up reactor's index on a real read-model file: an index written before it kept the day an assignment's end
 * takes effect is rebuilt from the whole log, so an assignment ended ahead (a conclusion recorded for June) comes back
 * under rule 3 until that day.
 */
describe('the follow-up index', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'follow-up-index-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('written before ended_on: gains it and starts again from the beginning of the log; once migrated, keeps its place and the earliest end', () => {
    const path = join(dir, 'read-models.sqlite');
    const old = new ReadModelDatabase(path);
    old.db.exec(`
      CREATE TABLE reactor_checkpoints (reactor TEXT PRIMARY KEY, position TEXT NOT NULL);
      CREATE TABLE follow_up_assignments (partnership_id TEXT NOT NULL, assignment_id TEXT NOT NULL, artist_id TEXT NOT NULL, partner_id TEXT NOT NULL,
        lea TEXT NOT NULL, status TEXT NOT NULL, PRIMARY KEY (partnership_id, assignment_id));
      INSERT INTO reactor_checkpoints VALUES ('assignment-follow-ups', '4200');
      INSERT INTO follow_up_assignments VALUES ('p1', 'a1', 'maria', 'dance-co', 'lausd', 'ended');
    `);
    old.close();

    const database = new ReadModelDatabase(path);
    try {
      const index = new AssignmentFollowUpIndex(database, 'assignment-follow-ups');
      expect(index.checkpoint()).toBeUndefined();
      expect(index.assignmentsOf({ kind: 'artist', id: 'maria' }, 'lausd')).toEqual([]);

      index.commit(10n, () => {
        index.addAssignment({ partnershipId: 'p1', assignmentId: 'a1', artistId: 'maria', partnerId: 'dance-co', lea: 'lausd' });
        index.end('p1', 'a1', '2027-06-11');
        index.end('p1', 'a1', '2027-08-01');
      });
      expect(index.assignmentsOf({ kind: 'artist', id: 'maria' }, 'lausd')).toEqual([
        { partnershipId: 'p1', assignmentId: 'a1', artistId: 'maria', partnerId: 'dance-co', status: 'ended', endedOn: '2027-06-11' },
      ]);
      expect(new AssignmentFollowUpIndex(database, 'assignment-follow-ups').checkpoint()).toBe(10n);
      // An end brought forward (the artist left in December) counts from its own day.
      index.commit(11n, () => index.end('p1', 'a1', '2026-12-18'));
      expect(index.assignmentsOf({ kind: 'partner', id: 'dance-co' }, 'lausd')[0].endedOn).toBe('2026-12-18');
    } finally {
      database.close();
    }
  });
});
