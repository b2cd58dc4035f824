import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { DataTable } from '../components/DataTable';
import { PageHeader } from '../components/PageHeader';
import { useAggregate } from '../components/useAggregate';
import type { AggregateView } from '../api/views';
import { Empty, ErrorState, Loading } from '../components/PageState';
import { StatusBadge } from '../components/StatusBadge';
import { StreamHistory } from '../components/StreamHistory';
import { CommandAction, CommandMenu } from '../forms/CommandMenu';
import { can, useSession } from '../session/session';

interface PartnerState {
  readonly partnerId: string;
  readonly name: string;
  readonly kind: string;
  readonly services: readonly string[];
  readonly artForms: readonly string[];
  readonly proposedOn: string;
  readonly insuranceCertificates: readonly { certificateNumber: number; lea: string; carrier: string; policyNumber: string; effectiveDate: string; expiresOn: string; cancelledFrom: string | null; expiryRecorded: boolean }[];
  readonly contractorCertifications: readonly { lea: string; signedOn: string; evidenceReference: string }[];
  readonly agreements: readonly { agreementId: string; lea: string; kind: string; startsOn: string; endsOn: string; executedOn: string; expiryRecorded: boolean }[];
  readonly rosterChanges: readonly { lea: string; status: string; effectiveDate: string; reason?: string }[];
}

/** GET /partners/{id}: the partner as recorded, and per LEA its roster status on the server's day (what the partners list shows). */
interface PartnerView extends AggregateView<PartnerState> {
  readonly today: { readonly date: string; readonly rosterStatus: Readonly<Record<string, string>> };
}

const PARTNER_ACTIONS: readonly CommandAction[] = [
  { label: 'Accept an insurance certificate', path: '/partners/{id}/insurance', job: 'compliance' },
  { label: 'Note an insurance cancellation', path: '/partners/{id}/insurance/cancellation', job: 'compliance', confirm: true },
  { label: 'Accept a contractor certification', path: '/partners/{id}/contractor-certification', job: 'compliance' },
  { label: 'Execute an agreement', path: '/partners/{id}/agreements', job: 'compliance' },
  { label: 'Approve onto a roster', path: '/partners/{id}/approval', job: 'compliance', confirm: true },
  { label: 'Suspend', path: '/partners/{id}/suspension', job: 'compliance', confirm: true },
  { label: 'Reinstate', path: '/partners/{id}/reinstatement', job: 'compliance', confirm: true },
  { label: 'Remove from a roster', path: '/partners/{id}/removal', job: 'compliance', confirm: true },
  { label: 'Correct details', path: '/partners/{id}/corrections', job: 'operations' },
];

/** A partner: what each LEA holds of it (insurance, certification, agreements, roster status) and how it got there. */
export function PartnerPage() {
  const { id = '' } = useParams();
  const { session } = useSession();
  const partner = useAggregate<PartnerState, PartnerView>('/partners/{id}', 'partner', id);
  if (partner.isPending) return <Loading what="the partner" />;
  if (partner.isError) return <ErrorState error={partner.error} retry={() => void partner.refetch()} />;
  const state = partner.data.state;
  const today = partner.data.today;
  const leas = [...new Set([...state.rosterChanges, ...state.insuranceCertificates, ...state.agreements, ...state.contractorCertifications].map((item) => item.lea))].sort();
  return (
    <>
      <PageHeader title={state.name} crumbs={[{ label: 'Partners', to: '/compliance/partners' }]} subtitle={<>{state.kind.replace(/-/g, ' ')} · {state.artForms.join(', ')} · {state.services.map((s) => s.replace(/-/g, ' ')).join(', ')} · id <code>{id}</code></>} />
      <Stack gap="md">
        <CommandMenu
          actions={[...PARTNER_ACTIONS, { label: 'Register an artist', path: '/artists', job: 'operations', initial: { partnerId: id }, otherStream: true }]}
          params={{ id }}
          revision={partner.data.revision}
          title="Partner decisions"
        />
        <Text size="sm"><Anchor component={Link} to={`/compliance/artists?q=`}>Find this partner’s artists</Anchor></Text>
        {leas.length === 0 && <Empty>No LEA holds anything of this partner yet.</Empty>}
        <SimpleGrid cols={{ base: 1, lg: leas.length > 1 ? 2 : 1 }}>
          {leas.map((lea) => {
            const roster = state.rosterChanges.filter((change) => change.lea === lea);
            const statusToday = today.rosterStatus[lea] ?? 'not-yet-proposed';
            // Decisions recorded for a later day: in force from then, not yet.
            const ahead = roster.filter((change) => change.effectiveDate > today.date);
            return (
              <Card key={lea} withBorder radius="md" component="article" aria-label={`Partner in ${lea}`}>
                <Title order={2} size="h4" mb="xs">{lea} — roster today: {statusToday === 'not-yet-proposed' ? 'not proposed' : <StatusBadge status={statusToday} />}</Title>
                {ahead.map((change) => (
                  <Text key={`${change.status}-${change.effectiveDate}`} size="sm" mb="xs">Recorded ahead: {change.status.replace(/-/g, ' ')} from {change.effectiveDate}{change.reason ? ` (${change.reason})` : ''}.</Text>
                ))}
                <Stack gap="sm">
                  <DataTable caption="Insurance certificates" minWidth={520} rows={state.insuranceCertificates.filter((c) => c.lea === lea)} rowKey={(c) => String(c.certificateNumber)} columns={[
                    { header: 'Carrier', cell: (c) => `${c.carrier} (${c.policyNumber})` },
                    { header: 'From', cell: (c) => c.effectiveDate },
                    { header: 'Expires', cell: (c) => c.expiresOn },
                    { header: 'Cancelled from', cell: (c) => c.cancelledFrom ?? '—' },
                  ]} />
                  <DataTable caption="Contractor certification" minWidth={400} rows={state.contractorCertifications.filter((c) => c.lea === lea)} rowKey={(c) => c.signedOn + c.evidenceReference} columns={[
                    { header: 'Signed', cell: (c) => c.signedOn },
                    { header: 'Evidence', cell: (c) => c.evidenceReference },
                  ]} />
                  <DataTable caption="Agreements" minWidth={520} rows={state.agreements.filter((a) => a.lea === lea)} rowKey={(a) => a.agreementId} columns={[
                    { header: 'Agreement', cell: (a) => `${a.agreementId} (${a.kind})` },
                    { header: 'Term', cell: (a) => `${a.startsOn} – ${a.endsOn}` },
                    { header: 'Executed', cell: (a) => a.executedOn },
                  ]} />
                  <DataTable caption="Roster decisions" minWidth={400} rows={roster} rowKey={(r) => `${r.status}-${r.effectiveDate}`} columns={[
                    { header: 'Status', cell: (r) => <StatusBadge status={r.status} /> },
                    { header: 'From', cell: (r) => r.effectiveDate },
                    { header: 'Reason', cell: (r) => r.reason ?? '—' },
                  ]} />
                </Stack>
              </Card>
            );
          })}
        </SimpleGrid>
        {can(session.role, 'read-audit') && <StreamHistory streamId={`partner-${id}`} />}
      </Stack>
    </>
  );
}
