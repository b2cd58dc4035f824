import type Database from 'better-sqlite3';
import { EventIdIndex, IndexedEventId } from '../event-store/esdb/event-id-index';
import { ProjectionNotReadyError, ProjectionReader } from '../projections/projection-reader';
import { EventIdIndexProjection } from './event-id-index.projection';

/**
 * The event-id index as the projection left it in the read-model database: the row and the checkpoint are read
 * in one transaction (ProjectionReader), so the answer is exact up to that checkpoint. Before the projection is
 * registered or first built, it knows nothing (checkpoint undefined) and the lookup reads the whole stream.
 */
export class ReadModelEventIdIndex implements EventIdIndex {
  private readonly reader: ProjectionReader;

  constructor(
    db: Database.Database,
    private readonly projection: EventIdIndexProjection,
  ) {
    this.reader = new ProjectionReader(db);
  }

  lookup(streamId: string, eventId: string): IndexedEventId {
    try {
      const { value, position } = this.reader.read(this.projection, (target) => this.projection.revisionOf(target, streamId, eventId));
      return { revision: value, checkpoint: position };
    } catch (error) {
      if (error instanceof ProjectionNotReadyError) return { revision: undefined, checkpoint: undefined };
      throw error;
    }
  }
}
