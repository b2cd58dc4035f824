import type Database from 'better-sqlite3';
import { EventStore, SynchronousLogPages } from '../event-store';
import { inFullBatches, nextTurn } from './event-batches';
import { Projection } from './projection';
import { BatchMember, PoisonEvent, ProjectionBatch, SeveralBatchesOutcome } from './projection-batch';
import { ProjectionCheckpoints } from './projection-checkpoints';
import { ProjectionGenerations } from './projection-generation';
import { registerCheckpoints } from './projection-registration';
import { RebuildDurability } from './rebuild-durability';

export interface RebuildProgress {
  readonly projections: readonly string[];
  /** Events read in this run (a resumed rebuild counts from where it resumed). */
  readonly eventsDone: number;
  readonly eventsPerSecond: number;
  readonly position: bigint | undefined;
  readonly headPosition: bigint | undefined;
  /** From the remaining distance to the head and the rate so far; undefined until there is a rate. */
  readonly etaSeconds: number | undefined;
}

export interface RebuildOptions {
  readonly onProgress?: (progress: RebuildProgress) => void;
  /** Checked after each transaction (a batch; eight where the store reads synchronously): a stopped rebuild keeps its checkpoint and resumes on the next run. */
  readonly shouldStop?: () => boolean;
  /** Events per batch (default 500): a rebuild reads a log bounded at its start, so batches are always full. */
  readonly batchSize?: number;
}

export interface RebuildResult {
  readonly swapped: string[];
  readonly failed: PoisonEvent[];
  readonly stopped: boolean;
}

/** A pass that reads fewer events than this is close enough to the head to swap; the live runner applies the rest. */
const SWAP_WHEN_FEWER_THAN = 500;
/**
 * Events per batch. Larger batches mean fewer commits, but a batch's events stay alive until it is applied,
 * and past ~1,000 of them V8 starts promoting them to the old generation: measured on the 1M-event bench, 5,000
 * spent 3-4 s in GC where 500 spends 0.4 s, more than the extra commits cost.
 */
const DEFAULT_BATCH_SIZE = 500;
/**
 * Batches per transaction where the store reads synchronously (the embedded store): each batch is read only once
 * the one before it is applied, so this cuts commits (each rewrites the hot pages of the session tables into the
 * WAL) without keeping more events alive. 8 × 500: ~10-20 % faster rebuilds than one batch per commit on the 1M-event bench.
 */
const BATCHES_PER_TRANSACTION = 8;

/**
 * Rebuild without downtime: each projection is filled into a new generation of tables from position 0,
 * with its own checkpoint row (slot `rebuild`) written in the same transaction as the rows, while the live
 * generation keeps answering. When caught up, one transaction points the live checkpoint at the new
 * generation and position and drops the old tables. Several projections share one read of the log.
 * A rebuild interrupted (crash, stop) resumes from its checkpoint when the same code version runs again.
 */
export class ProjectionRebuild {
  private readonly batch: ProjectionBatch;
  private readonly durability: RebuildDurability;

  constructor(
    private readonly store: EventStore,
    private readonly db: Database.Database,
    private readonly checkpoints: ProjectionCheckpoints,
    private readonly generations: ProjectionGenerations,
    /** Called after a swap, so the live runner reads on from the new checkpoint. */
    private readonly onSwap: (names: string[]) => void = () => undefined,
  ) {
    this.batch = new ProjectionBatch(db, checkpoints, generations, (_member, checkpoint) => checkpoint.status === 'running');
    this.durability = new RebuildDurability(db);
  }

  async run(projections: readonly Projection[], options: RebuildOptions = {}): Promise<RebuildResult> {
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    registerCheckpoints(this.db, this.checkpoints, this.generations, projections);
    this.startGenerations(projections);
    let members: BatchMember[] = projections.map((projection) => ({ projection, slot: 'rebuild' }));
    const failed: PoisonEvent[] = [];
    const swapped: string[] = [];
    const started = Date.now();
    let eventsDone = 0;

    while (members.length > 0) {
      const passAfter = this.lowestPosition(members);
      const head = await this.store.headPosition();
      let readThisPass = 0;
      for await (const step of this.pass(() => members, passAfter, head, batchSize)) {
        const { outcome } = step;
        for (const poison of outcome.poisoned) failed.push(this.stopRebuild(poison));
        const gone = new Set([...outcome.inactive, ...outcome.poisoned.map((poison) => poison.projection)]);
        members = members.filter((member) => !gone.has(member.projection.name));
        readThisPass += step.events;
        eventsDone += step.events;
        options.onProgress?.(progressOf(members, eventsDone, started, step.last!, head, passAfter));
        if (options.shouldStop?.()) return { swapped, failed, stopped: true };
        if (members.length === 0 || outcome.behindPass.length > 0) break;
      }
      if (readThisPass < SWAP_WHEN_FEWER_THAN && members.length > 0) {
        swapped.push(...this.swap(members));
        members = [];
      }
    }
    if (swapped.length > 0) this.onSwap(swapped);
    return { swapped, failed, stopped: false };
  }

  /**
   * One pass over the log from `passAfter` up to `head`, as transactions, each yielding what it applied. Rows and
   * `rebuild` checkpoints only, nobody reads them before the swap: no fsync per transaction (see rebuild-durability.ts).
   */
  private async *pass(
    members: () => readonly BatchMember[],
    passAfter: bigint | undefined,
    head: bigint | undefined,
    batchSize: number,
  ): AsyncGenerator<SeveralBatchesOutcome> {
    const pages: SynchronousLogPages | undefined = this.store.synchronousPages();
    if (!pages) {
      for await (const events of inFullBatches(this.store.readAll({ after: passAfter }), batchSize)) {
        const outcome = this.durability.run(() => this.batch.apply(members(), events, passAfter));
        yield { outcome, events: events.length, last: events[events.length - 1].position, exhausted: false };
      }
      return;
    }
    if (head === undefined) return;
    let after = passAfter;
    for (;;) {
      const step = this.durability.run(() =>
        this.batch.applySeveral(members(), passAfter, (from) => pages.readPage(from, head, batchSize), after, batchSize, BATCHES_PER_TRANSACTION),
      );
      if (step.events > 0) yield step;
      if (step.exhausted) return;
      after = step.last;
      // Between transactions, the rest of the process (queries, the live runner, HTTP) takes a turn.
      await nextTurn();
    }
  }

  /** Resumes a rebuild of the same code version; otherwise starts a fresh generation (dropping a stale attempt). */
  private startGenerations(projections: readonly Projection[]): void {
    this.db.transaction(() => {
      for (const projection of projections) {
        const previous = this.checkpoints.get(projection.name, 'rebuild');
        if (previous && previous.version === projection.version && previous.status === 'running') continue;
        if (previous) {
          this.generations.of(projection, previous.generation).drop();
          this.generations.forget(projection, previous.generation);
          this.checkpoints.remove(projection.name, 'rebuild');
        }
        const generation = this.checkpoints.nextGeneration(projection.name);
        this.generations.of(projection, generation).create();
        this.checkpoints.create({ name: projection.name, slot: 'rebuild', version: projection.version, generation, status: 'running' });
      }
    })();
  }

  private lowestPosition(members: readonly BatchMember[]): bigint | undefined {
    let lowest: bigint | undefined;
    for (const { projection } of members) {
      const position = this.checkpoints.get(projection.name, 'rebuild')?.position;
      if (position === undefined) return undefined;
      if (lowest === undefined || position < lowest) lowest = position;
    }
    return lowest;
  }

  /** The one step that makes the rebuilt generation live: checkpoint, version and generation together, old tables gone. */
  private swap(members: readonly BatchMember[]): string[] {
    return this.db.transaction(() =>
      members.map(({ projection }) => {
        const rebuilt = this.checkpoints.get(projection.name, 'rebuild')!;
        const live = this.checkpoints.get(projection.name, 'live')!;
        this.generations.of(projection, live.generation).drop();
        this.generations.forget(projection, live.generation);
        this.checkpoints.promote(projection.name, rebuilt);
        this.checkpoints.remove(projection.name, 'rebuild');
        return projection.name;
      }),
    )();
  }

  /** A rebuild that meets a poison event leaves the old generation answering, and says so on the live row. */
  private stopRebuild(poison: PoisonEvent): PoisonEvent {
    const live = this.checkpoints.get(poison.projection, 'live');
    if (live && live.status === 'rebuilding') {
      this.checkpoints.fail(poison.projection, 'live', `rebuild stopped: ${poison.error}`, poison.event);
    }
    return poison;
  }
}

function progressOf(
  members: readonly BatchMember[],
  eventsDone: number,
  started: number,
  position: bigint,
  head: bigint | undefined,
  passAfter: bigint | undefined,
): RebuildProgress {
  const seconds = Math.max((Date.now() - started) / 1000, 0.001);
  const eventsPerSecond = eventsDone / seconds;
  let etaSeconds: number | undefined;
  if (head !== undefined && position < head) {
    // Positions advance about one per event on the embedded store; on EventStoreDB they are log offsets, so use their rate.
    const covered = Number(position - (passAfter ?? 0n));
    const positionsPerSecond = covered / seconds;
    etaSeconds = positionsPerSecond > 0 ? Number(head - position) / positionsPerSecond : undefined;
  } else if (head !== undefined) {
    etaSeconds = 0;
  }
  return { projections: members.map((member) => member.projection.name), eventsDone, eventsPerSecond, position, headPosition: head, etaSeconds };
}
