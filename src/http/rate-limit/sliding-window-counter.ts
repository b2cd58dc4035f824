/** How many slots a window is cut into: hits are counted to 1/SLOTS of the window (1 s of a minute). */
export const SLOTS = 60;

/**
 * Hits in the last `ttl` milliseconds, kept as counts per slot of `ttl / SLOTS` in a ring: recording a hit and
 * reading the total cost O(1) amortised, whatever the rate. (The throttler's own storage keeps one timestamp per hit
 * and filters them all on every request: at a few thousand requests a minute from one client that was 7 % of a
 * command's CPU.) A hit counts for between ttl − ttl/SLOTS and ttl: the window is that much coarser.
 */
export class SlidingWindowCounter {
  private readonly counts = new Uint32Array(SLOTS);
  /** The slot number (time / slot width) the ring was last advanced to. */
  private slot: number;
  private hits = 0;
  /** Until when (epoch ms) requests are refused after the limit was passed; 0 when not blocked. */
  blockedUntil = 0;

  constructor(
    private readonly slotMs: number,
    now: number,
  ) {
    this.slot = Math.floor(now / slotMs);
  }

  /** Hits inside the window at `now`. */
  total(now: number): number {
    this.advance(now);
    return this.hits;
  }

  record(now: number): number {
    this.advance(now);
    this.counts[this.slot % SLOTS]++;
    return ++this.hits;
  }

  /** Milliseconds until the oldest hit still counted leaves the window (0 when none is counted). */
  msUntilOldestExpires(now: number): number {
    this.advance(now);
    for (let age = SLOTS - 1; age >= 0; age--) {
      if (this.counts[(this.slot - age + SLOTS * 2) % SLOTS] > 0) return (this.slot - age + SLOTS) * this.slotMs - now;
    }
    return 0;
  }

  /** True when nothing is counted and nothing is blocked: the counter can be forgotten. */
  idle(now: number): boolean {
    return this.total(now) === 0 && this.blockedUntil <= now;
  }

  private advance(now: number): void {
    const slot = Math.floor(now / this.slotMs);
    if (slot <= this.slot) return;
    // Slots that fell out of the window since the last advance: at most the whole ring.
    const steps = Math.min(slot - this.slot, SLOTS);
    for (let i = 1; i <= steps; i++) {
      const index = (this.slot + i) % SLOTS;
      this.hits -= this.counts[index];
      this.counts[index] = 0;
    }
    this.slot = slot;
  }
}
