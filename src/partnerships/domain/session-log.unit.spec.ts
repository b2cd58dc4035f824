import { SessionState } from './partnership-state';
import { SessionLog } from './session-log';

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
