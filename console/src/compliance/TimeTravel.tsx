import { Alert, Button, Group, Paper, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';

/** datetime-local (the person's local time) ⇄ ISO instant in the URL. */
function toLocalInput(instant: string | undefined): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 19);
}

export function describeInstant(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : `${date.toLocaleString()} (${date.toISOString()})`;
}

/**
 * "As of" (an effective date: the world on that day) and "as known at" (an instant: only what had been recorded
 * by then). Both are in the URL, so a link reproduces the answer for an auditor.
 */
export function TimeTravel({ asOf, knownAt, onChange }: { asOf?: string; knownAt?: string; onChange: (next: { asOf?: string; knownAt?: string }) => void }) {
  const [date, setDate] = useState(asOf ?? '');
  const [known, setKnown] = useState(toLocalInput(knownAt));
  useEffect(() => setDate(asOf ?? ''), [asOf]);
  useEffect(() => setKnown(toLocalInput(knownAt)), [knownAt]);
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby="time-travel-title">
      <Title order={2} size="h5" id="time-travel-title" mb={4}>Time travel</Title>
      <Text size="xs" c="dimmed" mb="xs">See the standing on another date, or as it was known at a past moment (before later records, such as corrections or notices, arrived).</Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ asOf: date || undefined, knownAt: known ? new Date(known).toISOString() : undefined });
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput label="As of (date)" type="date" value={date} onChange={(event) => setDate(event.currentTarget.value)} />
          <TextInput label="As known at (your local time)" type="datetime-local" step={1} value={known} onChange={(event) => setKnown(event.currentTarget.value)} />
          <Button type="submit" variant="light">Show</Button>
          {(asOf || knownAt) && (
            <Button variant="subtle" onClick={() => onChange({ asOf: undefined, knownAt: undefined })}>Back to today</Button>
          )}
        </Group>
      </form>
    </Paper>
  );
}

export function TimeTravelBanner({ asOf, knownAt }: { asOf?: string; knownAt?: string }) {
  if (!asOf && !knownAt) return null;
  return (
    <Alert color="violet" variant="light" title="You are looking at the past" role="status" mb="md">
      {asOf ? <>Standing as of <strong>{asOf}</strong></> : <>Standing today</>}
      {knownAt ? <>, as it was known at <strong>{describeInstant(knownAt)}</strong> — anything recorded later is not shown.</> : <>, with everything recorded until now.</>}
    </Alert>
  );
}
