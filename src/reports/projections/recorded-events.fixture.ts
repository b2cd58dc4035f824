import { RecordedEvent } from '../../event-store';
import { Projection } from '../../projections/projection';
import { ProjectionGeneration } from '../../projections/projection-generation';
import { ReadModelDatabase } from '../../read-models/read-model-database';

/** Hand-built events for projection unit tests: positions count up in the order given. */
export function recorded(events: readonly { type: string; stream: string; data: object }[], firstPosition = 1): RecordedEvent[] {
  return events.map((e, i) => ({
    id: `00000000-0000-4000-8000-${String(firstPosition + i).padStart(12, '0')}`,
    type: e.type,
    schemaVersion: 1,
    data: e.data,
    metadata: { actor: 'test', correlationId: 'test' },
    streamId: e.stream,
    revision: 0n,
    position: BigInt(firstPosition + i),
    recordedAt: new Date('2026-09-01T00:00:00Z'),
  }));
}

/** A projection's tables in an in-memory read-model database, as the runner would create them. */
export function inMemoryTarget(projection: Projection): ProjectionGeneration {
  const database = new ReadModelDatabase(':memory:');
  const target = new ProjectionGeneration(database.db, projection, 1);
  target.create();
  return target;
}
