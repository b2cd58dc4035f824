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

interface PartnershipListItem {
  readonly id: string;
  readonly name: string;
  readonly partnerName?: string | null;
  readonly partnerId?: string;
  readonly leas?: readonly string[];
  readonly lea?: string;
  readonly status: string;
  readonly schoolCount?: number;
  readonly assignmentCount?: number;
  readonly activeAssignmentCount?: number;
  readonly sessionCount?: number;
}

export function PartnershipListPage() {
  const [url, setUrl] = useUrlState(['q', 'lea', 'status'] as const);
  const search = useCallback((q: string | undefined) => setUrl({ q }), [setUrl]);
  return (
    <>
      <PageHeader title="Partnerships" subtitle="Open a partnership for its schools, assignments and sessions, or replay its timeline.">
        <CommandMenu params={{}} actions={[{ label: 'Propose a partnership', path: '/partnerships', job: 'operations' }]} />
      </PageHeader>
      <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
        <SearchField value={url.q} onChange={search} />
        <LeaFilter value={url.lea} onChange={(lea) => setUrl({ lea })} />
        <Select label="Status" clearable value={url.status ?? null} onChange={(value) => setUrl({ status: value ?? undefined })} data={['proposed', 'active', 'concluded']} w={{ base: '100%', sm: 180 }} />
      </Group>
      <PartnershipDirectory caption="Partnerships" filters={{ q: url.q, lea: url.lea, status: url.status }} />
    </>
  );
}

/** Partnerships as the directory lists them (GET /partnerships): the list page's, and a school's page's (`schoolId`). */
export function PartnershipDirectory({ caption, filters, empty }: { caption: string; filters: Record<string, string | undefined>; empty?: string }) {
  return (
    <Directory<PartnershipListItem>
      route="/partnerships"
      noun="partnerships"
      caption={caption}
      filters={filters}
      empty={empty}
      rowKey={(p) => p.id}
      columns={[
        { header: 'Partnership', cell: (p) => <Anchor component={Link} to={`/operations/partnerships/${encodeURIComponent(p.id)}`}>{p.name}</Anchor>, phone: 'title' },
        { header: 'Partner', cell: (p) => p.partnerName ?? p.partnerId ?? '—' },
        { header: 'LEA', cell: (p) => (p.leas ?? (p.lea ? [p.lea] : [])).join(', '), phone: 'inline' },
        { header: 'Status', cell: (p) => <StatusBadge status={p.status} />, phone: 'inline' },
        { header: 'Schools', cell: (p) => p.schoolCount ?? '—', numeric: true, phone: 'inline' },
        { header: 'Assignments (active)', cell: (p) => `${p.assignmentCount ?? '—'} (${p.activeAssignmentCount ?? '—'})`, numeric: true, phone: 'inline' },
        { header: 'Sessions recorded', cell: (p) => p.sessionCount ?? '—', numeric: true, phone: 'inline' },
      ]}
    />
  );
}
