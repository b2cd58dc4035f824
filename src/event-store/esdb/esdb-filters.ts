import { eventTypeFilter, excludeSystemEvents, streamNameFilter, type Filter } from '@eventstore/db-client';
import { EventFilter } from '../event-store';
import { RecordedEvent } from '../recorded-event';
import { isSystemEvent } from './esdb-event-mapping';

/**
 * The server-side filter for a subscription. EventStoreDB filters on one thing only (stream name or event
 * type), so with both constraints the stream prefixes go to the server and the types are checked here too.
 * Without constraints the server still drops its own `$` events.
 */
export function serverFilterFor(filter: EventFilter | undefined): Filter {
  if (filter?.streamPrefixes?.length) return streamNameFilter({ prefixes: [...filter.streamPrefixes] });
  if (filter?.eventTypes?.length) return eventTypeFilter({ regex: `^(?:${filter.eventTypes.map(escapeRegex).join('|')})$` });
  return excludeSystemEvents();
}

/** The full filter, applied to every event we deliver (reads of $all get no server-side filter from this client). */
export function acceptsEvent(filter: EventFilter | undefined): (event: Pick<RecordedEvent, 'type' | 'streamId'>) => boolean {
  const prefixes = filter?.streamPrefixes?.length ? filter.streamPrefixes : undefined;
  const types = filter?.eventTypes?.length ? new Set(filter.eventTypes) : undefined;
  return (event) =>
    !isSystemEvent(event) &&
    (!prefixes || prefixes.some((prefix) => event.streamId.startsWith(prefix))) &&
    (!types || types.has(event.type));
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
