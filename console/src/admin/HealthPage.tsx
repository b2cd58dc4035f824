import { Badge, Card, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ApiProblem } from '../api/problem';
import { PageHeader } from '../components/PageHeader';
import { ErrorState, Loading } from '../components/PageState';

interface HealthBody { status: string; info?: Record<string, Record<string, unknown>>; error?: Record<string, Record<string, unknown>>; details?: Record<string, Record<string, unknown>> }

/** GET /health as a page: the event store, and each projection's lag (a 503 body is shown, not hidden). */
export function HealthPage() {
  const health = useQuery({
    queryKey: ['health'],
    refetchInterval: 5000,
    queryFn: async () => {
      const response = await fetch('/health', { headers: { Accept: 'application/json' } });
      if (!response.ok && response.status !== 503) throw new ApiProblem(response.status, response.statusText, '');
      return (await response.json()) as HealthBody;
    },
  });
  if (health.isPending) return <Loading what="health" />;
  if (health.isError) return <ErrorState error={health.error} retry={() => void health.refetch()} />;
  const details = health.data.details ?? { ...health.data.info, ...health.data.error };
  return (
    <>
      <PageHeader title="System health" subtitle="Refreshed every 5 seconds." />
      <Stack gap="sm">
        <Badge size="lg" color={health.data.status === 'ok' ? 'teal.9' : 'red.9'} tt="none">{health.data.status === 'ok' ? 'Healthy' : `Not healthy: ${health.data.status}`}</Badge>
        {Object.entries(details).map(([name, detail]) => (
          <Card key={name} withBorder>
            <Text fw={700}>{name}: {String(detail.status ?? '')}</Text>
            <pre className="json">{JSON.stringify(detail, null, 2)}</pre>
          </Card>
        ))}
      </Stack>
    </>
  );
}
