import { BarChart, DonutChart } from '@mantine/charts';
import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DataTable } from '../components/DataTable';
import { Empty } from '../components/PageState';

/** A chart is a picture of the table below it: screen readers get the table, with the chart described in words. */
function Chart({ description, children }: { description: string; children: ReactNode }) {
  return (
    <Card withBorder component="figure" m={0} aria-label={description}>
      {/* inert: the chart is neither read nor tabbed through; the table carries the same figures. */}
      <div inert>{children}</div>
      <Text component="figcaption" size="xs" c="dimmed" mt="xs">{description}</Text>
    </Card>
  );
}

/** The width of a chart's name axis: about 18 characters on one line. */
const AXIS_WIDTH = 170;

/**
 * What fits one line of a chart's name axis (AXIS_WIDTH): a long name cut short (the table below has it whole), with
 * three dots rather than "…", which the chart library measures too wide and breaks onto a second line, where it
 * overlaps the next name.
 */
function axisLabel(name: string): string {
  return name.length > 18 ? `${name.slice(0, 16).trimEnd()}...` : name;
}

/** A school on a chart's axis: its level as ES/MS/HS, so two schools of one name stay apart. */
function schoolLabel(name: string): string {
  return axisLabel(name.replace(/ Elementary( School)?$/, ' ES').replace(/ Middle School$/, ' MS').replace(/ High School$/, ' HS'));
}

interface ArtsAccess { today: string; schools: { schoolId: string; lea: string; name: string; level: string; enrolment: number; artForms: string[]; sessions: number; minutes: number; studentsServed: number }[]; totals?: unknown; leas?: { lea: string; sessions: number; minutes: number; studentsServed: number }[] }

export function ArtsAccessReport({ data }: { data: ArtsAccess }) {
  if (data.schools.length === 0) return <Empty>No school in this report.</Empty>;
  const chart = data.schools.map((s) => ({ school: schoolLabel(s.name), minutes: s.minutes, students: s.studentsServed }));
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Chart description="Minutes of arts instruction per school">
          <BarChart h={Math.max(240, chart.length * 24)} data={chart} dataKey="school" orientation="vertical" yAxisProps={{ width: AXIS_WIDTH, interval: 0 }} series={[{ name: 'minutes', color: 'indigo.7', label: 'Minutes' }]} />
        </Chart>
        <Chart description="Students served per school">
          <BarChart h={Math.max(240, chart.length * 24)} data={chart} dataKey="school" orientation="vertical" yAxisProps={{ width: AXIS_WIDTH, interval: 0 }} series={[{ name: 'students', color: 'teal.8', label: 'Students served' }]} />
        </Chart>
      </SimpleGrid>
      <DataTable caption={`Arts access per school, delivered by ${data.today}`} rows={data.schools} rowKey={(s) => s.schoolId} columns={[
        { header: 'School', cell: (s) => <Anchor component={Link} to={`/operations/schools/${encodeURIComponent(s.schoolId)}`}>{s.name}</Anchor>, phone: 'title' },
        { header: 'LEA', cell: (s) => s.lea, phone: 'inline' }, { header: 'Level', cell: (s) => s.level, phone: 'inline' },
        { header: 'Art forms', cell: (s) => s.artForms.join(', ') || '—' },
        { header: 'Sessions', cell: (s) => s.sessions, numeric: true, phone: 'inline' }, { header: 'Minutes', cell: (s) => s.minutes, numeric: true, phone: 'inline' },
        { header: 'Students served', cell: (s) => s.studentsServed, numeric: true, phone: 'inline' }, { header: 'Enrolment', cell: (s) => s.enrolment, numeric: true, phone: 'inline' },
      ]} />
    </>
  );
}

interface Pathways { pathways: { pathwayId: string; lea: string; name: string; artForm: string; levelsOffered: string[]; completeSequence: boolean; missingLevels: string[]; elementaryWithoutProgramme: string[]; schools: { schoolId: string; name: string; stage: string; levels: string[]; wholeSchoolProgramme: boolean; sequenceComplete: boolean }[] }[] }
const LEVELS = ['beginning', 'intermediate', 'advanced'];

export function PathwaysReport({ data }: { data: Pathways }) {
  if (data.pathways.length === 0) return <Empty>No pathway in this report.</Empty>;
  return (
    <>
      {data.pathways.map((pathway) => (
        <Card key={pathway.pathwayId} withBorder component="section" aria-labelledby={`pw-${pathway.pathwayId}`}>
          <Title order={2} size="h4" id={`pw-${pathway.pathwayId}`}>{pathway.name}</Title>
          <Text size="sm" mb="xs">{pathway.artForm} · {pathway.lea} · {pathway.completeSequence ? 'complete beginning → advanced sequence' : `missing: ${pathway.missingLevels.join(', ') || '—'}`}{pathway.elementaryWithoutProgramme.length ? ` · elementary schools without a programme: ${pathway.elementaryWithoutProgramme.join(', ')}` : ''}</Text>
          <DataTable caption="Coverage: school × level (✓ offered)" minWidth={560} rows={pathway.schools} rowKey={(s) => s.schoolId} columns={[
            { header: 'School', cell: (s) => s.name },
            { header: 'Stage', cell: (s) => s.stage },
            { header: 'Whole-school programme', cell: (s) => (s.stage === 'elementary' ? (s.wholeSchoolProgramme ? '✓ yes' : '✗ none') : '') },
            ...LEVELS.map((level) => ({ header: level, cell: (s: Pathways['pathways'][number]['schools'][number]) => (s.stage === 'elementary' ? '' : s.levels.includes(level) ? '✓ offered' : '✗ not offered') })),
          ]} />
        </Card>
      ))}
    </>
  );
}

interface Health { today: string; partnerships: { partnershipId: string; name: string; lea: string; status: string; daysSinceLastCheckIn: number | null; lastCheckIn: string | null; checkIns: number; averageEvaluation: { meaningful: number; collaborative: number; additive: number } | null; professionalDevelopment: { hours: number; sessions: number; attendees: number }; sessions: number; commitmentRecorded: boolean }[] }

export function PartnershipHealthReport({ data }: { data: Health }) {
  if (data.partnerships.length === 0) return <Empty>No partnership in this report.</Empty>;
  const chart = data.partnerships.map((p) => ({ partnership: axisLabel(p.name), meaningful: p.averageEvaluation?.meaningful ?? 0, collaborative: p.averageEvaluation?.collaborative ?? 0, additive: p.averageEvaluation?.additive ?? 0 }));
  return (
    <>
      {data.partnerships.every((p) => p.averageEvaluation === null) ? (
        <Text size="sm">No evaluation dated on or before {data.today} yet: nothing to chart.</Text>
      ) : (
        <Chart description="Average evaluation scores per partnership (meaningful, collaborative, additive; out of 5)">
          {/* Bars across, one group per partnership with its name beside it: on a phone a name under each group would not fit. */}
          <BarChart h={Math.max(240, chart.length * 60)} data={chart} dataKey="partnership" orientation="vertical" series={[{ name: 'meaningful', color: 'indigo.6' }, { name: 'collaborative', color: 'teal.6' }, { name: 'additive', color: 'orange.6' }]} withLegend xAxisProps={{ domain: [0, 5] }} yAxisProps={{ width: AXIS_WIDTH, interval: 0 }} />
        </Chart>
      )}
      <DataTable caption={`Partnership health as of ${data.today}`} rows={data.partnerships} rowKey={(p) => p.partnershipId} minWidth={820} columns={[
        { header: 'Partnership', cell: (p) => <Anchor component={Link} to={`/operations/partnerships/${encodeURIComponent(p.partnershipId)}`}>{p.name}</Anchor>, phone: 'title' },
        { header: 'Status', cell: (p) => p.status, phone: 'inline' },
        { header: 'Last check-in', cell: (p) => p.lastCheckIn ?? 'never', phone: 'inline' },
        { header: 'Days since', cell: (p) => p.daysSinceLastCheckIn ?? '—', numeric: true, phone: 'inline' },
        { header: 'PD hours', cell: (p) => p.professionalDevelopment.hours, numeric: true, phone: 'inline' },
        { header: 'Sessions', cell: (p) => p.sessions, numeric: true, phone: 'inline' },
        { header: 'Commitment', cell: (p) => (p.commitmentRecorded ? 'recorded' : 'missing'), phone: 'inline' },
      ]} />
    </>
  );
}

interface Services { today: string; schools: { schoolId: string; name: string; lea: string; level: string; partners: { partnerId: string; name: string }[]; services: string[]; serviceGaps: string[]; artFormGaps: string[] }[] }

export function PartnerServicesReport({ data }: { data: Services }) {
  if (data.schools.length === 0) return <Empty>No school in this report.</Empty>;
  const words = (list: string[]) => list.map((s) => s.replace(/-/g, ' ')).join(', ') || '—';
  return (
    <DataTable caption={`Services per school, and the gaps, on ${data.today}`} rows={data.schools} rowKey={(s) => s.schoolId} minWidth={900} columns={[
      { header: 'School', cell: (s) => s.name, phone: 'title' },
      { header: 'Partners', cell: (s) => s.partners.map((p) => p.name).join(', ') || '—', phone: 'wide' },
      { header: 'Services', cell: (s) => words(s.services), phone: 'wide' },
      { header: 'Service gaps', cell: (s) => words(s.serviceGaps), phone: 'wide' },
      { header: 'Art forms missing', cell: (s) => words(s.artFormGaps), phone: 'wide' },
    ]} />
  );
}

interface RosterSummary { asOf: string; artistsByStatus: Record<string, number>; partnersByStatus: Record<string, number> }

export function RosterSummaryReport({ data }: { data: RosterSummary }) {
  const colors: Record<string, string> = { cleared: 'teal.6', 'not-cleared': 'red.6', approved: 'teal.6', suspended: 'red.6' };
  const donut = (counts: Record<string, number>) => Object.entries(counts).map(([name, value]) => ({ name: name.replace(/-/g, ' '), value, color: colors[name] ?? 'gray.5' }));
  return (
    <Group align="flex-start" gap="md" wrap="wrap">
      {[['Artists', data.artistsByStatus], ['Partners', data.partnersByStatus]].map(([label, counts]) => (
        <Stack key={label as string} gap={4}>
          <Chart description={`${label as string} by status as of ${data.asOf}: ${Object.entries(counts as Record<string, number>).map(([s, n]) => `${n} ${s.replace(/-/g, ' ')}`).join(', ')}`}>
            <DonutChart data={donut(counts as Record<string, number>)} withLabels withLabelsLine={false} size={160} thickness={28} />
          </Chart>
        </Stack>
      ))}
      <Text size="sm">The full roster with what expires soon is on the <Anchor component={Link} to="/compliance/roster">expiring roster</Anchor> page.</Text>
    </Group>
  );
}
