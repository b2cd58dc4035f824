import { ThrottlerStorage } from '@nestjs/throttler';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;
import { SLOTS, SlidingWindowCounter } from './sliding-window-counter';

const SWEEP_MS = 60_000;

/**
 * The rate limiter's memory: one sliding-window counter per client key and throttler, in place of
 * `@nestjs/throttler`'s default storage (one timestamp per hit, all filtered on every request). Same contract:
 * a request over the limit is refused and the key stays blocked for `blockDuration`; idle keys are swept every minute.
 */
export class CountingThrottlerStorage implements ThrottlerStorage {
  private readonly counters = new Map<string, SlidingWindowCounter>();
  constructor(private readonly now: () => number = Date.now) {
    // Unref'd: the sweep never keeps a process alive, and it holds nothing but this map.
    setInterval(() => this.forgetIdle(this.now()), SWEEP_MS).unref();
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const now = this.now();
    const id = `${throttlerName}\u0000${key}`;
    let counter = this.counters.get(id);
    if (!counter) this.counters.set(id, (counter = new SlidingWindowCounter(Math.max(1, Math.ceil(ttl / SLOTS)), now)));
    const blockMs = blockDuration > 0 ? blockDuration : ttl;
    if (counter.blockedUntil > now) {
      return { totalHits: counter.total(now) + 1, timeToExpire: seconds(ttl), isBlocked: true, timeToBlockExpire: seconds(counter.blockedUntil - now) };
    }
    const totalHits = counter.record(now);
    if (totalHits > limit) {
      counter.blockedUntil = now + blockMs;
      return { totalHits, timeToExpire: seconds(ttl), isBlocked: true, timeToBlockExpire: seconds(blockMs) };
    }
    return { totalHits, timeToExpire: seconds(counter.msUntilOldestExpires(now)), isBlocked: false, timeToBlockExpire: 0 };
  }

  /** Keys tracked (for tests). */
  get size(): number {
    return this.counters.size;
  }

  forgetIdle(now: number): void {
    for (const [id, counter] of this.counters) if (counter.idle(now)) this.counters.delete(id);
  }
}

function seconds(ms: number): number {
  return Math.max(0, Math.ceil(ms / 1000));
}
