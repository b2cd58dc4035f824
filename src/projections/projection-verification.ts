import type Database from 'better-sqlite3';
import { EventStore, RecordedEvent } from '../event-store';
import { inBatches } from './event-batches';
import { Projection } from './projection';
import { ProjectionBatch } from './projection-batch';
import { ProjectionCheckpoints } from './projection-checkpoints';
import { ProjectionGenerations } from './projection-generation';

export interface TableDrift {
  readonly table: string;
  /** Rows the live table has and a fresh rebuild does not (at most `MAX_ROWS_NAMED`). */
  readonly onlyLive: Record<string, unknown>[];
  /** Rows a fresh rebuild has and the live table lacks. */
  readonly onlyRebuilt: Record<string, unknown>[];
}

export interface ProjectionVerdict {
  readonly projection: string;
  readonly position: string | null;
  readonly outcome: 'same' | 'drift' | 'skipped';
  readonly reason?: string;
  readonly drift: TableDrift[];
}

const MAX_ROWS_NAMED = 20;
const MAX_ATTEMPTS = 5;

/**
 * `verify`: rebuilds each projection into scratch tables (slot `verify`) up to exactly the live checkpoint,
 * then compares the two row by row inside one read transaction (so a live update cannot slip in between).
 * The scratch tables are dropped afterwards. Projections must be deterministic for this to mean anything.
 */
export class ProjectionVerification {
  private readonly batch: ProjectionBatch;

  constructor(
    private readonly store: EventStore,
    private readonly db: Database.Database,
    private readonly checkpoints: ProjectionCheckpoints,
    private readonly generations: ProjectionGenerations,
  ) {
    this.batch = new ProjectionBatch(db, checkpoints, generations, (_member, checkpoint) => checkpoint.status === 'running');
  }

  async verify(projection: Projection): Promise<ProjectionVerdict> {
    const live = this.checkpoints.get(projection.name, 'live');
    if (!live) return skipped(projection, undefined, 'never built on this database');
    if (live.version !== projection.version) return skipped(projection, live.position, `live tables were built by version ${live.version}, code is version ${projection.version}`);
    if (live.status === 'failed') return skipped(projection, live.position, `stopped at a poison event: ${live.error}`);
    const scratch = this.createScratch(projection);
    try {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const target = this.checkpoints.get(projection.name, 'live')?.position;
        await this.fillUpTo(projection, target);
        // If the live projection moved on meanwhile, catch the scratch up and compare again.
        const verdict = this.db.transaction(() => {
          const now = this.checkpoints.get(projection.name, 'live')!;
          if (now.position !== target || now.generation !== live.generation) return undefined;
          return this.compare(projection, now.generation, scratch, now.position);
        })();
        if (verdict) return verdict;
      }
      return skipped(projection, live.position, 'the live projection kept moving; run verify again when it is quieter');
    } finally {
      this.dropScratch(projection);
    }
  }

  private createScratch(projection: Projection): number {
    return this.db.transaction(() => {
      this.dropScratch(projection);
      const generation = this.checkpoints.nextGeneration(projection.name);
      this.generations.of(projection, generation).create();
      this.checkpoints.create({ name: projection.name, slot: 'verify', version: projection.version, generation, status: 'running' });
      return generation;
    })();
  }

  /** Drops scratch tables, including ones a killed `verify` left behind. */
  private dropScratch(projection: Projection): void {
    this.db.transaction(() => {
      const previous = this.checkpoints.get(projection.name, 'verify');
      if (!previous) return;
      this.generations.of(projection, previous.generation).drop();
      this.generations.forget(projection, previous.generation);
      this.checkpoints.remove(projection.name, 'verify');
    })();
  }

  private async fillUpTo(projection: Projection, target: bigint | undefined): Promise<void> {
    if (target === undefined) return;
    const after = this.checkpoints.get(projection.name, 'verify')!.position;
    if (after !== undefined && after >= target) return;
    for await (const events of inBatches(upTo(this.store.readAll({ after }), target), 1_000)) {
      const outcome = this.batch.apply([{ projection, slot: 'verify' }], events, after);
      if (outcome.poisoned.length > 0) throw new Error(`verify: ${projection.name} cannot apply ${outcome.poisoned[0].event.type} at ${outcome.poisoned[0].event.position}: ${outcome.poisoned[0].error}`);
    }
  }

  private compare(projection: Projection, liveGeneration: number, scratchGeneration: number, position: bigint | undefined): ProjectionVerdict {
    const live = this.generations.of(projection, liveGeneration).tables;
    const rebuilt = this.generations.of(projection, scratchGeneration).tables;
    const drift: TableDrift[] = [];
    for (const table of projection.tables) {
      const difference = (a: string, b: string) =>
        this.db.prepare(`SELECT * FROM "${a}" EXCEPT SELECT * FROM "${b}" LIMIT ${MAX_ROWS_NAMED}`).all() as Record<string, unknown>[];
      const onlyLive = difference(live[table], rebuilt[table]);
      const onlyRebuilt = difference(rebuilt[table], live[table]);
      if (onlyLive.length > 0 || onlyRebuilt.length > 0) drift.push({ table, onlyLive, onlyRebuilt });
    }
    return { projection: projection.name, position: position?.toString() ?? null, outcome: drift.length > 0 ? 'drift' : 'same', drift };
  }
}

async function* upTo(events: AsyncIterable<RecordedEvent>, target: bigint): AsyncGenerator<RecordedEvent> {
  for await (const event of events) {
    if (event.position > target) return;
    yield event;
  }
}

function skipped(projection: Projection, position: bigint | undefined, reason: string): ProjectionVerdict {
  return { projection: projection.name, position: position?.toString() ?? null, outcome: 'skipped', reason, drift: [] };
}
