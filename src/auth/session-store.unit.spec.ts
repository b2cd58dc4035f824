import { SettableClock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
import { sessionKeyOf, SessionStore } from './session-store';

const config = { sessionIdleMinutes: 30, sessionAbsoluteHours: 12 } as AppConfig;
const reporting = { role: 'reporting', actor: 'key:reporting' } as const;

describe('SessionStore', () => {
  it('keys sessions by the SHA-256 of their id and keeps at most its bound, dropping expired ones first, then the least recently used', () => {
    const clock = new SettableClock(new Date('2026-03-01T08:00:00Z'));
    const store = new SessionStore(config, clock, 3);
    const ended: string[] = [];
    store.onEnded((key) => ended.push(key));
    const old = store.create(reporting, 'api-key');
    expect(old.key).toBe(sessionKeyOf(old.id));
    expect(store.peek(old.id)).toBeUndefined();
    clock.set('2026-03-01T08:20:00Z');
    const a = store.create(reporting, 'api-key');
    const b = store.create(reporting, 'api-key');
    clock.set('2026-03-01T08:31:00Z');
    // The first has been idle 31 minutes: swept to make room, nobody else is dropped.
    const c = store.create(reporting, 'api-key');
    expect(store.size).toBe(3);
    expect([store.peek(old.key), store.peek(a.key), store.peek(b.key), store.peek(c.key)].map(Boolean)).toEqual([false, true, true, true]);
    store.touch(a.key);
    // Full of live sessions: b is the least recently used.
    const d = store.create(reporting, 'api-key');
    expect(ended).toEqual([b.key]);
    expect([a, b, c, d].map((s) => store.peek(s.key) !== undefined)).toEqual([true, false, true, true]);
  });

  it('never reports an idle expiry later than the absolute one', () => {
    const clock = new SettableClock(new Date('2026-03-01T08:00:00Z'));
    const store = new SessionStore({ sessionIdleMinutes: 60, sessionAbsoluteHours: 1 } as AppConfig, clock);
    const session = store.create(reporting, 'api-key');
    clock.set('2026-03-01T08:30:00Z');
    expect(store.touch(session.key)?.idleExpiresAt.toISOString()).toBe('2026-03-01T09:00:00.000Z');
    clock.set('2026-03-01T09:00:00Z');
    expect(store.touch(session.key)).toBeUndefined();
  });
});
