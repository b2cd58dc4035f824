import { EventStore } from '../../../src/event-store';
import { ARTISTS } from '../../../src/demo/district-artists';
import { PARTNERS } from '../../../src/demo/district-partners';
import { PARTNERSHIPS } from '../../../src/demo/district-partnerships';
import { PATHWAYS } from '../../../src/demo/district-pathways';
import { ALL_SCHOOLS, DISTRICT_LEA, NETWORK_LEA } from '../../../src/demo/district-schools';
import { ROSTER_REVIEW_DATE } from '../../../src/demo/school-year-calendar';
import type { TestApp } from '../../support/test-app';

/**
 * Every GET route of the API that answers from the log or its read models, over the demo district: lists and
 * filters, each entity, clearances asOf/knownAt, clearance histories, timelines (whole, cut at a revision and at
 * known-at instants), every stream's events, every report (per LEA, asOf), and the event feed. `/live/events`
 * (SSE, the same events as the feed), `/health`, `/metrics` and `/session` say nothing about the ledger's content.
 */
export function demoGetRoutes(streamIds: readonly string[], knownAts: readonly string[]): string[] {
  const leas = [DISTRICT_LEA, NETWORK_LEA];
  const asOfs = ['2026-09-01', ROSTER_REVIEW_DATE, '2027-06-30'];
  const routes: string[] = [];
  for (const list of ['schools', 'partners', 'artists', 'partnerships', 'pathways']) {
    routes.push(`/${list}?limit=200`, `/${list}?limit=5`, ...leas.map((lea) => `/${list}?limit=200&lea=${lea}`), `/${list}?limit=200&q=a`);
  }
  routes.push('/artists?limit=200&mayWork=true&lea=eastside-usd', '/partnerships?limit=200&status=active', '/schools?limit=200&level=middle');
  for (const school of ALL_SCHOOLS) routes.push(`/schools/${school.id}`);
  for (const partner of PARTNERS) routes.push(`/partners/${partner.id}`);
  for (const pathway of PATHWAYS) routes.push(`/pathways/${pathway}`);
  for (const artist of ARTISTS) {
    routes.push(`/artists/${artist.id}`, `/artists/${artist.id}/clearance-history`);
    for (const lea of leas) for (const asOf of asOfs) routes.push(`/artists/${artist.id}/clearances?lea=${lea}&asOf=${asOf}`);
    for (const knownAt of knownAts) routes.push(`/artists/${artist.id}/clearances?lea=${DISTRICT_LEA}&asOf=${ROSTER_REVIEW_DATE}&knownAt=${knownAt}`);
  }
  for (const partnership of PARTNERSHIPS) {
    routes.push(`/partnerships/${partnership.id}`, `/partnerships/${partnership.id}/timeline?limit=1000`, `/partnerships/${partnership.id}/timeline?from=10&limit=20&until=40`);
    for (const knownAt of knownAts) routes.push(`/partnerships/${partnership.id}/timeline?limit=1000&knownAt=${knownAt}`, `/partnerships/${partnership.id}/timeline?limit=1000&until=${knownAt}`);
  }
  for (const streamId of streamIds) routes.push(`/streams/${encodeURIComponent(streamId)}/events?limit=1000`);
  for (const report of ['arts-access', 'pathways', 'partner-services', 'partnership-health']) routes.push(`/reports/${report}`, ...leas.map((lea) => `/reports/${report}?lea=${lea}`));
  for (const asOf of asOfs) routes.push(`/reports/clearance-roster?asOf=${asOf}`, `/reports/clearance-roster?asOf=${asOf}&lea=${DISTRICT_LEA}&expiringWithinDays=60`);
  routes.push('/feeds/events?limit=10000');
  return routes;
}

export interface Answer {
  readonly status: number;
  readonly projectionPosition?: string;
  readonly body: unknown;
}

/** Each store numbers its log its own way (EventStoreDB: commit positions): a position is compared as the id of the event there. */
export async function eventIdsByPosition(store: EventStore): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for await (const event of store.readAll()) ids.set(event.position.toString(), event.id);
  return ids;
}

const POSITION_KEY = /position$/i;

/** Positions (any key ending in "position") replaced by the id of the event at that position in the answering store. */
function withEventIds(value: unknown, ids: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => withEventIds(item, ids));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = POSITION_KEY.test(key) && (typeof item === 'string' || typeof item === 'number') ? `event ${ids.get(String(item)) ?? `? at ${item}`}` : withEventIds(item, ids);
  }
  return out;
}

/** The answers of `routes` from the running app `t`, as an admin (allowed every route) sees them, positions replaced by event ids. */
export async function answersOf(t: TestApp, routes: readonly string[], ids: Map<string, string>): Promise<Map<string, Answer>> {
  const answers = new Map<string, Answer>();
  for (const route of routes) {
    const response = await t.http.get(route).set('Authorization', `Bearer ${t.tokens.admin}`).buffer(true);
    const text = response.text ?? '';
    const type = String(response.headers['content-type'] ?? '');
    const parsed: unknown = type.includes('ndjson') ? text.split('\n').filter(Boolean).map((line) => JSON.parse(line)) : type.includes('json') ? JSON.parse(text) : text;
    const header = response.headers['x-projection-position'] as string | undefined;
    answers.set(route, {
      status: response.status,
      projectionPosition: header === undefined ? undefined : (withEventIds({ position: header }, ids) as { position: string }).position,
      body: withEventIds(parsed, ids),
    });
  }
  return answers;
}
