import { Anchor, Button, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { PartnershipState, PartnershipView } from '../api/views';
import { DataTable } from '../components/DataTable';
import { PageHeader } from '../components/PageHeader';
import { useAggregate } from '../components/useAggregate';
import { Empty, ErrorState, Loading } from '../components/PageState';
import { StatusBadge } from '../components/StatusBadge';
import { CommandAction, CommandMenu } from '../forms/CommandMenu';

const PARTNERSHIP_ACTIONS: readonly CommandAction[] = [
  { label: 'Enrol a school', path: '/partnerships/{id}/schools', job: 'operations' },
  { label: 'Record a commitment', path: '/partnerships/{id}/commitments', job: 'operations' },
  { label: 'Activate', path: '/partnerships/{id}/activation', job: 'operations', confirm: true },
  { label: 'Assign an artist', path: '/partnerships/{id}/assignments', job: 'operations' },
  { label: 'Log a session', path: '/partnerships/{id}/assignments/{assignmentId}/sessions', job: 'operations' },
  { label: 'Correct a session', path: '/partnerships/{id}/sessions/{sessionId}/correction', job: 'operations' },
  { label: 'End an assignment', path: '/partnerships/{id}/assignments/{assignmentId}/end', job: 'operations', confirm: true },
  { label: 'Record PD', path: '/partnerships/{id}/professional-development', job: 'operations' },
  { label: 'Record a check-in', path: '/partnerships/{id}/check-ins', job: 'operations' },
  { label: 'Record an evaluation', path: '/partnerships/{id}/evaluations', job: 'operations' },
  { label: 'Renew', path: '/partnerships/{id}/renewal', job: 'operations', confirm: true },
  { label: 'Conclude', path: '/partnerships/{id}/conclusion', job: 'operations', confirm: true },
];

function money(value: { amount: number; currency: string } | null | undefined): string {
  return value ? `${value.amount.toLocaleString()} ${value.currency}` : '—';
}

/**
 * The dates behind the status, in the tense of the server's day: an activation or conclusion recorded ahead reads
 * "activates"/"concludes" (the partnership is what `today.status` says until then).
 */
function statusDates(s: PartnershipState, today: string): string {
  const dated = (past: string, ahead: string, date: string | null) => (date === null ? '' : ` · ${date <= today ? past : ahead} ${date}`);
  return `proposed ${s.proposedOn}${dated('active since', 'activates', s.activatedOn)}${s.termEnd ? ` · term to ${s.termEnd}` : ''}${dated('concluded', 'concludes', s.concludedOn)}`;
}

/** A partnership now: schools, commitment, assignments (with why one is suspended), sessions, PD, check-ins, evaluations. */
export function PartnershipPage() {
  const { id = '' } = useParams();
  const partnership = useAggregate<PartnershipState, PartnershipView>('/partnerships/{id}', 'partnership', id);
  if (partnership.isPending) return <Loading what="the partnership" />;
  if (partnership.isError) return <ErrorState error={partnership.error} retry={() => void partnership.refetch()} />;
  const s = partnership.data.state;
  const today = partnership.data.today;
  return (
    <>
      <PageHeader title={s.name} crumbs={[{ label: 'Partnerships', to: '/operations/partnerships' }]} subtitle={<>{s.model} · {s.scope} · {s.lea} · {s.artForms.join(', ')} · revision {partnership.data.revision}</>}>
        <Button component={Link} to={`/operations/partnerships/${encodeURIComponent(id)}/timeline`} variant="filled">Replay timeline</Button>
      </PageHeader>
      <Stack gap="md">
        <CommandMenu actions={PARTNERSHIP_ACTIONS} params={{ id }} revision={partnership.data.revision} title="Partnership records" />
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <Card withBorder><Text size="sm" c="dimmed">Status today</Text><StatusBadge status={today.status} /><Text size="xs">{statusDates(s, today.date)}</Text></Card>
          <Card withBorder><Text size="sm" c="dimmed">Sessions recorded</Text><Text fw={700} size="xl">{s.sessions.count}</Text></Card>
          <Card withBorder><Text size="sm" c="dimmed">Professional development recorded</Text><Text fw={700} size="xl">{s.professionalDevelopmentHours} h</Text><Text size="xs">{s.professionalDevelopmentSessions} sessions</Text></Card>
          <Card withBorder><Text size="sm" c="dimmed">Check-ins · evaluations recorded</Text><Text fw={700} size="xl">{s.checkIns} · {s.evaluations.length}</Text></Card>
        </SimpleGrid>
        <Text size="sm" mt={-8}>
          These counts include whatever was recorded ahead of its date. <Anchor component={Link} to={`/reporting/partnership-health?lea=${encodeURIComponent(s.lea)}`}>Partnership health</Anchor> counts what took place by today, {today.date}.
        </Text>
        <Card withBorder component="section" aria-label="Partners and commitment">
          <Title order={2} size="h4" mb="xs">Partners and commitment</Title>
          <List size="sm">
            {s.partnerIds.map((partnerId) => <List.Item key={partnerId}><Anchor component={Link} to={`/compliance/partners/${encodeURIComponent(partnerId)}`}>{partnerId}</Anchor></List.Item>)}
          </List>
          <Text size="sm" mt="xs">
            {s.commitment ? <>Stipends {money(s.commitment.stipends)} · release time {s.commitment.releaseTimeHours ?? 0} h · funds {money(s.commitment.funds)} (for {s.commitment.recordedFor}){s.commitment.notes ? ` — ${s.commitment.notes}` : ''}</> : 'No commitment recorded yet.'}
          </Text>
        </Card>
        <section aria-labelledby="schools-title">
          <Title order={2} size="h4" id="schools-title" mb="xs">Schools</Title>
          {s.schools.length === 0 ? <Empty>No school enrolled yet.</Empty> : (
            <DataTable caption="Enrolled schools" minWidth={360} rows={s.schools} rowKey={(x) => x.schoolId} columns={[
              { header: 'School', cell: (x) => <Anchor component={Link} to={`/operations/schools/${encodeURIComponent(x.schoolId)}`}>{x.schoolId}</Anchor>, phone: 'title' },
              { header: 'LEA', cell: (x) => x.lea, phone: 'inline' },
              { header: 'Enrolled', cell: (x) => x.enrolledOn, phone: 'inline' },
            ]} />
          )}
        </section>
        <section aria-labelledby="assignments-title">
          <Title order={2} size="h4" id="assignments-title" mb="xs">Assignments</Title>
          {s.assignments.length === 0 ? <Empty>No artist assigned yet.</Empty> : (
            <DataTable caption="Assignments" minWidth={900} rows={s.assignments} rowKey={(a) => a.assignmentId} columns={[
              { header: 'Assignment', cell: (a) => <code>{a.assignmentId}</code>, phone: 'title' },
              { header: 'Artist', cell: (a) => <Anchor component={Link} to={`/compliance/artists/${encodeURIComponent(a.artistId)}`}>{a.artistId}</Anchor> },
              { header: 'School · teacher', cell: (a) => `${a.schoolId} · ${a.classroomTeacher}` },
              { header: 'Grades', cell: (a) => a.grades.join(', '), phone: 'inline' },
              { header: 'Sessions', cell: (a) => `${a.sessionsLogged}/${a.plannedSessions}`, numeric: true, phone: 'inline' },
              { header: 'Dates', cell: (a) => `${a.startDate} – ${a.endDate}` },
              { header: 'Status', cell: (a) => (
                <Stack gap={2}>
                  <StatusBadge status={today.assignments.find((t) => t.assignmentId === a.assignmentId)?.status ?? a.status} />
                  {a.endedOn && <Text size="xs">{a.endedOn <= today.date ? `ended ${a.endedOn}` : `ends ${a.endedOn} (recorded ahead)`}</Text>}
                  {a.suspensionCauses.map((cause, index) => <Text key={index} size="xs" c="red.9">{cause.problem ?? cause.eventType ?? cause.kind}</Text>)}
                  {(a.suspensions ?? []).map((period) => (
                    <Text key={period.from} size="xs">Suspended from {period.from}{period.until ? `, resumed ${period.until}` : ', not resumed'}</Text>
                  ))}
                </Stack>
              ) },
            ]} />
          )}
        </section>
        <section aria-labelledby="sessions-title">
          <Title order={2} size="h4" id="sessions-title" mb="xs">Newest sessions</Title>
          {s.sessions.newest.length === 0 ? <Empty>No session logged yet.</Empty> : (
            <DataTable caption={`Newest of ${s.sessions.count} sessions`} minWidth={560} phoneRows={5} rows={s.sessions.newest} rowKey={(x) => x.sessionId} columns={[
              { header: 'Date', cell: (x) => (x.date > today.date ? `${x.date} (recorded ahead)` : x.date), phone: 'title' },
              { header: 'Assignment', cell: (x) => x.assignmentId },
              { header: 'Minutes', cell: (x) => x.minutes, numeric: true, phone: 'inline' },
              { header: 'Students', cell: (x) => x.students, numeric: true, phone: 'inline' },
              { header: 'Notes', cell: (x) => `${x.notes ?? ''}${x.corrected ? ' (corrected)' : ''}` || '—' },
            ]} />
          )}
        </section>
      </Stack>
    </>
  );
}
