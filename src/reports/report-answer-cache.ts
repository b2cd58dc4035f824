import { LruMap } from '../caching/lru-map';

/**
 * Rendered report bodies, keyed by what fully determines them: report, parameters (with today's date) and the
 * projection generation and position they were read at. A report is a pure function of those, so an entry
 * is served only while the live checkpoint is still exactly there; any new event makes it unreachable.
 * Dashboards poll the same few reports: this spares them re-reading and re-rendering unchanged data.
 */
export class ReportAnswerCache {
  private readonly entries: LruMap<string, string>;

  constructor(capacity = 200) {
    this.entries = new LruMap(capacity);
  }

  get(key: string): string | undefined {
    return this.entries.get(key);
  }

  set(key: string, body: string): void {
    this.entries.set(key, body);
  }
}
