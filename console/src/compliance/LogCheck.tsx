import { Alert, Button, Card, FileInput, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { apiPath, getJson, postJson } from '../api/http';
import type { components } from '../api/schema';
import { ErrorState } from '../components/PageState';
import { newIdempotencyKey } from '../forms/new-idempotency-key';

type KeptHead = components['schemas']['KeptHeadBody'];
/** GET /log-verifications/{id}, as the server's OpenAPI document describes it. */
type LogVerification = components['schemas']['LogVerificationView'];

/** The position and hash of a file `ledger log-head` printed or this page downloaded; a sentence for the person otherwise. */
export function keptHeadOf(text: string): KeptHead | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'The file is not a chain head: it is not JSON. Choose the file "Download the head" saved, or that ledger log-head printed.';
  }
  const { position, hash } = (parsed ?? {}) as { position?: unknown; hash?: unknown };
  if (typeof position !== 'string' || !/^\d{1,20}$/.test(position) || typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) {
    return 'The file is not a chain head: it needs a "position" (digits) and a "hash" (64 hex digits), as "Download the head" saves them.';
  }
  return { position, hash };
}

function sealsInWords(seals: number): string {
  if (seals === 0) return 'there is no seal yet (the log is sealed every 1,000 events on the embedded store)';
  return seals === 1 ? 'its one seal holds' : `all ${seals} seals hold`;
}

function Found({ check }: { check: LogVerification }) {
  const result = check.result;
  if (check.status === 'failed' || !result) return <Alert color="red" title="The check could not finish" role="alert">{check.error}</Alert>;
  const against = check.keptHead ? ` Up to position ${check.keptHead.position} it still hashes to the head you brought.` : '';
  if (check.status === 'verified') {
    return (
      <Alert color="teal" title="The log verifies" role="status">
        Every one of {result.events} events in {result.streams} streams matches its hash and its place, and {sealsInWords(result.seals)}.{against}
      </Alert>
    );
  }
  return (
    <Alert color="red" title={`The log does not verify: ${result.problemCount} ${result.problemCount === 1 ? 'problem' : 'problems'}`} role="alert">
      <Text size="sm" mb="xs">The first {result.problems.length === 1 ? 'one' : result.problems.length}, in log order (the first is where the log stops being what was written):</Text>
      <List size="sm" spacing={4}>
        {result.problems.map((problem, index) => (
          <List.Item key={index}>
            <strong>{problem.kind}</strong>
            {problem.streamId ? ` — ${problem.streamId}${problem.revision !== null ? ` revision ${problem.revision}` : ''}${problem.position !== null ? ` (position ${problem.position})` : ''}` : ''}: {problem.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** Start a check of the log (optionally against a head kept earlier), watch its progress, read what it found. */
export function LogCheck() {
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>();
  const [checkId, setCheckId] = useState<string | undefined>();
  const [starting, setStarting] = useState(false);
  const check = useQuery({
    queryKey: ['log-verification', checkId],
    enabled: checkId !== undefined,
    queryFn: async () => (await getJson<LogVerification>(apiPath('/log-verifications/{id}', { id: checkId! }))).body,
    refetchInterval: (query) => (query.state.data?.status === 'running' || query.state.data === undefined ? 500 : false),
  });
  const running = starting || check.data?.status === 'running' || (checkId !== undefined && check.isPending);

  async function start(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setFileError(undefined);
    let head: KeptHead | undefined;
    if (file) {
      const kept = keptHeadOf(await file.text());
      if (typeof kept === 'string') {
        setFileError(kept);
        return;
      }
      head = kept;
    }
    setStarting(true);
    try {
      const started = await postJson<LogVerification>('/log-verifications', head ? { head } : {}, { idempotencyKey: newIdempotencyKey() });
      setCheckId(started.id);
    } catch (problem) {
      setError(problem);
    } finally {
      setStarting(false);
    }
  }

  const progress = check.data;
  const until = progress?.untilPosition ? Number(progress.untilPosition) : 0;
  return (
    <Card withBorder component="section" aria-labelledby="log-check-title">
      <Title order={2} size="h4" id="log-check-title" mb="xs">Check the log now</Title>
      <Text size="sm" mb="sm">
        Recomputes every event's hash and every seal, as <code>ledger verify --log</code> does. Bring a head kept earlier to
        also prove that the log up to it is unchanged. Nothing is recorded; it reads the whole log, so it takes a while on a long one.
      </Text>
      <form onSubmit={(event) => void start(event)} noValidate>
        <Group align="flex-end" gap="sm">
          <FileInput
            label="A head kept earlier (optional)"
            description="The file “Download the head” saved, or that ledger log-head printed"
            placeholder="Choose a file"
            accept="application/json,.json"
            clearable
            clearButtonProps={{ 'aria-label': 'Remove the chosen file' }}
            value={file}
            onChange={setFile}
            error={fileError}
            w={{ base: '100%', sm: 440 }}
          />
          <Button type="submit" loading={running} disabled={running}>Check the log</Button>
        </Group>
      </form>
      {error !== undefined && <ErrorState error={error} />}
      {check.isError && <ErrorState error={check.error} retry={() => void check.refetch()} />}
      {progress && (
        <Stack gap="xs" mt="md">
          {progress.status === 'running' ? (
            <>
              <Progress value={until > 0 ? Math.min(100, (progress.eventsChecked / until) * 100) : 0} aria-label="Events checked" animated />
              <Text size="sm" role="status">Checked {progress.eventsChecked} of about {until} events…</Text>
            </>
          ) : (
            <Found check={progress} />
          )}
        </Stack>
      )}
    </Card>
  );
}
