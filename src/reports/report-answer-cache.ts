/**
 * Rendered report bodies, keyed by what fully determines them: report, parameters (with today's date) and the
 * projection generation and position they were read at. A report is a pure function of those, so an entry
 * is served only while the live checkpoint is still exactly there; any new event makes it unreachable.
 * Dashboards poll the same few reports: this spares them re-reading and re-rendering unchanged data.
 */
export class ReportAnswerCache {
  private readonly entries = new Map<string, string>();

  constructor(private readonly capacity = 200) {}

  get(key: string): string | undefined {
    const body = this.entries.get(key);
    if (body !== undefined) {
      // Most recently used last, so eviction drops the oldest.
      this.entries.delete(key);
      this.entries.set(key, body);
    }
    return body;
  }

  set(key: string, body: string): void {
    this.entries.set(key, body);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
