import '@mantine/charts/styles.css';
import { Group, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { getJson, query } from '../api/http';
import { DownloadButtons } from '../components/DownloadButtons';
import { LeaFilter } from '../components/LeaFilter';
import { PageHeader } from '../components/PageHeader';
import { ErrorState, Loading } from '../components/PageState';
import { useUrlState } from '../components/useUrlState';
import { minPosition } from '../live/positions';
import { ArtsAccessReport, PartnerServicesReport, PartnershipHealthReport, PathwaysReport, RosterSummaryReport } from './report-views';

const REPORTS = [
  { key: 'arts-access', label: 'Arts access' },
  { key: 'pathways', label: 'Pathway coverage' },
  { key: 'partnership-health', label: 'Partnership health' },
  { key: 'partner-services', label: 'Partner services' },
  { key: 'clearance-roster', label: 'Clearance roster' },
] as const;

type ReportKey = (typeof REPORTS)[number]['key'];

/** The five reports: tables with charts where a person would rather look than read; CSV and JSON of the same. */
export default function ReportsPage() {
  const { report = 'arts-access' } = useParams();
  const navigate = useNavigate();
  const [url, setUrl] = useUrlState(['lea'] as const);
  const key = (REPORTS.some((r) => r.key === report) ? report : 'arts-access') as ReportKey;
  const route = `/reports/${key}`;
  const params = { lea: url.lea };
  const answer = useQuery({
    queryKey: ['projection', 'report', key, params],
    queryFn: async () => (await getJson<unknown>(query(route, { ...params, minPosition: minPosition() }))).body,
  });
  return (
    <>
      <PageHeader title="Reports" subtitle="Answered from the ledger’s projections; the same data reporting jobs read.">
        <DownloadButtons url={query(route, params)} name={`${key}-${url.lea ?? 'all'}`} />
      </PageHeader>
      <Tabs value={key} onChange={(value) => value && navigate({ pathname: `/reporting/${value}`, search: url.lea ? `?lea=${encodeURIComponent(url.lea)}` : '' })} keepMounted={false}>
        <Tabs.List mb="md">
          {REPORTS.map((r) => <Tabs.Tab key={r.key} value={r.key}>{r.label}</Tabs.Tab>)}
        </Tabs.List>
      </Tabs>
      <Group align="flex-end" mb="md">
        <LeaFilter value={url.lea} onChange={(lea) => setUrl({ lea })} />
      </Group>
      {answer.isPending && <Loading what="the report" />}
      {answer.isError && <ErrorState error={answer.error} retry={() => void answer.refetch()} />}
      {answer.data !== undefined && (
        <Stack gap="md" role="tabpanel" aria-label={REPORTS.find((r) => r.key === key)?.label}>
          {key === 'arts-access' && <ArtsAccessReport data={answer.data as never} />}
          {key === 'pathways' && <PathwaysReport data={answer.data as never} />}
          {key === 'partnership-health' && <PartnershipHealthReport data={answer.data as never} />}
          {key === 'partner-services' && <PartnerServicesReport data={answer.data as never} />}
          {key === 'clearance-roster' && <RosterSummaryReport data={answer.data as never} />}
          <Text size="xs" c="dimmed">CSV and JSON downloads above hold exactly this report.</Text>
        </Stack>
      )}
    </>
  );
}
