import { Button, Card, Code, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { apiPath, getJson } from '../api/http';
import type { components } from '../api/schema';
import { PageHeader } from '../components/PageHeader';
import { ErrorState, Loading } from '../components/PageState';
import { saveFile } from '../components/save-file';
import { LogCheck } from './LogCheck';
import { instantInWords } from '../components/words';

/** GET /log-head: what `ledger log-head` prints. */
type LogHead = components['schemas']['LogHeadView'];

const STORES: Record<string, string> = { sqlite: 'embedded store (SQLite)', esdb: 'EventStoreDB' };

/** The same bytes `ledger log-head` prints, as a file the auditor keeps; named for its position and day. */
function downloadHead(head: LogHead): void {
  saveFile(`${JSON.stringify(head, null, 2)}\n`, 'application/json', `log-head-${head.position}-${head.readAt.slice(0, 10)}.json`);
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500} c="dimmed" w="30%">{label}</Table.Th>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{children}</Table.Td>
    </Table.Tr>
  );
}

/**
 * The event log's chain head for compliance staff and auditors: read it, keep it outside the system, and later have it
 * checked (`ledger verify --log --head <file>`). Read again on demand, never in the background: each read is a fact
 * worth keeping with its time.
 */
export function LogIntegrityPage() {
  const head = useQuery({ queryKey: ['log-head'], queryFn: async () => (await getJson<LogHead>(apiPath('/log-head'))).body, refetchOnWindowFocus: false });
  if (head.isPending) return <Loading what="the log's chain head" />;
  if (head.isError) return <ErrorState error={head.error} retry={() => void head.refetch()} />;
  const h = head.data;
  return (
    <>
      <PageHeader
        title="Event log integrity"
        subtitle="Every event carries a hash chained to the one before it, and the log is sealed as it grows. Keep the head below: it proves later that nothing recorded up to it was changed, removed or reordered."
      >
        <Button onClick={() => downloadHead(h)}>Download the head</Button>
      </PageHeader>
      <Stack gap="md">
        <Card withBorder component="section" aria-labelledby="head-title">
          <Group justify="space-between" align="flex-start" mb="xs">
            <Title order={2} size="h4" id="head-title">Chain head</Title>
            <Button size="xs" variant="default" loading={head.isFetching} onClick={() => void head.refetch()}>Read again</Button>
          </Group>
          <Table withRowBorders={false} verticalSpacing={6} aria-label="Chain head">
            <Table.Tbody>
              <Fact label="Events up to position">{h.position}</Fact>
              <Fact label="Head hash"><Code>{h.hash}</Code></Fact>
              <Fact label="Last seal">
                {h.lastSeal ? <>#{h.lastSeal.number}, up to position {h.lastSeal.toPosition}: <Code>{h.lastSeal.hash}</Code></> : 'none yet'}
              </Fact>
              <Fact label="Store">{STORES[h.store] ?? h.store}</Fact>
              <Fact label="Read at">{instantInWords(h.readAt)}</Fact>
            </Table.Tbody>
          </Table>
        </Card>
        <LogCheck />
        <Card withBorder component="section" aria-labelledby="check-title">
          <Title order={2} size="h4" id="check-title" mb="xs">Checking the log from the server's command line</Title>
          <List size="sm" spacing={4} type="ordered">
            <List.Item>Keep the downloaded file outside this system, with the district's records (it holds no personal data).</List.Item>
            <List.Item>
              When the log must be proved, an operator runs <Code>ledger verify --log --head log-head-{h.position}-{h.readAt.slice(0, 10)}.json</Code> on the server.
            </List.Item>
            <List.Item>
              It recomputes every event's hash and every seal, and names the first event whose content, order or hash does not match, or says the log up to
              position {h.position} no longer hashes to this head. It exits with 1 if anything is wrong.
            </List.Item>
          </List>
          <Text size="xs" c="dimmed" mt="xs">The same head is in every backup (<Code>ledger backup</Code>) and in <Code>/metrics</Code> as <Code>ledger_log_head_position</Code>.</Text>
        </Card>
      </Stack>
    </>
  );
}
