import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStore, NewEvent } from '../../../src/event-store';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store';
import { ReadModelDatabase } from '../../../src/read-models/read-model-database';

/** A real event-store file and a real read-model file in a fresh directory. */
export interface ProjectionWorld {
  readonly dir: string;
  readonly storePath: string;
  readonly readModelPath: string;
  store: EventStore;
  readModels: ReadModelDatabase;
  reopen(): void;
  close(): Promise<void>;
}

export function openProjectionWorld(): ProjectionWorld {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-projections-'));
  const storePath = join(dir, 'events.sqlite');
  const readModelPath = join(dir, 'read-models.sqlite');
  const world: ProjectionWorld = {
    dir,
    storePath,
    readModelPath,
    store: SqliteEventStore.open({ path: storePath }),
    readModels: new ReadModelDatabase(readModelPath),
    reopen() {
      world.store = SqliteEventStore.open({ path: storePath });
      world.readModels = new ReadModelDatabase(readModelPath);
    },
    async close() {
      await world.store.close();
      world.readModels.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return world;
}

export function event(type: string, data: Record<string, unknown> = {}): NewEvent {
  return { id: randomUUID(), type, schemaVersion: 1, data, metadata: { actor: 'user:test', correlationId: randomUUID() } };
}

/** Appends `count` events of `type` to `streamId`, returning the last global position. */
export async function appendEvents(store: EventStore, streamId: string, count: number, type = 'SomethingHappened'): Promise<bigint> {
  const result = await store.append(streamId, Array.from({ length: count }, (_, n) => event(type, { n })), 'any');
  return result.position;
}
