import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What /metrics shows of the fold cache and snapshots. */
export class FoldMetrics {
  readonly cacheHits: Counter;
  readonly cacheMisses: Counter<'start'>;
  readonly eventsFolded: Histogram;
  readonly snapshotEventsBehind: Histogram;
  readonly snapshotsWritten: Counter;
  readonly snapshotWriteFailures: Counter;
  readonly cachedStreams: Gauge;
  readonly prewarmed: Counter;

  constructor(registry: Registry, cacheSize: () => number) {
    const registers = [registry];
    this.cacheHits = new Counter({ name: 'ledger_fold_cache_hits_total', help: 'Stream loads that started from the in-memory fold cache', registers });
    this.cacheMisses = new Counter({
      name: 'ledger_fold_cache_misses_total',
      help: 'Stream loads not in the fold cache, by where the fold started (snapshot, or start: event 0)',
      labelNames: ['start'],
      registers,
    });
    // Both series from the start, so a rate or a ratio never meets a missing one.
    for (const start of ['snapshot', 'start']) this.cacheMisses.inc({ start }, 0);
    this.eventsFolded = new Histogram({
      name: 'ledger_events_folded_per_load',
      help: 'Events read and folded by one stream load (commands, state routes, facts from other streams): the tail after the cache or snapshot',
      buckets: [0, 1, 2, 5, 10, 50, 100, 500, 1000, 5000, 10000, 50000, 100000],
      registers,
    });
    this.snapshotEventsBehind = new Histogram({
      name: 'ledger_snapshot_events_behind',
      help: "At each load, events of the stream after its newest durable snapshot (what a cold start would fold)",
      buckets: [0, 10, 50, 100, 250, 500, 1000, 5000, 10000, 100000],
      registers,
    });
    this.snapshotsWritten = new Counter({ name: 'ledger_snapshots_written_total', help: 'Durable stream snapshots written', registers });
    this.snapshotWriteFailures = new Counter({
      name: 'ledger_snapshot_write_failures_total',
      help: 'Durable stream snapshots that could not be written (the command they followed was not affected)',
      registers,
    });
    this.prewarmed = new Counter({
      name: 'ledger_fold_cache_prewarmed_total',
      help: 'Streams loaded into the fold cache at start from their snapshots (FOLD_CACHE_PREWARM)',
      registers,
    });
    this.cachedStreams = new Gauge({
      name: 'ledger_fold_cache_streams',
      help: 'Streams whose folded state is in the fold cache',
      registers,
      collect() {
        this.set(cacheSize());
      },
    });
  }
}
