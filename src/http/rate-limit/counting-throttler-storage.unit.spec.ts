import { CountingThrottlerStorage } from './counting-throttler-storage';

const MINUTE = 60_000;

describe('CountingThrottlerStorage', () => {
  let now: number;
  let storage: CountingThrottlerStorage;
  const hit = (key = 'ip-1', limit = 3) => storage.increment(key, MINUTE, limit, 0, 'per-minute');

  beforeEach(() => {
    now = Date.UTC(2026, 11, 4, 12, 0, 0);
    storage = new CountingThrottlerStorage(() => now);
  });

  it('lets the limit through, refuses the next one, and keeps refusing for the block duration', async () => {
    for (let i = 1; i <= 3; i++) expect(await hit()).toMatchObject({ totalHits: i, isBlocked: false });
    const refused = await hit();
    expect(refused).toMatchObject({ isBlocked: true, timeToBlockExpire: 60 });
    now += 30_000;
    expect((await hit()).isBlocked).toBe(true);
    now += 30_001;
    expect(await hit()).toMatchObject({ isBlocked: false, totalHits: 1 });
  });

  it('counts hits of the last minute only: old ones leave the window slot by slot', async () => {
    await hit('ip-1', 100);
    now += 30_000;
    await hit('ip-1', 100);
    expect((await hit('ip-1', 100)).totalHits).toBe(3);
    now += 30_500; // the first hit is now more than a minute old
    expect((await hit('ip-1', 100)).totalHits).toBe(3);
    now += 10 * MINUTE;
    expect((await hit('ip-1', 100)).totalHits).toBe(1);
  });

  it('keeps clients and throttlers apart', async () => {
    for (let i = 0; i < 4; i++) await hit('ip-1');
    expect(await hit('ip-2')).toMatchObject({ isBlocked: false, totalHits: 1 });
    expect(await storage.increment('ip-1', MINUTE, 3, 0, 'other')).toMatchObject({ isBlocked: false, totalHits: 1 });
  });

  it('says when the oldest counted hit expires', async () => {
    await hit('ip-1', 100);
    now += 20_000;
    expect((await hit('ip-1', 100)).timeToExpire).toBe(40);
  });

  it('forgets clients with nothing counted and nothing blocked', async () => {
    await hit('ip-1');
    for (let i = 0; i < 4; i++) await storage.increment('ip-2', MINUTE, 3, 5 * MINUTE, 'per-minute');
    now += MINUTE + 1_000;
    storage.forgetIdle(now);
    expect(storage.size).toBe(1); // ip-2's hits left the window, but it is blocked for five minutes: still held
    now += 5 * MINUTE;
    storage.forgetIdle(now);
    expect(storage.size).toBe(0);
  });

  it('costs the same per request however many hits the window holds', async () => {
    const timeFor = async (hits: number) => {
      const started = process.hrtime.bigint();
      for (let i = 0; i < hits; i++) {
        now += 1;
        await hit('busy', 10_000_000);
      }
      return Number(process.hrtime.bigint() - started) / hits;
    };
    await timeFor(2_000);
    const few = await timeFor(2_000);
    const many = await timeFor(40_000); // the window now holds 44,000 hits
    expect(many).toBeLessThan(few * 5);
  });
});
