import { Injectable } from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';
import { MetricsRegistry } from '../../observability/metrics-registry';
import { ReadModelDatabase } from '../../read-models/read-model-database';

/** A completed sweep, as remembered for the schedule and /health. */
export interface SweepRun {
  /** The sweep's "as of" date, YYYY-MM-DD. */
  readonly asOf: string;
  /** When the last sweep as of that date completed (ISO instant, from the injected Clock). */
  readonly completedAt: string;
  /** Who ran it: `system:expiry-sweep-schedule`, `key:<name>`, `cli:<user>`. */
  readonly actor: string;
  /** Distinct events recorded by the sweeps as of that date (a repeat adds none). */
  readonly recorded: number;
  /** How many sweeps as of that date completed (several servers, or a manual sweep besides the schedule). */
  readonly runs: number;
}

export interface SweepCompletion {
  readonly asOf: string;
  readonly completedAt: Date;
  readonly actor: string;
  /** Ids of the events the sweep's commands wrote. */
  readonly eventIds: readonly string[];
}

/**
 * Where "the last sweep" is remembered: one row per "as of" date in the read-model database
 * (`expiry_sweep_runs`), written by every successful sweep whatever started it (schedule, HTTP, CLI).
 * The event log cannot tell: a sweep that found nothing due records no event, yet it counts as done.
 * The table is state of this deployment, not a projection: a rebuild neither needs nor touches it, and losing
 * it costs at most one extra (idempotent) catch-up sweep at the next start.
 *
 * Also keeps the sweep metrics: `ledger_sweep_last_success_timestamp_seconds` (read from the table at scrape
 * time, so it survives restarts and includes CLI sweeps on the same data directory) and `ledger_sweep_recorded_total`.
 */
@Injectable()
export class ExpirySweepLog {
  private readonly recordedTotal: Counter;

  constructor(private readonly database: ReadModelDatabase, registry: MetricsRegistry) {
    database.db.exec(`
      CREATE TABLE IF NOT EXISTS expiry_sweep_runs (
        as_of TEXT PRIMARY KEY, completed_at TEXT NOT NULL, actor TEXT NOT NULL,
        recorded INTEGER NOT NULL, runs INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS expiry_sweep_recorded (event_id TEXT PRIMARY KEY, as_of TEXT NOT NULL);
    `);
    this.recordedTotal = new Counter({
      name: 'ledger_sweep_recorded_total',
      help: 'Expiry events recorded by expiry sweeps (scheduled, HTTP and CLI) since this process started',
      registers: [registry],
    });
    const log = this;
    new Gauge({
      name: 'ledger_sweep_last_success_timestamp_seconds',
      help: 'When the latest expiry sweep (by its as-of date) last completed, in seconds since the epoch; 0 before any',
      registers: [registry],
      collect() {
        const last = log.last();
        this.set(last ? Date.parse(last.completedAt) / 1000 : 0);
      },
    });
  }

  /**
   * Called by the sweep handler once every stream has been swept. Events are counted by id: when two servers
   * sweep one date in lockstep, both appends of the same (deterministic) events succeed but the store holds them
   * once, and both sweeps report them; here, and in ledger_sweep_recorded_total, they count once.
   */
  completed(run: SweepCompletion): void {
    const db = this.database.db;
    const fresh = db.transaction(() => {
      const insert = db.prepare('INSERT OR IGNORE INTO expiry_sweep_recorded (event_id, as_of) VALUES (?, ?)');
      let inserted = 0;
      for (const id of run.eventIds) inserted += insert.run(id, run.asOf).changes;
      db.prepare(
        `INSERT INTO expiry_sweep_runs (as_of, completed_at, actor, recorded, runs) VALUES (?, ?, ?, ?, 1)
         ON CONFLICT (as_of) DO UPDATE SET completed_at = excluded.completed_at, actor = excluded.actor,
           recorded = recorded + excluded.recorded, runs = runs + 1`,
      ).run(run.asOf, run.completedAt.toISOString(), run.actor, inserted);
      return inserted;
    })();
    this.recordedTotal.inc(fresh);
  }

  /** The sweep with the latest "as of" date (a backdated manual sweep does not hide a newer one). */
  last(): SweepRun | undefined {
    return this.database.db
      .prepare('SELECT as_of AS asOf, completed_at AS completedAt, actor, recorded, runs FROM expiry_sweep_runs ORDER BY as_of DESC LIMIT 1')
      .get() as SweepRun | undefined;
  }
}
