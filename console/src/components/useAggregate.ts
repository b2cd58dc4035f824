import { useQuery } from '@tanstack/react-query';
import { apiPath, getJson, ReadPath } from '../api/http';
import type { AggregateView } from '../api/views';

/** An aggregate's current state (`GET /<kind>/{id}`), keyed by its stream so the live stream refreshes it. */
export function useAggregate<S, View extends AggregateView<S> = AggregateView<S>>(path: ReadPath, streamPrefix: string, id: string) {
  return useQuery({
    queryKey: ['stream', `${streamPrefix}-${id}`, 'state'],
    queryFn: async () => (await getJson<View>(apiPath(path, { id }))).body,
  });
}
