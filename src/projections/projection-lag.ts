import { EventStore } from '../event-store';
import { Projection } from './projection';
import { Checkpoint } from './projection-checkpoints';

/** How a projection is doing, in plain JSON (positions as decimal strings) for /health, the CLI and logs. */
export interface ProjectionStatus {
  readonly name: string;
  readonly version: number;
  /** Version of the code that built the live tables (0: not built yet). */
  readonly liveVersion: number;
  readonly status: 'running' | 'rebuilding' | 'failed';
  readonly generation: number;
  readonly position: string | null;
  readonly headPosition: string | null;
  /** Head minus checkpoint: the number of events behind on the embedded store; a log distance on EventStoreDB. */
  readonly positionsBehind: string;
  /** Age of the oldest event not applied yet (0 when caught up). */
  readonly secondsBehind: number;
  readonly error: string | null;
  readonly failedEvent: { position: string; id: string; type: string; streamId: string } | null;
  readonly rebuild: { generation: number; position: string | null } | null;
}

export async function projectionLag(
  store: EventStore,
  projection: Projection,
  live: Checkpoint | undefined,
  rebuild: Checkpoint | undefined,
  head: bigint | undefined,
  now: Date,
): Promise<ProjectionStatus> {
  const position = live?.position;
  const behind = head === undefined ? 0n : position === undefined ? head : head > position ? head - position : 0n;
  let secondsBehind = 0;
  if (behind > 0n) {
    for await (const oldest of store.readAll({ after: position, maxCount: 1 })) {
      secondsBehind = Math.max(0, (now.getTime() - oldest.recordedAt.getTime()) / 1000);
    }
  }
  const failed = live?.failedEvent;
  return {
    name: projection.name,
    version: projection.version,
    liveVersion: live?.version ?? 0,
    status: live?.status ?? 'rebuilding',
    generation: live?.generation ?? 0,
    position: position?.toString() ?? null,
    headPosition: head?.toString() ?? null,
    positionsBehind: behind.toString(),
    secondsBehind,
    error: live?.error ?? null,
    failedEvent: failed ? { position: failed.position.toString(), id: failed.id, type: failed.type, streamId: failed.streamId } : null,
    rebuild: rebuild ? { generation: rebuild.generation, position: rebuild.position?.toString() ?? null } : null,
  };
}
