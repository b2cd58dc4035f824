import { Anchor, Group, NumberInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { getJson, query } from '../api/http';
import { DataTable } from '../components/DataTable';
import { DownloadButtons } from '../components/DownloadButtons';
import { LeaFilter } from '../components/LeaFilter';
import { PageHeader } from '../components/PageHeader';
import { Empty, ErrorState, Loading } from '../components/PageState';
import { StatusBadge } from '../components/StatusBadge';
import { useUrlState } from '../components/useUrlState';
import { requirementInWords } from '../components/words';
import { minPosition } from '../live/positions';

interface ExpiringItem {
  readonly kind: string;
  readonly lea: string;
  readonly artistId?: string;
  readonly partnerId: string;
  readonly name: string;
  readonly item: string;
  readonly lastValidDay: string;
  readonly daysLeft: number;
}

interface Roster {
  readonly asOf: string;
  readonly expiringWithinDays: number;
  readonly artistsByStatus: Record<string, number>;
  readonly partnersByStatus: Record<string, number>;
  readonly expiring: readonly ExpiringItem[];
}

const SORTS: Record<string, (a: ExpiringItem, b: ExpiringItem) => number> = {
  soonest: (a, b) => a.daysLeft - b.daysLeft || a.name.localeCompare(b.name),
  name: (a, b) => a.name.localeCompare(b.name) || a.daysLeft - b.daysLeft,
  lea: (a, b) => a.lea.localeCompare(b.lea) || a.daysLeft - b.daysLeft,
};

/** Who expires soon (the clearance-roster report): LEA, window, sort; CSV of the same. */
export function RosterPage() {
  const [url, setUrl] = useUrlState(['lea', 'asOf', 'days', 'sort'] as const);
  const days = url.days ?? '30';
  const params = { lea: url.lea, asOf: url.asOf, expiringWithinDays: days };
  const roster = useQuery({
    queryKey: ['projection', 'report', 'clearance-roster', params],
    queryFn: async () => (await getJson<Roster>(query('/reports/clearance-roster', { ...params, minPosition: minPosition() }))).body,
  });
  const sort = SORTS[url.sort ?? 'soonest'] ?? SORTS.soonest;
  return (
    <>
      <PageHeader title="Expiring roster" subtitle="Artists’ clearances, partners’ insurance and agreements that expire within the window.">
        <DownloadButtons url={query('/reports/clearance-roster', params)} name={`clearance-roster-${url.lea ?? 'all'}`} />
      </PageHeader>
      <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
        <LeaFilter value={url.lea} onChange={(lea) => setUrl({ lea })} />
        <TextInput label="As of" type="date" value={url.asOf ?? ''} onChange={(e) => setUrl({ asOf: e.currentTarget.value || undefined })} />
        <NumberInput label="Within (days)" min={0} max={3650} value={Number(days)} onChange={(value) => setUrl({ days: value === '' ? undefined : String(value) })} w={140} />
        <Select label="Sort by" value={url.sort ?? 'soonest'} onChange={(value) => setUrl({ sort: value ?? undefined })} data={[{ value: 'soonest', label: 'Soonest first' }, { value: 'name', label: 'Name' }, { value: 'lea', label: 'LEA' }]} w={170} allowDeselect={false} />
      </Group>
      {roster.isPending && <Loading what="the roster" />}
      {roster.isError && <ErrorState error={roster.error} retry={() => void roster.refetch()} />}
      {roster.data && (
        <Stack gap="md">
          <Text>
            As of <strong>{roster.data.asOf}</strong>: artists {Object.entries(roster.data.artistsByStatus).map(([s, n]) => `${n} ${s.replace(/-/g, ' ')}`).join(', ') || 'none'};
            {' '}partners {Object.entries(roster.data.partnersByStatus).map(([s, n]) => `${n} ${s}`).join(', ') || 'none'}.
          </Text>
          <Title order={2} size="h3">Expiring within {roster.data.expiringWithinDays} days ({roster.data.expiring.length})</Title>
          {roster.data.expiring.length === 0 ? <Empty>Nothing expires in this window.</Empty> : (
            <DataTable
              caption="Expiring clearances, insurance and agreements"
              rows={[...roster.data.expiring].sort(sort)}
              rowKey={(item) => `${item.kind}-${item.lea}-${item.artistId ?? item.partnerId}-${item.item}`}
              columns={[
                { header: 'Last valid day', cell: (i) => i.lastValidDay },
                { header: 'Days left', cell: (i) => i.daysLeft, numeric: true },
                { header: 'Who', cell: (i) => <Anchor component={Link} to={i.artistId ? `/compliance/artists/${encodeURIComponent(i.artistId)}` : `/compliance/partners/${encodeURIComponent(i.partnerId)}`}>{i.name}</Anchor> },
                { header: 'What', cell: (i) => requirementInWords(i.item) },
                { header: 'Kind', cell: (i) => <StatusBadge status={i.kind} /> },
                { header: 'LEA', cell: (i) => i.lea },
              ]}
            />
          )}
        </Stack>
      )}
    </>
  );
}
