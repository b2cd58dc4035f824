import { EventFilter, Subscription } from '../event-store';
import { RecordedEvent } from '../recorded-event';
import { EventLogStatements } from './event-log-statements';
import { letOthersRun } from './between-pages';
import { toRecordedEvent } from './event-row';

const PAGE_SIZE = 1_000;

/**
 * Catch-up then live over the global log. It pages from its cursor to the current head, then waits
 * until this store appends (a wake-up) or the poll interval passes (appends by other processes on the
 * same file). Because positions grow in commit order, paging past the head seen at the start of a page
 * can neither skip nor repeat an event.
 */
export class SqliteSubscription implements Subscription {
  private closed = false;
  private wake: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly statements: EventLogStatements,
    private cursor: bigint,
    private readonly filter: EventFilter | undefined,
    private readonly pollIntervalMs: number,
    private readonly onClose: (subscription: SqliteSubscription) => void,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return this.events();
  }

  /** Called by the store after each of its own appends commits. */
  appended(): void {
    this.wake?.();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.wake?.();
    this.onClose(this);
  }

  private async *events(): AsyncGenerator<RecordedEvent> {
    try {
      while (!this.closed) {
        const head = this.statements.head();
        if (head === undefined || head <= this.cursor) {
          await this.nextAppendOrPoll();
          continue;
        }
        for (;;) {
          const rows = this.statements.globalPage(this.cursor, head, this.filter, PAGE_SIZE);
          for (const row of rows) {
            if (this.closed) return;
            this.cursor = row[0];
            yield toRecordedEvent(row);
          }
          await letOthersRun();
          // A short page means nothing else matches up to the head: skip the unmatched tail too.
          if (rows.length < PAGE_SIZE) {
            if (head > this.cursor) this.cursor = head;
            break;
          }
        }
      }
    } finally {
      await this.close();
    }
  }

  private nextAppendOrPoll(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(this.timer);
        this.timer = undefined;
        this.wake = undefined;
        resolve();
      };
      this.wake = done;
      this.timer = setTimeout(done, this.pollIntervalMs);
    });
  }
}
