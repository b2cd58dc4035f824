import { Anchor, Group, Select } from '@mantine/core';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { Directory } from '../components/Directory';
import { LeaFilter } from '../components/LeaFilter';
import { PageHeader } from '../components/PageHeader';
import { SearchField } from '../components/SearchField';
import { StatusBadge } from '../components/StatusBadge';
import { useUrlState } from '../components/useUrlState';
import { CommandMenu } from '../forms/CommandMenu';

interface PartnerListItem {
  readonly id: string;
  readonly name: string;
  readonly leas?: readonly string[];
  readonly rosterStatus?: Record<string, string>;
  readonly artistCount?: number;
  readonly nextExpiry?: { what: string; lea: string; expiresOn: string } | null;
}

export function PartnerListPage() {
  const [url, setUrl] = useUrlState(['q', 'lea', 'rosterStatus'] as const);
  const search = useCallback((q: string | undefined) => setUrl({ q }), [setUrl]);
  return (
    <>
      <PageHeader title="Partners" subtitle="Community organisations and their roster status in each LEA.">
        <CommandMenu params={{}} actions={[{ label: 'Propose a partner', path: '/partners', job: 'operations' }]} />
      </PageHeader>
      <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
        <SearchField value={url.q} onChange={search} />
        <LeaFilter value={url.lea} onChange={(lea) => setUrl({ lea })} />
        <Select label="Roster status" clearable value={url.rosterStatus ?? null} onChange={(value) => setUrl({ rosterStatus: value ?? undefined })} data={['proposed', 'approved', 'suspended', 'removed']} w={{ base: '100%', sm: 200 }} />
      </Group>
      <Directory<PartnerListItem>
        route="/partners"
        noun="partners"
        caption="Partners"
        filters={{ q: url.q, lea: url.lea, rosterStatus: url.rosterStatus }}
        rowKey={(partner) => partner.id}
        columns={[
          { header: 'Partner', cell: (p) => <Anchor component={Link} to={`/compliance/partners/${encodeURIComponent(p.id)}`}>{p.name}</Anchor> },
          { header: 'Roster', cell: (p) => <Group gap={4}>{Object.entries(p.rosterStatus ?? {}).map(([lea, status]) => <span key={lea}>{lea}: <StatusBadge status={status} /></span>)}</Group> },
          { header: 'Artists', cell: (p) => p.artistCount ?? '—', numeric: true },
          { header: 'Next expiry', cell: (p) => (p.nextExpiry ? `${p.nextExpiry.expiresOn} · ${p.nextExpiry.what} (${p.nextExpiry.lea})` : '—') },
        ]}
      />
    </>
  );
}
