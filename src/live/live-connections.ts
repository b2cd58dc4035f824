import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type { Response } from 'express';
import { RecordedEvent, Subscription } from '../event-store';
import { HEARTBEAT_MESSAGE } from './live-event-message';

export interface LiveOptions {
  /** A comment line every this many ms keeps proxies from timing the connection out; the caller's session is re-checked then. */
  readonly heartbeatMs: number;
  /** Open streams at most; the next caller gets 503. */
  readonly maxConnections: number;
}

export const LIVE_OPTIONS = Symbol('LIVE_OPTIONS');
export const DEFAULT_LIVE_OPTIONS: LiveOptions = { heartbeatMs: 15_000, maxConnections: 100 };

export interface LiveStreamSpec {
  readonly response: Response;
  readonly subscription: Subscription;
  /** The SSE message for an event, or undefined to send nothing. */
  readonly message: (event: RecordedEvent) => string | undefined;
  /** Asked at each heartbeat: false ends the stream (the session has ended or expired). */
  readonly stillAuthorized: () => boolean;
  /** Registers a callback that ends the stream at once (a sign-out); returns its removal. */
  readonly endSignal?: (end: () => void) => () => void;
}

/**
 * The open `GET /live/events` streams: one event-store subscription each, bounded in number, each ended (its
 * subscription closed, its heartbeat stopped) when the client leaves, the session ends, the store fails, or the app
 * shuts down — so `app.close()` never waits on a browser tab.
 */
@Injectable()
export class LiveConnections implements OnModuleDestroy {
  private readonly logger = new Logger('Live');
  private readonly open = new Set<LiveStream>();
  private closing = false;

  constructor(@Inject(LIVE_OPTIONS) private readonly options: LiveOptions) {}

  /** Streams open now. */
  get size(): number {
    return this.open.size;
  }

  get full(): boolean {
    return this.closing || this.open.size >= this.options.maxConnections;
  }

  /** Starts streaming (headers already sent by the caller); resolves when the stream has ended. Undefined when full. */
  start(spec: LiveStreamSpec): Promise<void> | undefined {
    if (this.full) return undefined;
    const stream = new LiveStream(spec, this.options.heartbeatMs, this.logger, () => this.open.delete(stream));
    this.open.add(stream);
    return stream.run();
  }

  onModuleDestroy(): void {
    this.closing = true;
    for (const stream of [...this.open]) stream.end();
  }
}

class LiveStream {
  private ended = false;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly removeEndSignal: () => void;
  private readonly onClientGone = () => this.end();
  private wakeWriter: (() => void) | undefined;

  constructor(
    private readonly spec: LiveStreamSpec,
    heartbeatMs: number,
    private readonly logger: Logger,
    private readonly onEnded: () => void,
  ) {
    spec.response.on('close', this.onClientGone);
    this.heartbeat = setInterval(() => this.beat(), heartbeatMs);
    this.heartbeat.unref();
    this.removeEndSignal = spec.endSignal?.(() => this.end()) ?? (() => undefined);
  }

  async run(): Promise<void> {
    // The client may have left while the stream was being set up: its 'close' is then already past.
    if (this.spec.response.destroyed) {
      this.end();
      return;
    }
    try {
      for await (const event of this.spec.subscription) {
        if (this.ended) break;
        const message = this.spec.message(event);
        if (message !== undefined && !this.spec.response.write(message)) await this.drained();
      }
    } catch (error) {
      if (!this.ended) this.logger.warn(`live stream ended: the event-store subscription failed: ${(error as Error).message}`);
    } finally {
      this.end();
    }
  }

  /** Idempotent. Ends the response (the client's EventSource reconnects with Last-Event-ID if it wants to). */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    clearInterval(this.heartbeat);
    this.removeEndSignal();
    this.spec.response.off('close', this.onClientGone);
    this.wakeWriter?.();
    void this.spec.subscription.close();
    if (!this.spec.response.writableEnded) this.spec.response.end();
    this.onEnded();
  }

  private beat(): void {
    if (this.ended) return;
    if (!this.spec.stillAuthorized()) {
      this.end();
      return;
    }
    this.spec.response.write(HEARTBEAT_MESSAGE);
  }

  /** A slow client: wait until its buffer drains, or the stream ends. */
  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.spec.response.off('drain', done);
        this.wakeWriter = undefined;
        resolve();
      };
      this.wakeWriter = done;
      this.spec.response.once('drain', done);
    });
  }
}
