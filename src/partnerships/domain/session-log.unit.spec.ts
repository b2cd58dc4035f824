import { SessionState } from './partnership-state';
import { EncodedSessions, SessionLog } from './session-log';

const session = (n: number): SessionState => ({ sessionId: `s${n}`, assignmentId: 'a1', date: `2026-09-${String(n).padStart(2, '0')}`, minutes: 45, students: 20, notes: null, corrected: false });

describe('SessionLog', () => {
  it('finds sessions and shows the count with the newest first', () => {
    let log = SessionLog.empty;
    for (let n = 1; n <= 25; n++) log = log.add(session(n));
    expect(log.size).toBe(25);
    expect(log.find('s3')?.date).toBe('2026-09-03');
    expect(log.find('s99')).toBeUndefined();
    const json = JSON.parse(JSON.stringify(log));
    expect(json.count).toBe(25);
    expect(json.newest).toHaveLength(20);
    expect(json.newest[0].sessionId).toBe('s25');
  });

  it('corrects one session without touching earlier logs (timeline states stay as they were)', () => {
    const before = SessionLog.empty.add(session(1)).add(session(2)).add(session(3));
    const after = before.replace('s2', (s) => ({ ...s, minutes: 60, corrected: true }));
    expect(after.find('s2')).toMatchObject({ minutes: 60, corrected: true });
    expect(before.find('s2')).toMatchObject({ minutes: 45, corrected: false });
    expect([...after.newestFirst()].map((s) => s.sessionId)).toEqual(['s3', 's2', 's1']);
    expect(after.size).toBe(3);
  });

  it('stays linear for a partnership with many sessions', () => {
    let log = SessionLog.empty;
    for (let n = 0; n < 100_000; n++) log = log.add({ ...session(1), sessionId: `s${n}` });
    expect(log.size).toBe(100_000);
    expect(log.find('s0')).toBeDefined();
  });
});

describe('SessionLog from encoded sessions (a snapshot decoded lazily)', () => {
  const sessions = Array.from({ length: 500 }, (_, n) => session(n));
  const ids = new Set(sessions.map((s) => s.sessionId));
  function encoded(decodes: { count: number }): EncodedSessions {
    return {
      count: sessions.length,
      newest: sessions.slice(-20).reverse().map((s) => ({ ...s })),
      mayHold: (sessionId) => ids.has(sessionId),
      decode: () => {
        decodes.count++;
        return sessions.map((s) => ({ ...s }));
      },
    };
  }
  const eager = (): SessionLog => {
    let log = SessionLog.empty;
    for (const s of sessions) log = log.add(s);
    return log;
  };

  it('adds, shows its newest sessions and refuses no new id without decoding anything', () => {
    const decodes = { count: 0 };
    const lazy = SessionLog.fromEncoded(encoded(decodes));
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(eager()));
    const grown = lazy.add(session(900)).add(session(901));
    expect(grown.size).toBe(502);
    expect(JSON.stringify(grown)).toBe(JSON.stringify(eager().add(session(900)).add(session(901))));
    expect(grown.find('s-new')).toBeUndefined();
    expect(grown.find('s900')?.sessionId).toBe('s900');
    expect(grown.find('s495')?.sessionId).toBe('s495'); // among the newest, decoded up front
    expect(grown.replace('s-new', (s) => ({ ...s, minutes: 1 }))).toBe(grown);
    expect(decodes.count).toBe(0);
  });

  it('finds and corrects a session deep in the encoded part, decoding once; earlier logs do not change', () => {
    const decodes = { count: 0 };
    const lazy = SessionLog.fromEncoded(encoded(decodes)).add(session(900));
    Object.freeze(lazy); // states handed out may be frozen: the decode is memoised outside the log
    expect(lazy.find('s3')).toEqual(session(3));
    const corrected = lazy.replace('s3', (s) => ({ ...s, minutes: 60, corrected: true }));
    expect(decodes.count).toBe(1);
    expect(corrected.find('s3')).toMatchObject({ minutes: 60, corrected: true });
    expect(lazy.find('s3')).toMatchObject({ minutes: 45, corrected: false });
    expect([...corrected.newestFirst()].map((s) => s.sessionId)).toEqual([...eager().add(session(900)).newestFirst()].map((s) => s.sessionId));
    expect(JSON.stringify(corrected)).toBe(JSON.stringify(lazy));
    expect(corrected.size).toBe(501);
    expect(corrected.find('s-new')).toBeUndefined();
    // A correction among the newest shows in JSON, and walking every session gives the eager log's sessions.
    const recent = corrected.replace('s498', (s) => ({ ...s, minutes: 70, corrected: true }));
    expect(JSON.parse(JSON.stringify(recent)).newest[2]).toMatchObject({ sessionId: 's498', minutes: 70 });
    const reference = eager().add(session(900)).replace('s3', (s) => ({ ...s, minutes: 60, corrected: true })).replace('s498', (s) => ({ ...s, minutes: 70, corrected: true }));
    expect([...recent.newestFirst()]).toEqual([...reference.newestFirst()]);
    expect(decodes.count).toBe(1);
  });

  it('decodes only when a walk goes past the newest sessions', () => {
    const decodes = { count: 0 };
    const lazy = SessionLog.fromEncoded(encoded(decodes));
    const walk = lazy.newestFirst();
    for (let i = 0; i < 20; i++) walk.next();
    expect(decodes.count).toBe(0);
    expect(walk.next().value).toEqual(session(479));
    expect(decodes.count).toBe(1);
    expect([...lazy.newestFirst()]).toEqual([...eager().newestFirst()]);
    expect(decodes.count).toBe(1);
  });
});
