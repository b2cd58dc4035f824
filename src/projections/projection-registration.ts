import type Database from 'better-sqlite3';
import { Projection } from './projection';
import { ProjectionCheckpoints } from './projection-checkpoints';
import { ProjectionGenerations } from './projection-generation';

/**
 * Makes sure every projection has a live checkpoint row and tables queries can read. A projection seen
 * for the first time gets empty tables and version 0, which differs from any code version: it is then
 * built by the same rebuild path as a version bump, while queries answer empty meanwhile.
 * Returns the projections whose live generation was built by another version (they need a rebuild).
 */
export function registerCheckpoints(
  db: Database.Database,
  checkpoints: ProjectionCheckpoints,
  generations: ProjectionGenerations,
  projections: readonly Projection[],
): Projection[] {
  return db.transaction(() => {
    const outdated: Projection[] = [];
    for (const projection of projections) {
      let live = checkpoints.get(projection.name, 'live');
      if (!live) {
        const generation = checkpoints.nextGeneration(projection.name);
        generations.of(projection, generation).create();
        checkpoints.create({ name: projection.name, slot: 'live', version: 0, generation, status: 'rebuilding' });
        live = checkpoints.get(projection.name, 'live')!;
      }
      if (live.version !== projection.version) {
        if (live.status !== 'rebuilding') checkpoints.setStatus(projection.name, 'live', 'rebuilding');
        outdated.push(projection);
      }
    }
    return outdated;
  })();
}
