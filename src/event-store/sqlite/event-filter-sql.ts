import { EventFilter } from '../event-store';

/** A filter as a SQL condition over the events table plus its parameters, and a cache key for its statement. */
export interface FilterSql {
  readonly key: string;
  readonly condition: string;
  readonly params: readonly (string | number)[];
}

/** Empty or missing lists do not narrow the read. Prefixes compare with substr, so `%` and `_` are literal. */
export function filterSql(filter: EventFilter | undefined): FilterSql {
  const prefixes = filter?.streamPrefixes ?? [];
  const types = filter?.eventTypes ?? [];
  const parts: string[] = [];
  const params: (string | number)[] = [];
  if (prefixes.length > 0) {
    parts.push(`(${prefixes.map(() => 'substr(stream_id, 1, ?) = ?').join(' OR ')})`);
    for (const prefix of prefixes) params.push(prefix.length, prefix);
  }
  if (types.length > 0) {
    parts.push(`type IN (${types.map(() => '?').join(', ')})`);
    params.push(...types);
  }
  return { key: `${prefixes.length}:${types.length}`, condition: parts.length > 0 ? `AND ${parts.join(' AND ')}` : '', params };
}
