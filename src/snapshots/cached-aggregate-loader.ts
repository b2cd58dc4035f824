import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AggregateLoading, attachAggregateLoader, detachAggregateLoader, LoadedAggregate } from '../command-handling/aggregate-loader';
import { Decider, DomainEvent } from '../command-handling/decider';
import { emptyFold, FoldedStream, foldAsStored, foldStreamFrom, FoldResult } from '../command-handling/stream-fold';
import { AppConfig } from '../config/app-config';
import { AppendResult, EventStore } from '../event-store';
import { deciderForStream } from '../history/stream-deciders';
import { MetricsRegistry } from '../observability/metrics-registry';
import { FoldCache } from './fold-cache';
import { FoldMetrics } from './fold-metrics';
import { SnapshotStore, StoredSnapshot } from './snapshot-store';

type Replayable<Event extends DomainEvent, State> = Pick<Decider<unknown, Event, State>, 'initialState' | 'evolve'>;

/**
 * Every `loadAggregate(store, …)` of the server and the CLI, in O(events since the last fold) instead of O(stream):
 * start from the fold cache, else from the newest durable snapshot of the current state shape, else from event 0;
 * then ALWAYS read and fold the stream's tail after that revision (another process may have written it), anchored on
 * the starting event's global position so a restored or replaced store is never folded onto a stale start.
 * Every `snapshotEvery` events a snapshot is written after the answer (setImmediate); a failed write is logged and
 * counted, never thrown at the command.
 */
@Injectable()
export class CachedAggregateLoader implements AggregateLoading, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('FoldCache');
  private readonly cache: FoldCache;
  private readonly metrics: FoldMetrics;
  private readonly snapshotEvery: bigint;
  private readonly pendingSnapshots = new Map<string, { snapshot: StoredSnapshot; decider: object }>();
  private flush: NodeJS.Immediate | undefined;
  private readonly prewarm: number;
  private prewarming: Promise<void> | undefined;
  private closing = false;

  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    private readonly snapshots: SnapshotStore,
    config: AppConfig,
    registry: MetricsRegistry,
  ) {
    this.cache = new FoldCache(config.foldCacheStreams);
    this.snapshotEvery = BigInt(config.snapshotEvery);
    this.prewarm = Math.min(config.foldCachePrewarm ?? 0, config.foldCacheStreams);
    this.metrics = new FoldMetrics(registry, () => this.cache.size);
    attachAggregateLoader(store, this);
    // A state decoded from a snapshot whose older part could not be read must not be used again: fold it anew.
    snapshots.onRestLost((streamId) => this.cache.delete(streamId));
  }

  async load<Event extends DomainEvent, State>(store: EventStore, streamId: string, decider: Replayable<Event, State>): Promise<LoadedAggregate<State>> {
    let start: FoldedStream<State>;
    let snapshotRevision: bigint;
    const cached = this.cache.get(streamId, decider);
    if (cached !== undefined) {
      this.metrics.cacheHits.inc();
      start = cached as FoldedStream<unknown> as FoldedStream<State>;
      snapshotRevision = cached.snapshotRevision;
    } else {
      const snapshot = this.snapshotEvery > 0n ? await this.snapshots.latest<State>(streamId, decider as never) : undefined;
      this.metrics.cacheMisses.inc({ start: snapshot ? 'snapshot' : 'start' });
      start = snapshot ?? emptyFold(decider.initialState);
      snapshotRevision = snapshot?.revision ?? -1n;
    }

    let folded: FoldResult<State> | undefined = await foldStreamFrom(store, streamId, decider.evolve, start);
    if (folded === undefined) {
      // The event we would carry on from is not the one we folded: the store was restored or replaced under us.
      this.logger.warn(`${streamId}: the event at revision ${start.revision} is not the one folded; folding from event 0`);
      this.cache.delete(streamId);
      if (snapshotRevision >= 0n) this.forgetSnapshots(streamId);
      folded = (await foldStreamFrom(store, streamId, decider.evolve, emptyFold(decider.initialState)))!;
      snapshotRevision = -1n;
    }
    this.metrics.eventsFolded.observe(folded.eventsFolded);

    if (this.snapshotDue(snapshotRevision, folded.revision) && this.snapshots.canSnapshot(decider as never)) {
      this.scheduleSnapshot(decider, {
        streamId,
        revision: folded.revision,
        position: folded.position!,
        state: folded.state,
        maxRecordedAt: folded.maxRecordedAt!,
        eventId: folded.eventId,
      });
      snapshotRevision = folded.revision;
    }
    if (folded.revision >= 0n) this.metrics.snapshotEventsBehind.observe(Number(folded.revision - snapshotRevision));

    const { state, revision, position, maxRecordedAt, eventId } = folded;
    this.cache.put(streamId, { state, revision, position, maxRecordedAt, eventId, decider, snapshotRevision });
    return { state, revision, position };
  }

  /**
   * A command appended `events` right after the cached state it decided on: fold them into the cache, so the next load
   * finds the stream's head where the cache is and reads nothing. Only when the cache still holds exactly that state
   * and the stream holds exactly these events after it (written now, or by an earlier attempt the append recognised);
   * a store that does not say when it recorded them leaves the cache for the next load to bring up to date. The events are
   * folded as stored (foldAsStored), so the state is the one a fold of the stream gives.
   */
  appended<Event extends DomainEvent, State>(
    streamId: string,
    decider: Replayable<Event, State>,
    from: LoadedAggregate<State>,
    events: readonly Event[],
    lastEventId: string,
    result: AppendResult,
  ): void {
    if (result.recordedAt === undefined || result.nextRevision !== from.revision + BigInt(events.length)) return;
    const entry = this.cache.get(streamId, decider);
    if (entry === undefined || entry.revision !== from.revision || entry.state !== from.state) return;
    const state = foldAsStored(decider.evolve, entry.state as State, events);
    const maxRecordedAt = entry.maxRecordedAt === null || result.recordedAt > entry.maxRecordedAt ? result.recordedAt : entry.maxRecordedAt;
    this.cache.put(streamId, { ...entry, state, revision: result.nextRevision, position: result.position, eventId: lastEventId, maxRecordedAt });
  }

  /**
   * FOLD_CACHE_PREWARM: after start, in the background, load the streams with the most recently taken snapshots, so the
   * first command on a long stream after a restart does not pay for decoding its snapshot. Requests are served meanwhile.
   */
  onApplicationBootstrap(): void {
    if (this.prewarm === 0 || this.snapshotEvery === 0n) return;
    this.prewarming = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.prewarmCache())
      .catch((error: unknown) => this.logger.warn(`prewarming stopped: ${(error as Error).message}`));
  }

  private async prewarmCache(): Promise<void> {
    for (const streamId of this.snapshots.recentlySnapshotted(this.prewarm)) {
      if (this.closing) return;
      const aggregate = deciderForStream(streamId);
      if (aggregate === undefined || this.cache.has(streamId)) continue;
      try {
        await this.load(this.store, streamId, aggregate.decider as Replayable<DomainEvent, unknown>);
        this.metrics.prewarmed.inc();
      } catch (error) {
        if (this.closing) return;
        this.logger.warn(`prewarming ${streamId} failed: ${(error as Error).message}`);
      }
    }
  }

  /** Stops prewarming and writes the snapshots still waiting, before the stores close (shutdown hooks run after this). */
  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    await this.prewarming;
    if (this.flush !== undefined) clearImmediate(this.flush);
    this.writePendingSnapshots();
    detachAggregateLoader(this.store, this);
  }

  /** Due when the fold went past another multiple of `snapshotEvery` since the newest snapshot. */
  private snapshotDue(snapshotRevision: bigint, revision: bigint): boolean {
    if (this.snapshotEvery === 0n || revision < 0n) return false;
    return (revision + 1n) / this.snapshotEvery > (snapshotRevision + 1n) / this.snapshotEvery;
  }

  private scheduleSnapshot(decider: object, snapshot: StoredSnapshot): void {
    this.pendingSnapshots.set(snapshot.streamId, { snapshot, decider });
    this.flush ??= setImmediate(() => {
      this.flush = undefined;
      this.writePendingSnapshots();
    });
  }

  private writePendingSnapshots(): void {
    const pending = [...this.pendingSnapshots.values()];
    this.pendingSnapshots.clear();
    for (const { snapshot, decider } of pending) {
      try {
        this.snapshots.save(snapshot, decider as never);
        this.metrics.snapshotsWritten.inc();
      } catch (error) {
        this.metrics.snapshotWriteFailures.inc();
        this.logger.warn(`snapshot of ${snapshot.streamId} at ${snapshot.revision} not written: ${(error as Error).message}`);
      }
    }
  }

  /** A state given out could not be read: neither it nor the snapshots it may have come from are used again. */
  forget(streamId: string): void {
    this.cache.delete(streamId);
    this.forgetSnapshots(streamId);
  }

  private forgetSnapshots(streamId: string): void {
    try {
      this.snapshots.forget(streamId);
    } catch (error) {
      this.logger.warn(`stale snapshots of ${streamId} not removed: ${(error as Error).message}`);
    }
  }
}
