import { Alert, Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { getText, postJson, query } from '../api/http';
import { ApiProblem } from '../api/problem';
import { DataTable } from '../components/DataTable';
import { PageHeader } from '../components/PageHeader';
import { Empty, ErrorState } from '../components/PageState';
import { eventInWords } from '../components/words';
import { newIdempotencyKey } from '../forms/new-idempotency-key';
import { pageOfStream } from '../forms/page-of-stream';
import { notePosition } from '../live/positions';

interface SweptExpiry { id: string; streamId: string; position: string; type: string; revision: string; data: Record<string, unknown> }
interface SweepReport { asOf: string; artistsChecked: number; partnersChecked: number; recorded: { total: number; byType: Record<string, number> }; items: SweptExpiry[] }
interface FeedLine { position: string; streamId: string; type: string; data: Record<string, unknown>; metadata: { causationId?: string | null; actor?: string } }

/** Run an expiry sweep for a date, see what it recorded, then the assignments its follow-ups suspended. */
export function SweepPage() {
  const client = useQueryClient();
  const [asOf, setAsOf] = useState('');
  const [report, setReport] = useState<SweepReport | undefined>();
  const [error, setError] = useState<unknown>();
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);

  async function run(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    setFieldError(undefined);
    try {
      const answer = await postJson<SweepReport>('/compliance/sweeps', asOf ? { asOf } : {}, { idempotencyKey: newIdempotencyKey() });
      for (const item of answer.items) notePosition(item.position);
      setReport(answer);
      await client.invalidateQueries();
    } catch (problem) {
      if (problem instanceof ApiProblem && problem.errors.length > 0) setFieldError(problem.errors.map((e) => e.message).join('; '));
      else setError(problem);
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <PageHeader title="Expiry sweep" subtitle="Records every clearance, insurance and agreement expiry due by a date. Running it again records nothing new." />
      <form onSubmit={run} noValidate>
        <Group align="flex-end" gap="sm" mb="md">
          <TextInput id="sweep-as-of" label="Record expiries due by" description="Empty: today" type="date" value={asOf} onChange={(e) => setAsOf(e.currentTarget.value)} error={fieldError} />
          <Button type="submit" loading={pending}>Run the sweep</Button>
        </Group>
      </form>
      {error !== undefined && <ErrorState error={error} />}
      {report && (
        <Stack gap="md">
          <Alert color={report.recorded.total > 0 ? 'orange' : 'teal'} title={`Sweep as of ${report.asOf}: ${report.recorded.total} ${report.recorded.total === 1 ? 'expiry' : 'expiries'} recorded`} role="status">
            {report.artistsChecked} artists and {report.partnersChecked} partners checked.{' '}
            {Object.entries(report.recorded.byType).map(([type, count]) => `${count} × ${eventInWords(type)}`).join(', ')}
          </Alert>
          {report.items.length > 0 && (
            <DataTable caption="Recorded by this sweep" rows={report.items} rowKey={(i) => i.id} columns={[
              { header: 'What', cell: (i) => eventInWords(i.type) },
              { header: 'Of', cell: (i) => { const page = pageOfStream(i.streamId); return page ? <Anchor component={Link} to={page}>{i.streamId}</Anchor> : i.streamId; } },
              { header: 'Details', cell: (i) => ['lea', 'requirement', 'effectiveDate', 'expiredOn', 'lastValidDay'].filter((k) => i.data[k]).map((k) => `${k}: ${String(i.data[k])}`).join(' · ') },
            ]} />
          )}
          {report.items.length > 0 && <FollowUps items={report.items} />}
        </Stack>
      )}
    </>
  );
}

/** The rule 3 follow-ups run in the background: read the feed after the sweep for events caused by its expiries. */
function FollowUps({ items }: { items: SweptExpiry[] }) {
  const causes = new Set(items.map((item) => item.id));
  const after = (items.reduce((low, item) => (BigInt(item.position) < low ? BigInt(item.position) : low), BigInt(items[0].position)) - 1n).toString();
  const followUps = useQuery({
    queryKey: ['sweep-follow-ups', after, [...causes].join(',')],
    queryFn: async () => {
      const text = await getText(query('/feeds/events', { after, limit: 10000 }), 'application/x-ndjson');
      return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as FeedLine).filter((line) => line.metadata.causationId && causes.has(line.metadata.causationId));
    },
    refetchInterval: (q) => ((q.state.dataUpdateCount ?? 0) < 5 ? 1000 : false),
  });
  return (
    <section aria-labelledby="follow-ups-title">
      <Title order={2} size="h3" id="follow-ups-title">Follow-ups</Title>
      <Text size="sm" c="dimmed" mb="xs">Assignments suspended because of these expiries (recorded automatically, with the expiry as their cause).</Text>
      {followUps.isError && <ErrorState error={followUps.error} />}
      {followUps.data && (followUps.data.length === 0 ? <Empty>No assignment was affected{followUps.isFetching ? ' yet — still checking…' : '.'}</Empty> : (
        <DataTable caption="Follow-ups of this sweep" rows={followUps.data} rowKey={(l) => l.position} columns={[
          { header: 'What', cell: (l) => eventInWords(l.type) },
          { header: 'Partnership', cell: (l) => { const page = pageOfStream(l.streamId); return page ? <Anchor component={Link} to={page}>{l.streamId}</Anchor> : l.streamId; } },
          { header: 'Assignment', cell: (l) => String(l.data.assignmentId ?? '—') },
          { header: 'By', cell: (l) => l.metadata.actor ?? '—' },
        ]} />
      ))}
    </section>
  );
}
