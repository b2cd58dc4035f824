import { RecordedEvent } from '../../../src/event-store';
import { Projection, ProjectionTarget } from '../../../src/projections/projection';
import { ProjectionReader } from '../../../src/projections/projection-reader';

/**
 * The test projection: events per stream type (`partner-7` → `partner`). A projection that throws on an
 * event type listed in `poisonTypes` stands in for a bug in a read model.
 */
export class StreamTypeCounts implements Projection {
  readonly tables: readonly string[];

  constructor(
    readonly name = 'stream_type_counts',
    readonly version = 1,
    private readonly poisonTypes: readonly string[] = [],
  ) {
    this.tables = [`${name}_rows`];
  }

  setup({ db, tables }: ProjectionTarget): void {
    db.exec(`CREATE TABLE ${this.table(tables)} (stream_type TEXT PRIMARY KEY, events INTEGER NOT NULL, last_position TEXT NOT NULL)`);
  }

  apply(events: readonly RecordedEvent[], target: ProjectionTarget): void {
    const upsert = target.prepare(
      `INSERT INTO ${this.table(target.tables)} (stream_type, events, last_position) VALUES (?, 1, ?)
       ON CONFLICT (stream_type) DO UPDATE SET events = events + 1, last_position = excluded.last_position`,
    );
    for (const event of events) {
      if (this.poisonTypes.includes(event.type)) throw new Error(`cannot count ${event.type}`);
      upsert.run(event.streamId.split('-')[0], event.position.toString());
    }
  }

  counts(reader: ProjectionReader): Record<string, number> {
    return reader.read(this, (target) => {
      const rows = target.prepare(`SELECT stream_type, events FROM ${this.table(target.tables)} ORDER BY stream_type`).all() as { stream_type: string; events: number }[];
      return Object.fromEntries(rows.map((row) => [row.stream_type, row.events]));
    }).value;
  }

  private table(tables: Readonly<Record<string, string>>): string {
    return tables[this.tables[0]];
  }
}
