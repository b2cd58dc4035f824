import { diffStates, touchedKeys } from '../../console/src/operations/state-diff';

/** The timeline's "what changed" (console/src/operations/state-diff.ts). */
describe('diffStates', () => {
  const assignment = (status: string) => ({ assignmentId: 'a1', schoolId: 's1', status });
  const session = (sessionId: string, minutes: number) => ({ sessionId, assignmentId: 'a1', minutes });

  it('names a changed field of an array item by the item id, not by its index', () => {
    const before = { assignments: [assignment('active'), { ...assignment('active'), assignmentId: 'a2' }] };
    const after = { assignments: [assignment('suspended'), { ...assignment('active'), assignmentId: 'a2' }] };
    expect(diffStates(before, after)).toEqual([{ path: 'assignments[a1].status', before: 'active', after: 'suspended' }]);
  });

  it('matches sessions by their own id even though each also names its assignment', () => {
    const before = { sessions: { count: 2, newest: [session('x', 50), session('y', 45)] } };
    const after = { sessions: { count: 3, newest: [session('z', 40), session('x', 50), session('y', 45)] } };
    expect(diffStates(before, after)).toEqual([
      { path: 'sessions.count', before: 2, after: 3 },
      { path: 'sessions.newest[z]', before: undefined, after: session('z', 40) },
    ]);
  });

  it('reports removed items and nothing for equal states', () => {
    expect(diffStates({ schools: [{ schoolId: 'p' }] }, { schools: [] })).toEqual([{ path: 'schools[p]', before: { schoolId: 'p' }, after: undefined }]);
    expect(diffStates({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([]);
  });

  it('lists the top-level keys touched', () => {
    expect(touchedKeys([{ path: 'assignments[a1].status', before: 1, after: 2 }, { path: 'status', before: 1, after: 2 }])).toEqual(new Set(['assignments', 'status']));
  });
});
