import { Anchor, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { DataTable } from '../components/DataTable';
import { Directory } from '../components/Directory';
import { LeaFilter } from '../components/LeaFilter';
import { PageHeader } from '../components/PageHeader';
import { useAggregate } from '../components/useAggregate';
import { ErrorState, Loading } from '../components/PageState';
import { useUrlState } from '../components/useUrlState';
import { CommandMenu } from '../forms/CommandMenu';

interface PathwayListItem { id: string; name: string; lea: string; artForm: string; courseCount?: number; levelsOffered?: string[]; levels?: string[] }
interface PathwayState {
  pathwayId: string; lea: string; name: string; artForm: string; definedOn: string;
  feederPattern: { elementarySchoolIds: string[]; middleSchoolIds: string[]; highSchoolIds: string[] };
  courses: { courseId: string; schoolId: string; schoolLevel: string; level: string; title: string; schoolYear: string; deliveredBy: string; partnerId?: string }[];
  wholeSchoolProgrammes: { programmeId: string; schoolId: string; title: string; schoolYear: string; deliveredBy: string; partnerId?: string }[];
}

export function PathwayListPage() {
  const [url, setUrl] = useUrlState(['lea', 'artForm'] as const);
  return (
    <>
      <PageHeader title="Pathways" subtitle="TK-12 sequences in one art form along a feeder pattern.">
        <CommandMenu params={{}} actions={[{ label: 'Define a pathway', path: '/pathways', job: 'operations' }]} />
      </PageHeader>
      <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
        <LeaFilter value={url.lea} onChange={(lea) => setUrl({ lea })} />
        <TextInput label="Art form" placeholder="e.g. music" value={url.artForm ?? ''} onChange={(e) => setUrl({ artForm: e.currentTarget.value.trim() || undefined })} w={{ base: '100%', sm: 200 }} />
      </Group>
      <Directory<PathwayListItem>
        route="/pathways" noun="pathways" caption="Pathways" filters={{ lea: url.lea, artForm: url.artForm }} rowKey={(p) => p.id}
        columns={[
          { header: 'Pathway', cell: (p) => <Anchor component={Link} to={`/operations/pathways/${encodeURIComponent(p.id)}`}>{p.name}</Anchor> },
          { header: 'LEA', cell: (p) => p.lea },
          { header: 'Art form', cell: (p) => p.artForm },
          { header: 'Levels offered', cell: (p) => (p.levelsOffered ?? p.levels ?? []).join(', ') || '—' },
          { header: 'Courses', cell: (p) => p.courseCount ?? '—', numeric: true },
        ]}
      />
    </>
  );
}

export function PathwayPage() {
  const { id = '' } = useParams();
  const pathway = useAggregate<PathwayState>('/pathways/{id}', 'pathway', id);
  if (pathway.isPending) return <Loading what="the pathway" />;
  if (pathway.isError) return <ErrorState error={pathway.error} retry={() => void pathway.refetch()} />;
  const p = pathway.data.state;
  const school = (schoolId: string) => <Anchor component={Link} to={`/operations/schools/${encodeURIComponent(schoolId)}`}>{schoolId}</Anchor>;
  return (
    <>
      <PageHeader title={p.name} crumbs={[{ label: 'Pathways', to: '/operations/pathways' }]} subtitle={<>{p.artForm} · {p.lea} · defined {p.definedOn}</>} />
      <Stack gap="md">
        <CommandMenu params={{ id }} revision={pathway.data.revision} actions={[
          { label: 'Add a course', path: '/pathways/{id}/courses', job: 'operations' },
          { label: 'Record a whole-school programme', path: '/pathways/{id}/whole-school-programmes', job: 'operations' },
        ]} />
        <Card withBorder>
          <Text size="sm"><strong>Elementary:</strong> {p.feederPattern.elementarySchoolIds.join(', ')}</Text>
          <Text size="sm"><strong>Middle:</strong> {p.feederPattern.middleSchoolIds.join(', ')}</Text>
          <Text size="sm"><strong>High:</strong> {p.feederPattern.highSchoolIds.join(', ')}</Text>
        </Card>
        <DataTable caption="Courses (beginning → intermediate → advanced)" rows={p.courses} rowKey={(c) => c.courseId} columns={[
          { header: 'Level', cell: (c) => c.level }, { header: 'Course', cell: (c) => c.title }, { header: 'School', cell: (c) => school(c.schoolId) },
          { header: 'Year', cell: (c) => c.schoolYear }, { header: 'Delivered by', cell: (c) => (c.partnerId ? `partner ${c.partnerId}` : c.deliveredBy.replace(/-/g, ' ')) },
        ]} />
        <DataTable caption="Whole-school programmes (elementary)" rows={p.wholeSchoolProgrammes} rowKey={(w) => w.programmeId} columns={[
          { header: 'School', cell: (w) => school(w.schoolId) }, { header: 'Programme', cell: (w) => w.title }, { header: 'Year', cell: (w) => w.schoolYear },
          { header: 'Delivered by', cell: (w) => (w.partnerId ? `partner ${w.partnerId}` : w.deliveredBy.replace(/-/g, ' ')) },
        ]} />
      </Stack>
    </>
  );
}
