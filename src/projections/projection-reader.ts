import type Database from 'better-sqlite3';
import { Projection, ProjectionTarget } from './projection';
import { ProjectionCheckpoints } from './projection-checkpoints';
import { ProjectionGenerations } from './projection-generation';

export interface ProjectionAnswer<T> {
  readonly value: T;
  /** The live checkpoint the answer was read at (undefined: nothing applied yet). */
  readonly position: bigint | undefined;
}

/**
 * The query side: runs a read against the generation that is live right now, in one read transaction, so
 * a swap can never drop the tables halfway through a query and the position returned is the one the rows
 * reflect. Query objects kept next to a projection use it; they never name physical tables themselves.
 */
export class ProjectionReader {
  private readonly checkpoints: ProjectionCheckpoints;
  private readonly generations: ProjectionGenerations;

  constructor(private readonly db: Database.Database) {
    this.checkpoints = new ProjectionCheckpoints(db);
    this.generations = new ProjectionGenerations(db);
  }

  read<T>(projection: Projection, query: (target: ProjectionTarget) => T): ProjectionAnswer<T> {
    return this.db.transaction(() => {
      const live = this.checkpoints.get(projection.name, 'live');
      if (!live) throw new ProjectionNotReadyError(projection.name);
      return { value: query(this.generations.of(projection, live.generation)), position: live.position };
    })();
  }
}

/** The projection has never been registered with the runner on this database: there are no tables to read. */
export class ProjectionNotReadyError extends Error {
  constructor(readonly projection: string) {
    super(`projection ${projection} has no tables yet: the projection runner has not registered it`);
    this.name = 'ProjectionNotReadyError';
  }
}
