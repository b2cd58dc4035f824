import type Database from 'better-sqlite3';
import { EventStore, Subscription } from '../event-store';
import { BatchLinger, inBatches } from './event-batches';
import { assertValidProjections, Projection } from './projection';
import { BatchMember, PoisonEvent, ProjectionBatch } from './projection-batch';
import { Checkpoint, ProjectionCheckpoints } from './projection-checkpoints';
import { ProjectionGenerations } from './projection-generation';
import { projectionLag, ProjectionStatus } from './projection-lag';
import { ProjectionRebuild, RebuildOptions, RebuildResult } from './projection-rebuild';
import { registerCheckpoints } from './projection-registration';

/** What the runner reports to the log; Nest's Logger fits, tests pass a silent one. */
export interface ProjectionLog {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface ProjectionRunnerOptions {
  /** Events per transaction during catch-up (default 500). */
  readonly batchSize?: number;
  /**
   * Once live, how long a batch waits for more events before its transaction (default 10 ms; 0: applied as soon as
   * nothing more is ready). A reader waiting for a position (read-your-writes) has it applied at once.
   */
  readonly liveLingerMs?: number;
  readonly log?: ProjectionLog;
  /** Rebuild projections whose stored version differs from the code's when starting (default true). */
  readonly rebuildOnStart?: boolean;
  readonly now?: () => Date;
}

export interface ReachedPosition {
  readonly reached: boolean;
  /** The lowest live position among the projections asked about (undefined: nothing applied yet). */
  readonly position: bigint | undefined;
}

const STORE_RETRY_MS = 1_000;
const LIVE_LINGER_MS = 10;
const WAIT_POLL_MS = 100;

/**
 * Keeps every registered projection's live generation up to date from the global log.
 *
 * The live projections share one subscription, started after the lowest of their checkpoints: each batch
 * is applied to all of them in one SQLite transaction that also moves their checkpoints (see
 * ProjectionBatch). A projection that meets a poison event is marked failed and left out; the others go on.
 * Projections built by another code version (or never built) are rebuilt in the background while their
 * old tables keep answering (ProjectionRebuild), and join the live subscription after the swap.
 */
export class ProjectionRunner {
  readonly checkpoints: ProjectionCheckpoints;
  readonly generations: ProjectionGenerations;
  private readonly projections = new Map<string, Projection>();
  private readonly liveBatch: ProjectionBatch;
  private readonly log: ProjectionLog;
  private running = false;
  private loop: Promise<void> | undefined;
  private subscription: Subscription | undefined;
  private wakeLoop: (() => void) | undefined;
  private progressListeners = new Set<() => void>();
  private rebuilding: Promise<unknown> = Promise.resolve();
  /** Who to tell when a reader wants the live batch being gathered applied now. */
  private readonly lingerCutters = new Set<() => void>();
  /** Readers in waitForPosition: while there is one, live batches do not linger. */
  private readersWaiting = 0;

  constructor(
    private readonly store: EventStore,
    private readonly db: Database.Database,
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.checkpoints = new ProjectionCheckpoints(db);
    this.generations = new ProjectionGenerations(db);
    this.log = options.log ?? { log: () => undefined, warn: () => undefined, error: () => undefined };
    this.liveBatch = new ProjectionBatch(db, this.checkpoints, this.generations, (member, checkpoint) => isLive(member.projection, checkpoint));
  }

  register(...projections: Projection[]): this {
    assertValidProjections([...this.projections.values(), ...projections]);
    for (const projection of projections) this.projections.set(projection.name, projection);
    return this;
  }

  registered(): Projection[] {
    return [...this.projections.values()];
  }

  projection(name: string): Projection {
    const projection = this.projections.get(name);
    if (!projection) throw new Error(`no projection named "${name}" (known: ${[...this.projections.keys()].join(', ') || 'none'})`);
    return projection;
  }

  async start(): Promise<void> {
    if (this.running) return;
    const projections = this.registered();
    const outdated = registerCheckpoints(this.db, this.checkpoints, this.generations, projections);
    this.retryFailed(projections);
    this.running = true;
    this.loop = this.runLive();
    if (outdated.length > 0 && this.options.rebuildOnStart !== false) {
      this.log.log(`rebuilding ${outdated.map((p) => `${p.name} (v${p.version})`).join(', ')}: code version differs from the stored one`);
      this.rebuilding = this.rebuild(outdated, { shouldStop: () => !this.running }).catch((error) =>
        this.log.error(`rebuild on start failed: ${(error as Error).message}`),
      );
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.subscription?.close();
    this.wakeLoop?.();
    await this.loop;
    await this.rebuilding;
    this.loop = undefined;
  }

  /** Rebuilds into new tables while the live ones answer, then swaps; the live subscription then follows the new checkpoints. */
  rebuild(projections: readonly Projection[], options: RebuildOptions = {}): Promise<RebuildResult> {
    const rebuild = new ProjectionRebuild(this.store, this.db, this.checkpoints, this.generations, (names) => {
      this.log.log(`swapped in the rebuilt ${names.join(', ')}`);
      this.resync();
    });
    const run = rebuild.run(projections, { batchSize: this.options.batchSize, ...options }).then((result) => {
      for (const poison of result.failed) this.reportPoison(poison);
      return result;
    });
    this.rebuilding = this.rebuilding.then(() => run).catch(() => undefined);
    return run;
  }

  /**
   * Read-your-writes: resolves once every named projection's live checkpoint is at or past `position`,
   * or after `timeoutMs` with what was reached. Also sees progress made by another process on the same file.
   */
  async waitForPosition(names: readonly string[] | 'all', position: bigint, timeoutMs: number): Promise<ReachedPosition> {
    const wanted = names === 'all' ? this.registered().map((p) => p.name) : names;
    const deadline = Date.now() + timeoutMs;
    this.readersWaiting++;
    try {
      for (;;) {
        const lowest = this.lowestLivePosition(wanted);
        if (lowest !== undefined && lowest >= position) return { reached: true, position: lowest };
        const remaining = deadline - Date.now();
        if (remaining <= 0) return { reached: false, position: lowest };
        // Someone is waiting: the batch being gathered need not linger (and none starts lingering meanwhile).
        for (const cut of [...this.lingerCutters]) cut();
        await this.nextProgress(Math.min(remaining, WAIT_POLL_MS));
      }
    } finally {
      this.readersWaiting--;
    }
  }

  lowestLivePosition(names: readonly string[]): bigint | undefined {
    let lowest: bigint | undefined;
    for (const [index, name] of names.entries()) {
      const position = this.checkpoints.get(name, 'live')?.position;
      if (position === undefined) return undefined;
      if (index === 0 || position < lowest!) lowest = position;
    }
    return lowest;
  }

  /** Status and lag of every registered projection (events behind, seconds behind). */
  async status(): Promise<ProjectionStatus[]> {
    const head = await this.store.headPosition();
    const now = (this.options.now ?? (() => new Date()))();
    return Promise.all(
      this.registered().map((projection) =>
        projectionLag(this.store, projection, this.checkpoints.get(projection.name, 'live'), this.checkpoints.get(projection.name, 'rebuild'), head, now),
      ),
    );
  }

  /** Makes the live loop re-read the checkpoints and resubscribe from the lowest (after a swap or a retry). */
  resync(): void {
    void this.subscription?.close();
    this.wakeLoop?.();
  }

  private async runLive(): Promise<void> {
    while (this.running) {
      const members = this.liveMembers();
      if (members.length === 0) {
        await new Promise<void>((resolve) => (this.wakeLoop = resolve));
        continue;
      }
      const passAfter = this.lowestLivePosition(members.map((m) => m.projection.name));
      const subscription = this.store.subscribe({ after: passAfter });
      this.subscription = subscription;
      try {
        for await (const events of inBatches(subscription, this.options.batchSize ?? 500, this.linger())) {
          const outcome = this.liveBatch.apply(members, events, passAfter);
          outcome.poisoned.forEach((poison) => this.reportPoison(poison));
          this.notifyProgress();
          if (!this.running || outcome.poisoned.length > 0 || outcome.behindPass.length > 0 || outcome.inactive.length > 0) {
            await subscription.close();
          }
        }
      } catch (error) {
        if (!this.running) break;
        this.log.error(`projection subscription failed, resubscribing from the checkpoints: ${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, STORE_RETRY_MS));
      } finally {
        await subscription.close();
      }
    }
  }

  private linger(): BatchLinger | undefined {
    const ms = this.options.liveLingerMs ?? LIVE_LINGER_MS;
    if (ms <= 0) return undefined;
    return {
      ms,
      onCut: (apply) => {
        if (this.readersWaiting > 0) {
          apply();
          return () => undefined;
        }
        this.lingerCutters.add(apply);
        return () => this.lingerCutters.delete(apply);
      },
    };
  }

  private liveMembers(): BatchMember[] {
    return this.registered()
      .filter((projection) => {
        const live = this.checkpoints.get(projection.name, 'live');
        return live !== undefined && isLive(projection, live);
      })
      .map((projection) => ({ projection, slot: 'live' as const }));
  }

  /** A failed projection gets another try on start: the code may have been fixed (if not, it fails again, visibly). */
  private retryFailed(projections: readonly Projection[]): void {
    for (const projection of projections) {
      const live = this.checkpoints.get(projection.name, 'live');
      if (live?.status === 'failed' && live.version === projection.version) {
        this.log.warn(`projection ${projection.name} had stopped at ${live.failedEvent?.type ?? 'an event'} (position ${live.failedEvent?.position}): retrying`);
        this.checkpoints.setStatus(projection.name, 'live', 'running');
      }
    }
  }

  private reportPoison(poison: PoisonEvent): void {
    const { event } = poison;
    this.log.error(
      `projection ${poison.projection} (${poison.slot}) stopped at event ${event.type} ${event.id} in ${event.streamId} ` +
        `at position ${event.position}: ${poison.error}`,
    );
  }

  private notifyProgress(): void {
    for (const listener of this.progressListeners) listener();
    this.progressListeners.clear();
  }

  private nextProgress(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      const listeners = this.progressListeners;
      function done() {
        clearTimeout(timer);
        listeners.delete(done);
        resolve();
      }
      listeners.add(done);
    });
  }
}

function isLive(projection: Projection, checkpoint: Checkpoint): boolean {
  return checkpoint.status === 'running' && checkpoint.version === projection.version;
}
