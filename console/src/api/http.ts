import createClient from 'openapi-fetch';
import type { paths } from './schema';
import { ApiProblem, problemFrom, unreachable } from './problem';

/**
 * The console talks only to the public HTTP API, on its own origin, with the session cookie the server set at
 * sign-in (never a key in page storage). `api` is typed from the OpenAPI document (schema.d.ts, generated).
 */
export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });

/** What a query answers, with the position of the projection it was read from (when it is one). */
export interface Answer<T> {
  readonly body: T;
  readonly projectionPosition?: string;
  readonly etag?: string;
}

/** Session expired or signed out elsewhere: the shell listens and shows the sign-in page. */
export const SIGNED_OUT_EVENT = 'ledger:signed-out';

async function send(path: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', ...init });
  } catch (error) {
    throw unreachable(error);
  }
  if (response.status === 401 && path !== '/session') window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
  if (!response.ok) throw await problemFrom(response);
  return response;
}

export function query(path: string, params: Record<string, string | number | boolean | undefined | null> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

export async function getJson<T>(path: string): Promise<Answer<T>> {
  const response = await send(path, { headers: { Accept: 'application/json' } });
  return {
    body: (await response.json()) as T,
    projectionPosition: response.headers.get('X-Projection-Position') ?? undefined,
    etag: response.headers.get('ETag')?.replace(/"/g, '') ?? undefined,
  };
}

export async function getText(path: string, accept: string): Promise<string> {
  const response = await send(path, { headers: { Accept: accept } });
  return response.text();
}

export interface CommandAccepted {
  readonly id: string;
  readonly streamId: string;
  readonly revision: string;
  readonly position: string;
}

export interface CommandOptions {
  /** The revision the page showed: a 412 then means someone changed it since. */
  readonly ifMatch?: string;
  /** The same key for every retry of one submission, so a double click writes once. */
  readonly idempotencyKey: string;
}

export async function postJson<T = CommandAccepted>(path: string, body: unknown, options?: CommandOptions): Promise<T> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (options?.ifMatch) headers['If-Match'] = `"${options.ifMatch}"`;
  if (options?.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  const response = await send(path, { method: 'POST', headers, body: JSON.stringify(body) });
  return (await response.json()) as T;
}

export async function deleteResource(path: string): Promise<void> {
  await send(path, { method: 'DELETE' });
}

export { ApiProblem };

type Paths = paths;
type HasMethod<P extends keyof Paths, M extends 'get' | 'post'> = [NonNullable<Paths[P][M]>] extends [never] ? never : P;
/** Every path the API answers GET on, as its OpenAPI template (`/artists/{id}`). */
export type ReadPath = { [P in keyof Paths]: HasMethod<P, 'get'> }[keyof Paths];
/** Every path the API answers POST on (the commands). */
export type CommandPath = { [P in keyof Paths]: HasMethod<P, 'post'> }[keyof Paths];

/**
 * A URL from an OpenAPI path template and its parameters. The template is checked against the generated types,
 * so a route the server renames or drops fails the console's type check instead of a person's page.
 */
export function apiPath(template: ReadPath | CommandPath, params: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`apiPath(${template}): missing {${name}}`);
    return encodeURIComponent(value);
  });
}
