import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { getJson, query, apiPath } from '../api/http';
import type { ArtistState, ClearanceHistory, ClearanceStanding } from '../api/views';
import { DataTable } from '../components/DataTable';
import { PageHeader } from '../components/PageHeader';
import { useAggregate } from '../components/useAggregate';
import { Empty, ErrorState, Loading } from '../components/PageState';
import { StatusBadge } from '../components/StatusBadge';
import { useUrlState } from '../components/useUrlState';
import { eventInWords, instantInWords, justBefore, requirementInWords } from '../components/words';
import { CommandAction, CommandMenu } from '../forms/CommandMenu';
import { minPosition } from '../live/positions';
import { can, useSession } from '../session/session';
import { TimeTravel, TimeTravelBanner } from './TimeTravel';

const CLEARANCE_ACTIONS: readonly CommandAction[] = [
  { label: 'Grant a clearance', path: '/artists/{id}/clearances', job: 'compliance' },
  { label: 'Record an arrest notification', path: '/artists/{id}/arrest-notifications', job: 'compliance', confirm: true },
  { label: 'Suspend a clearance', path: '/artists/{id}/clearances/{requirement}/suspension', job: 'compliance', confirm: true },
  { label: 'Revoke a clearance', path: '/artists/{id}/clearances/{requirement}/revocation', job: 'compliance', confirm: true },
  { label: 'Reinstate a clearance', path: '/artists/{id}/clearances/{requirement}/reinstatement', job: 'compliance', confirm: true },
  { label: 'Correct a grant', path: '/artists/{id}/clearances/{requirement}/grant-corrections', job: 'compliance', confirm: true },
  { label: 'Withdraw a grant', path: '/artists/{id}/clearances/{requirement}/grant-withdrawals', job: 'compliance', confirm: true },
];

/** One teaching artist: standing per LEA (with time travel), and the clearance history as an audit trail. */
export function ArtistPage() {
  const { id = '' } = useParams();
  const { session } = useSession();
  const [url, setUrl] = useUrlState(['asOf', 'knownAt'] as const);
  const streamId = `artist-${id}`;
  const artist = useAggregate<ArtistState>('/artists/{id}', 'artist', id);
  // Asked at once, beside the state (it needs only the id), rather than after the state has arrived.
  const history = useHistory(id, streamId, can(session.role, 'read-audit'));
  if (artist.isPending) return <Loading what="the artist" />;
  if (artist.isError) return <ErrorState error={artist.error} retry={() => void artist.refetch()} />;
  const state = artist.data.state;
  const leas = [...new Set(state.clearances.map((clearance) => clearance.lea))].sort();

  return (
    <>
      <PageHeader
        title={state.name}
        crumbs={[{ label: 'Teaching artists', to: '/compliance/artists' }]}
        subtitle={
          <>
            {state.engagement} of <Anchor component={Link} to={`/compliance/partners/${encodeURIComponent(state.partnerId)}`}>{state.partnerId}</Anchor>
            {' · '}{state.artForms.join(', ')} · registered {state.registeredOn} · id <code>{id}</code>
          </>
        }
      />
      <Stack gap="md">
        <CommandMenu actions={CLEARANCE_ACTIONS} params={{ id }} revision={artist.data.revision} title="Clearance decisions" />
        <TimeTravel asOf={url.asOf} knownAt={url.knownAt} onChange={setUrl} />
        <TimeTravelBanner asOf={url.asOf} knownAt={url.knownAt} />
        <section aria-labelledby="standing-title">
          <Title order={2} size="h3" id="standing-title" mb="sm">Standing by LEA</Title>
          {leas.length === 0 ? (
            <Empty>No clearance has been recorded for this artist in any LEA: she may not work anywhere yet.</Empty>
          ) : (
            <SimpleGrid cols={{ base: 1, lg: leas.length > 1 ? 2 : 1 }}>
              {leas.map((lea) => (
                <LeaStanding key={lea} artistId={id} streamId={streamId} lea={lea} asOf={url.asOf} knownAt={url.knownAt} />
              ))}
            </SimpleGrid>
          )}
        </section>
        {can(session.role, 'read-audit') && <ClearanceHistoryTable history={history} knownAt={url.knownAt} onTravel={(knownAt) => {
          setUrl({ knownAt });
          // The answer is at the top of the page: show it (the banner also announces itself to screen readers).
          window.scrollTo({ top: 0, behavior: 'smooth' });
        }} />}
      </Stack>
    </>
  );
}

function LeaStanding({ artistId, streamId, lea, asOf, knownAt }: { artistId: string; streamId: string; lea: string; asOf?: string; knownAt?: string }) {
  const standing = useQuery({
    queryKey: ['stream', streamId, 'clearances', lea, asOf, knownAt],
    queryFn: async () => (await getJson<ClearanceStanding>(query(apiPath('/artists/{id}/clearances', { id: artistId }), { lea, asOf, knownAt, minPosition: minPosition() }))).body,
  });
  return (
    <Card withBorder radius="md" component="article" aria-label={`Standing in ${lea}`}>
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={3} size="h4">{lea}</Title>
        {standing.data && (
          <Badge size="lg" color={standing.data.mayWork ? 'teal.9' : 'red.9'} variant="filled" tt="none" data-testid={`standing-${lea}`}>
            {standing.data.mayWork ? 'Cleared — may work' : 'Not cleared — may not work'}
          </Badge>
        )}
      </Group>
      {standing.isPending && <Loading what={`standing in ${lea}`} />}
      {standing.isError && <ErrorState error={standing.error} retry={() => void standing.refetch()} />}
      {standing.data && (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">As of {standing.data.asOf}{standing.data.knownAt ? `, as known at ${instantInWords(standing.data.knownAt)}` : ''} · policy {standing.data.policyVersion ?? '—'}</Text>
          {standing.data.problems.length > 0 && (
            <div role="group" aria-label="Why not">
              <Text fw={600} size="sm">Why not:</Text>
              <List size="sm">
                {standing.data.problems.map((problem) => <List.Item key={problem}>{problem}</List.Item>)}
              </List>
            </div>
          )}
          <DataTable
            caption={`Required clearances in ${lea}`}
            minWidth={560}
            rows={standing.data.requirements}
            rowKey={(requirement) => requirement.requirement}
            columns={[
              { header: 'Requirement', cell: (r) => requirementInWords(r.requirement), phone: 'title' },
              { header: 'Status', cell: (r) => <StatusBadge status={r.status} />, phone: 'inline' },
              { header: 'Since', cell: (r) => r.since ?? '—', phone: 'inline' },
              { header: 'Expires', cell: (r) => r.until ?? (r.status === 'missing' ? '—' : 'no expiry') },
              { header: 'Evidence', cell: (r) => r.evidence ?? r.noticeReference ?? '—' },
              { header: 'Granted by', cell: (r) => r.grantedBy ?? '—' },
              { header: 'Recorded by', cell: (r) => (r.recordedBy ? `${r.recordedBy}, ${instantInWords(r.recordedAt)}` : '—') },
            ]}
          />
        </Stack>
      )}
    </Card>
  );
}

function useHistory(artistId: string, streamId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['stream', streamId, 'history'],
    enabled,
    queryFn: async () => (await getJson<ClearanceHistory>(apiPath('/artists/{id}/clearance-history', { id: artistId }))).body,
  });
}

function ClearanceHistoryTable({ history, knownAt, onTravel }: { history: ReturnType<typeof useHistory>; knownAt?: string; onTravel: (knownAt: string) => void }) {
  const unknownThen = (recordedAt: string) => knownAt !== undefined && recordedAt > knownAt;
  return (
    <section aria-labelledby="history-title">
      <Title order={2} size="h3" id="history-title" mb={4}>Clearance history</Title>
      <Text size="sm" c="dimmed" mb="sm">Every clearance record, in the order it was recorded: who recorded it, when, on what evidence, and the status it left.</Text>
      {history.isPending && <Loading what="the history" />}
      {history.isError && <ErrorState error={history.error} retry={() => void history.refetch()} />}
      {history.data && (history.data.entries.length === 0 ? <Empty>No clearance event yet.</Empty> : (
        <DataTable
          caption="Clearance history (audit trail)"
          minWidth={980}
          rows={[...history.data.entries].reverse()}
          rowKey={(entry) => entry.revision}
          columns={[
            { header: 'Recorded', cell: (e) => instantInWords(e.recordedAt), phone: 'title' },
            { header: 'By', cell: (e) => (e.causationId && e.actor.startsWith('system') ? `${e.actor} (automatic)` : e.actor) },
            { header: 'What', cell: (e) => (unknownThen(e.recordedAt) ? <>{eventInWords(e.type)} <Text span size="xs" fs="italic">(not yet known at the moment shown)</Text></> : eventInWords(e.type)) },
            { header: 'LEA', cell: (e) => e.lea ?? '—' },
            { header: 'Requirement', cell: (e) => (e.requirement ? requirementInWords(e.requirement) : '—') },
            { header: 'Effective', cell: (e) => e.effectiveDate ?? '—' },
            { header: 'Evidence', cell: (e) => e.evidenceReference ?? e.noticeReference ?? e.reason ?? '—' },
            { header: 'Status after', cell: (e) => (e.statusAfter?.status ? <StatusBadge status={e.statusAfter.status} /> : '—') },
            { header: 'Audit', cell: (e) => <Anchor component="button" type="button" size="sm" onClick={() => onTravel(justBefore(e.recordedAt))}>As known before this<VisuallyHidden>: standing as known just before {eventInWords(e.type)} was recorded</VisuallyHidden></Anchor> },
          ]}
        />
      ))}
    </section>
  );
}
