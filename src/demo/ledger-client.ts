import { createHash } from 'node:crypto';
import { DemoCommand } from './demo-command';

export type CommandOutcome =
  | { readonly kind: 'recorded' | 'repeated' }
  | { readonly kind: 'refused-as-expected'; readonly rule: string; readonly detail: string };

/** A command the server did not take as the story expects: the demo stops and says why. */
export class DemoCommandFailed extends Error {
  constructor(readonly demoCommand: DemoCommand, readonly status: number, readonly answer: unknown) {
    super(`${demoCommand.route} (${demoCommand.path}) answered ${status}: ${JSON.stringify(answer)}\nbody sent: ${JSON.stringify(demoCommand.body)}`);
  }
}

const MAX_RATE_LIMIT_RETRIES = 20;

/**
 * The demo's only way in: HTTP, with the admin's bearer token, so validation, auth and every rule apply.
 * Each command carries an Idempotency-Key derived from its route and body, so a second run is answered
 * "repeated" (200) and writes nothing.
 */
export class LedgerClient {
  constructor(private readonly baseUrl: string, private readonly token: string) {}

  async send(demoCommand: DemoCommand): Promise<CommandOutcome> {
    const { status, answer } = await this.request('POST', demoCommand.path, demoCommand.body, idempotencyKeyOf(demoCommand));
    if (demoCommand.expectRefusal !== undefined) {
      const problem = answer as { rule?: string; detail?: string } | null;
      if (status >= 400 && status < 500 && problem?.rule !== undefined && demoCommand.expectRefusal.includes(problem.rule)) {
        return { kind: 'refused-as-expected', rule: problem.rule, detail: problem.detail ?? '' };
      }
      throw new DemoCommandFailed(demoCommand, status, answer);
    }
    if (status === 201) return { kind: 'recorded' };
    if (status === 200) return { kind: 'repeated' };
    throw new DemoCommandFailed(demoCommand, status, answer);
  }

  /** A POST answering a report rather than a command result (the expiry sweep). */
  async post<T>(path: string, body: Record<string, unknown>): Promise<T> {
    const { status, answer } = await this.request('POST', path, body);
    if (status !== 200 && status !== 201) throw new Error(`POST ${path} answered ${status}: ${JSON.stringify(answer)}`);
    return answer as T;
  }

  async get<T>(path: string): Promise<T> {
    const { status, answer } = await this.request('GET', path);
    if (status !== 200) throw new Error(`GET ${path} answered ${status}: ${JSON.stringify(answer)}`);
    return answer as T;
  }

  private async request(method: string, path: string, body?: unknown, idempotencyKey?: string): Promise<{ status: number; answer: unknown }> {
    const headers: Record<string, string> = { Authorization: `Bearer ${this.token}`, Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (idempotencyKey !== undefined) headers['Idempotency-Key'] = idempotencyKey;
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(new URL(path, this.baseUrl), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await response.text();
      // A server with the default rate limit slows the demo down rather than failing it.
      if (response.status === 429 && attempt < MAX_RATE_LIMIT_RETRIES) {
        await sleep(1000 * Math.max(1, Number(response.headers.get('retry-after')) || 1));
        continue;
      }
      return { status: response.status, answer: text === '' ? null : parseJson(text) };
    }
  }
}

/** Same route and body, same key: a retry or a second run of the demo is a repeat, never a second write. */
export function idempotencyKeyOf(demoCommand: DemoCommand): string {
  const digest = createHash('sha256').update(`${demoCommand.path}\n${JSON.stringify(demoCommand.body)}`).digest('hex');
  return `demo-district-${digest.slice(0, 40)}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
