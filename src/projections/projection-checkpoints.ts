import type Database from 'better-sqlite3';

/**
 * A projection has up to three checkpoint rows, one per slot:
 * - `live`: the generation queries read and the runner keeps up to date;
 * - `rebuild`: a new generation being filled from position 0 while `live` keeps answering;
 * - `verify`: scratch tables `verify` fills to compare with `live`, dropped afterwards.
 */
export type CheckpointSlot = 'live' | 'rebuild' | 'verify';
export type CheckpointStatus = 'running' | 'rebuilding' | 'failed';

export interface FailedEvent {
  readonly position: bigint;
  readonly id: string;
  readonly type: string;
  readonly streamId: string;
}

export interface Checkpoint {
  readonly name: string;
  readonly slot: CheckpointSlot;
  /** Projection code version that built this generation (0: nothing built yet). */
  readonly version: number;
  readonly generation: number;
  /** Last global position applied (or skipped by the filter); undefined = nothing yet, start of the log. */
  readonly position: bigint | undefined;
  /** recordedAt (ms) of the event at `position`. */
  readonly lastRecordedAt: number | undefined;
  readonly status: CheckpointStatus;
  readonly error: string | undefined;
  readonly failedEvent: FailedEvent | undefined;
  readonly updatedAt: number;
}

interface CheckpointRow {
  name: string;
  slot: CheckpointSlot;
  version: number;
  generation: number;
  position: string | null;
  last_recorded_at: number | null;
  status: CheckpointStatus;
  error: string | null;
  failed_position: string | null;
  failed_event_id: string | null;
  failed_event_type: string | null;
  failed_stream_id: string | null;
  updated_at: number;
}

/**
 * The `projection_checkpoints` table. Positions are TEXT so bigints survive exactly. Every method is
 * synchronous and meant to run inside the same transaction as the read-model change it accounts for.
 */
export class ProjectionCheckpoints {
  private readonly selectOne: Database.Statement;
  private readonly selectAll: Database.Statement;
  private readonly advanceStatement: Database.Statement;

  constructor(readonly db: Database.Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS projection_checkpoints (
      name TEXT NOT NULL,
      slot TEXT NOT NULL CHECK (slot IN ('live', 'rebuild', 'verify')),
      version INTEGER NOT NULL,
      generation INTEGER NOT NULL,
      position TEXT,
      last_recorded_at INTEGER,
      status TEXT NOT NULL CHECK (status IN ('running', 'rebuilding', 'failed')),
      error TEXT,
      failed_position TEXT,
      failed_event_id TEXT,
      failed_event_type TEXT,
      failed_stream_id TEXT,
      updated_at INTEGER NOT NULL,
      PRIMARY KEY (name, slot)
    )`);
    this.selectOne = db.prepare('SELECT * FROM projection_checkpoints WHERE name = ? AND slot = ?');
    this.selectAll = db.prepare('SELECT * FROM projection_checkpoints ORDER BY name, slot');
    this.advanceStatement = db.prepare(
      'UPDATE projection_checkpoints SET position = ?, last_recorded_at = ?, updated_at = ? WHERE name = ? AND slot = ?',
    );
  }

  get(name: string, slot: CheckpointSlot): Checkpoint | undefined {
    const row = this.selectOne.get(name, slot) as CheckpointRow | undefined;
    return row && toCheckpoint(row);
  }

  all(): Checkpoint[] {
    return (this.selectAll.all() as CheckpointRow[]).map(toCheckpoint);
  }

  create(checkpoint: Pick<Checkpoint, 'name' | 'slot' | 'version' | 'generation' | 'status'>): void {
    this.db
      .prepare(
        `INSERT INTO projection_checkpoints (name, slot, version, generation, position, status, updated_at)
         VALUES (?, ?, ?, ?, NULL, ?, ?)`,
      )
      .run(checkpoint.name, checkpoint.slot, checkpoint.version, checkpoint.generation, checkpoint.status, Date.now());
  }

  advance(name: string, slot: CheckpointSlot, position: bigint, recordedAt: number): void {
    this.advanceStatement.run(position.toString(), recordedAt, Date.now(), name, slot);
  }

  setStatus(name: string, slot: CheckpointSlot, status: CheckpointStatus): void {
    this.db
      .prepare(
        `UPDATE projection_checkpoints SET status = ?, error = NULL, failed_position = NULL, failed_event_id = NULL,
         failed_event_type = NULL, failed_stream_id = NULL, updated_at = ? WHERE name = ? AND slot = ?`,
      )
      .run(status, Date.now(), name, slot);
  }

  fail(name: string, slot: CheckpointSlot, error: string, event: FailedEvent | undefined): void {
    this.db
      .prepare(
        `UPDATE projection_checkpoints SET status = 'failed', error = ?, failed_position = ?, failed_event_id = ?,
         failed_event_type = ?, failed_stream_id = ?, updated_at = ? WHERE name = ? AND slot = ?`,
      )
      .run(error, event?.position.toString() ?? null, event?.id ?? null, event?.type ?? null, event?.streamId ?? null, Date.now(), name, slot);
  }

  /** Makes `from`'s generation and position the live ones (the swap at the end of a rebuild). */
  promote(name: string, from: Checkpoint): void {
    this.db
      .prepare(
        `UPDATE projection_checkpoints SET version = ?, generation = ?, position = ?, last_recorded_at = ?, status = 'running',
         error = NULL, failed_position = NULL, failed_event_id = NULL, failed_event_type = NULL, failed_stream_id = NULL, updated_at = ?
         WHERE name = ? AND slot = 'live'`,
      )
      .run(from.version, from.generation, from.position?.toString() ?? null, from.lastRecordedAt ?? null, Date.now(), name);
  }

  remove(name: string, slot: CheckpointSlot): void {
    this.db.prepare('DELETE FROM projection_checkpoints WHERE name = ? AND slot = ?').run(name, slot);
  }

  /** A generation number no slot of this projection uses (tables of a fresh generation never collide with leftovers). */
  nextGeneration(name: string): number {
    const row = this.db.prepare('SELECT MAX(generation) AS g FROM projection_checkpoints WHERE name = ?').get(name) as { g: number | null };
    return (row.g ?? 0) + 1;
  }
}

function toCheckpoint(row: CheckpointRow): Checkpoint {
  return {
    name: row.name,
    slot: row.slot,
    version: row.version,
    generation: row.generation,
    position: row.position === null ? undefined : BigInt(row.position),
    lastRecordedAt: row.last_recorded_at ?? undefined,
    status: row.status,
    error: row.error ?? undefined,
    failedEvent:
      row.failed_position === null
        ? undefined
        : { position: BigInt(row.failed_position), id: row.failed_event_id ?? '', type: row.failed_event_type ?? '', streamId: row.failed_stream_id ?? '' },
    updatedAt: row.updated_at,
  };
}
