import { Anchor, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { DataTable } from '../components/DataTable';
import { Directory } from '../components/Directory';
import { LeaFilter } from '../components/LeaFilter';
import { PageHeader } from '../components/PageHeader';
import { useAggregate } from '../components/useAggregate';
import { SearchField } from '../components/SearchField';
import { ErrorState, Loading } from '../components/PageState';
import { useUrlState } from '../components/useUrlState';
import { CommandMenu } from '../forms/CommandMenu';
import { PartnershipDirectory } from './PartnershipListPage';

interface SchoolListItem { id: string; name: string; lea: string; level: string; grades?: string[]; enrolment?: number; artsLead?: string | null; partnershipCount?: number }
interface SchoolState {
  schoolId: string; lea: string; name: string; level: string; grades: string[]; enrolment: number; registeredOn: string;
  artsLeads: { schoolYear: string; name: string; email?: string; designatedOn: string }[];
  artsPlans: { schoolYear: string; priorities: string; artForms: string[]; adoptedOn: string }[];
}

export function SchoolListPage() {
  const [url, setUrl] = useUrlState(['q', 'lea', 'level'] as const);
  const search = useCallback((q: string | undefined) => setUrl({ q }), [setUrl]);
  return (
    <>
      <PageHeader title="Schools">
        <CommandMenu params={{}} actions={[{ label: 'Register a school', path: '/schools', job: 'operations' }]} />
      </PageHeader>
      <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
        <SearchField value={url.q} onChange={search} />
        <LeaFilter value={url.lea} onChange={(lea) => setUrl({ lea })} />
        <Select label="Level" clearable value={url.level ?? null} onChange={(value) => setUrl({ level: value ?? undefined })} data={['elementary', 'middle', 'high']} w={{ base: '100%', sm: 160 }} />
      </Group>
      <Directory<SchoolListItem>
        route="/schools" noun="schools" caption="Schools" filters={{ q: url.q, lea: url.lea, level: url.level }} rowKey={(s) => s.id}
        columns={[
          { header: 'School', cell: (s) => <Anchor component={Link} to={`/operations/schools/${encodeURIComponent(s.id)}`}>{s.name}</Anchor>, phone: 'title' },
          { header: 'LEA', cell: (s) => s.lea, phone: 'inline' },
          { header: 'Level', cell: (s) => s.level, phone: 'inline' },
          { header: 'Enrolment', cell: (s) => s.enrolment ?? '—', numeric: true, phone: 'inline' },
          { header: 'Partnerships', cell: (s) => s.partnershipCount ?? '—', numeric: true, phone: 'inline' },
          { header: 'Arts Lead', cell: (s) => s.artsLead ?? '—' },
        ]}
      />
    </>
  );
}

export function SchoolPage() {
  const { id = '' } = useParams();
  const school = useAggregate<SchoolState>('/schools/{id}', 'school', id);
  if (school.isPending) return <Loading what="the school" />;
  if (school.isError) return <ErrorState error={school.error} retry={() => void school.refetch()} />;
  const s = school.data.state;
  return (
    <>
      <PageHeader title={s.name} crumbs={[{ label: 'Schools', to: '/operations/schools' }]} subtitle={<>{s.level} · {s.lea} · grades {s.grades.join(', ')} · {s.enrolment} students · id <code>{id}</code></>} />
      <Stack gap="md">
        <CommandMenu params={{ id }} revision={school.data.revision} actions={[
          { label: 'Designate the Arts Lead', path: '/schools/{id}/arts-lead', job: 'operations' },
          { label: 'Adopt the arts plan', path: '/schools/{id}/arts-plan', job: 'operations' },
          { label: 'Correct details', path: '/schools/{id}/corrections', job: 'operations' },
        ]} />
        <Card withBorder>
          <DataTable caption="Arts Leads by school year" minWidth={420} rows={s.artsLeads} rowKey={(l) => l.schoolYear + l.name} columns={[
            { header: 'Year', cell: (l) => l.schoolYear }, { header: 'Arts Lead', cell: (l) => l.name }, { header: 'Email', cell: (l) => l.email ?? '—' }, { header: 'Since', cell: (l) => l.designatedOn },
          ]} />
        </Card>
        <Card withBorder>
          <DataTable caption="Arts plans by school year" minWidth={420} rows={s.artsPlans} rowKey={(p) => p.schoolYear + p.adoptedOn} columns={[
            { header: 'Year', cell: (p) => p.schoolYear }, { header: 'Priorities', cell: (p) => p.priorities }, { header: 'Art forms', cell: (p) => p.artForms.join(', ') }, { header: 'Adopted', cell: (p) => p.adoptedOn },
          ]} />
          {s.artsPlans.length === 0 && <Text size="sm" c="dimmed">No arts plan adopted yet.</Text>}
        </Card>
        <section aria-labelledby="school-partnerships-title">
          <Title order={2} size="h4" id="school-partnerships-title" mb="xs">Partnerships</Title>
          <PartnershipDirectory caption="Partnerships that enrolled this school" filters={{ schoolId: id }} empty="No partnership has enrolled this school yet." />
        </section>
      </Stack>
    </>
  );
}
