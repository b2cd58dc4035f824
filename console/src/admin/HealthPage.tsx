import { Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ApiProblem } from '../api/problem';
import { DataTable } from '../components/DataTable';
import { PageHeader } from '../components/PageHeader';
import { ErrorState, Loading } from '../components/PageState';
import { instantInWords } from '../components/words';

type Detail = Record<string, unknown>;
interface HealthBody { status: string; info?: Record<string, Detail>; error?: Record<string, Detail>; details?: Record<string, Detail> }

/** One projection as `/health` reports it (`src/health`): where it is, how far behind the log, and what stopped it. */
interface ProjectionHealth {
  readonly name: string;
  readonly status: string;
  readonly position: string | null;
  readonly headPosition: string | null;
  readonly positionsBehind: string | null;
  readonly secondsBehind: number | null;
  readonly error: unknown;
  readonly failedEvent: unknown;
  readonly rebuild: unknown;
}

const TITLES: Record<string, string> = { eventStore: 'Event store', projections: 'Projections', expirySweep: 'Daily expiry sweep' };
const title = (name: string) => TITLES[name] ?? name;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** A value in words: text as it is (an instant as the other screens show one), yes/no, anything structured as compact JSON, nothing as a dash. */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' && ISO_INSTANT.test(value)) return instantInWords(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** `lastSweep completedAt` → `last sweep completed at`. */
const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

function UpDown({ status }: { status: unknown }) {
  const up = status === 'up' || status === 'running';
  // Filled dark shades keep white text at 4.5:1; the word is always there, colour is never the only signal.
  return (
    <Badge color={up ? 'teal.9' : 'red.9'} variant="filled" radius="sm" tt="none" styles={{ root: { maxWidth: 'none' }, label: { overflow: 'visible' } }}>
      {shown(status)}
    </Badge>
  );
}

/** The fields of a component other than its status, as a two-column table. */
function Facts({ name, detail }: { name: string; detail: Detail }) {
  const facts = Object.entries(flatten(detail)).filter(([key]) => key !== 'status');
  if (facts.length === 0) return null;
  return (
    <Table withRowBorders={false} verticalSpacing={4} aria-label={`${title(name)}: details`}>
      <Table.Tbody>
        {facts.map(([key, value]) => (
          <Table.Tr key={key}>
            <Table.Th scope="row" fw={500} c="dimmed" w="40%">{words(key)}</Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{shown(value)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** `{ lastSweep: { asOf } }` → `{ 'lastSweep asOf': … }`: one level of nesting read as a phrase. */
function flatten(detail: Detail): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(detail)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, innerValue] of Object.entries(value as Detail)) flat[`${key} ${inner}`] = innerValue;
    } else {
      flat[key] = value;
    }
  }
  return flat;
}

function ProjectionTable({ projections }: { projections: readonly ProjectionHealth[] }) {
  return (
    <DataTable
      caption="Projections: where each is in the log"
      rowKey={(row) => row.name}
      rows={projections}
      columns={[
        { header: 'Projection', cell: (row) => row.name },
        { header: 'Status', cell: (row) => <UpDown status={row.status} /> },
        { header: 'Position', cell: (row) => shown(row.position), numeric: true },
        { header: 'Log head', cell: (row) => shown(row.headPosition), numeric: true },
        { header: 'Events behind', cell: (row) => shown(row.positionsBehind), numeric: true },
        { header: 'Seconds behind', cell: (row) => shown(row.secondsBehind), numeric: true },
        { header: 'Problem', cell: (row) => [row.error, row.failedEvent && `failed on ${shown(row.failedEvent)}`, row.rebuild && `rebuilding: ${shown(row.rebuild)}`].filter(Boolean).map(shown).join('; ') || '—' },
      ]}
    />
  );
}

/** GET /health as a page: the event store, each projection's lag and the daily sweep (a 503 body is shown, not hidden). */
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
        {Object.entries(details).map(([name, detail]) => {
          const projections = Array.isArray(detail.projections) ? (detail.projections as ProjectionHealth[]) : undefined;
          return (
            <Card key={name} withBorder>
              <Title order={2} size="h4" mb="xs">
                {title(name)} <UpDown status={detail.status} />
              </Title>
              {projections ? <ProjectionTable projections={projections} /> : <Facts name={name} detail={detail} />}
            </Card>
          );
        })}
        <details>
          <summary><Text span size="sm">The answer of <code>GET /health</code> as it came</Text></summary>
          <pre className="json">{JSON.stringify(health.data, null, 2)}</pre>
        </details>
      </Stack>
    </>
  );
}
