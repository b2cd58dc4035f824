import type { TestApp } from '../../support/test-app';

export type Role = 'admin' | 'operations' | 'compliance' | 'reporting';

/** Requests as a role against a test app started later (the getter is read at request time). */
export function roleRequests(app: () => TestApp) {
  const as = (role: Role) => ({ Authorization: `Bearer ${app().tokens[role]}` });
  const post = (path: string, body: object, role: Role = 'operations') => app().http.post(path).set(as(role)).send(body);
  /** Posts and expects 201, showing the path and problem on failure. */
  async function expectCreated(path: string, body: object, role: Role = 'operations'): Promise<void> {
    const answer = await post(path, body, role);
    expect([path, answer.status, answer.status === 201 ? {} : answer.body]).toEqual([path, 201, {}]);
  }
  return { as, post, expectCreated };
}
