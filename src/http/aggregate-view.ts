/** What a `GET /<aggregate>/{id}` handler returns: the interceptor answers it with `ETag: "<revision>"`. */
export interface AggregateView<State = unknown> {
  readonly id: string;
  readonly streamId: string;
  /** Revision of the stream's last event: what a client sends back as `If-Match`. */
  readonly revision: bigint;
  readonly state: State;
}

export function isAggregateView(value: unknown): value is AggregateView {
  if (typeof value !== 'object' || value === null) return false;
  const view = value as Partial<AggregateView>;
  return typeof view.id === 'string' && typeof view.streamId === 'string' && typeof view.revision === 'bigint' && 'state' in view;
}
