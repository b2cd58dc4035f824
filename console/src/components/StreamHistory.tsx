import { Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { apiPath, getJson, query } from '../api/http';
import type { StreamEvent } from '../api/views';
import { DataTable } from './DataTable';
import { Empty, ErrorState, Loading } from './PageState';
import { eventInWords, instantInWords } from './words';

function summary(data: Record<string, unknown>): string {
  return Object.entries(data)
    .filter(([key, value]) => value !== null && value !== undefined && !/Id$/.test(key) && typeof value !== 'object')
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(' · ');
}

/** A stream's events as an operator expects to see them: type, effective facts, who, when, revision (GET /streams/{id}/events). */
export function StreamHistory({ streamId, title = 'History' }: { streamId: string; title?: string }) {
  const events = useQuery({
    queryKey: ['stream', streamId, 'events'],
    queryFn: async () => (await getJson<{ events: StreamEvent[] }>(query(apiPath('/streams/{streamId}/events', { streamId }), { limit: 1000 }))).body.events,
  });
  return (
    <section aria-labelledby={`history-${streamId}`}>
      <Title order={2} size="h3" id={`history-${streamId}`} mb={4}>{title}</Title>
      <Text size="sm" c="dimmed" mb="sm">Every record of <code>{streamId}</code>, newest first.</Text>
      {events.isPending && <Loading what="the history" />}
      {events.isError && <ErrorState error={events.error} retry={() => void events.refetch()} />}
      {events.data && (events.data.length === 0 ? <Empty>Nothing recorded yet.</Empty> : (
        <DataTable
          caption={`${title} of ${streamId}`}
          minWidth={860}
          rows={[...events.data].reverse()}
          rowKey={(event) => event.revision}
          columns={[
            { header: 'Rev.', cell: (e) => e.revision, numeric: true },
            { header: 'Recorded', cell: (e) => instantInWords(e.recordedAt) },
            { header: 'By', cell: (e) => String(e.metadata.actor ?? '—') },
            { header: 'What', cell: (e) => eventInWords(e.type) },
            { header: 'Details', cell: (e) => <Text size="xs">{summary(e.data)}</Text> },
          ]}
        />
      ))}
    </section>
  );
}
