import { START, type EventStoreDBClient, type AllStreamSubscription } from '@eventstore/db-client';
import { SubscribeOptions, Subscription } from '../event-store';
import { RecordedEvent } from '../recorded-event';
import { fromEsdbEvent } from './esdb-event-mapping';
import { acceptsEvent, serverFilterFor } from './esdb-filters';
import { toEsdbPosition } from './esdb-positions';

const FIRST_RETRY_MS = 50;
const MAX_RETRY_MS = 5_000;

/**
 * A catch-up subscription to $all that outlives the server dropping it: whenever the underlying
 * subscription errors or ends without close(), it subscribes again from the last position it delivered.
 * Positions at or before that one are dropped, so the consumer sees no gap and no duplicate.
 */
export class EsdbSubscription implements Subscription {
  private closed = false;
  private current: AllStreamSubscription | undefined;
  private iterating = false;
  private wakeRetry: (() => void) | undefined;

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly options: SubscribeOptions,
    private readonly onClose: (subscription: EsdbSubscription) => void,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    if (this.iterating) throw new Error('a subscription can be iterated only once');
    this.iterating = true;
    return this.deliver();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.onClose(this);
    this.wakeRetry?.();
    await this.stop(this.current);
  }

  private async *deliver(): AsyncGenerator<RecordedEvent> {
    const accepts = acceptsEvent(this.options.filter);
    let last = this.options.after;
    let retryMs = FIRST_RETRY_MS;
    try {
      while (!this.closed) {
        const subscription = this.client.subscribeToAll({
          fromPosition: last === undefined ? START : toEsdbPosition(last),
          filter: serverFilterFor(this.options.filter),
        });
        this.current = subscription;
        try {
          for await (const resolved of subscription) {
            if (this.closed) return;
            if (!resolved.event) continue;
            const event = fromEsdbEvent(resolved.event);
            if (last !== undefined && event.position <= last) continue;
            retryMs = FIRST_RETRY_MS;
            // Filtered-out events move the resume point too: skipping them again would change nothing.
            last = event.position;
            if (!accepts(event)) continue;
            yield event;
            if (this.closed) return;
          }
        } catch {
          // Dropped by the server or the connection: fall through and resubscribe from `last`.
        }
        await this.stop(subscription);
        if (this.closed) return;
        await this.pause(retryMs);
        retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
      }
    } finally {
      await this.close();
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeRetry = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private async stop(subscription: AllStreamSubscription | undefined): Promise<void> {
    if (!subscription) return;
    // unsubscribe() cancels the gRPC call; destroy() ends a for-await that is still waiting on it.
    await subscription.unsubscribe().catch(() => undefined);
    subscription.destroy();
  }
}
