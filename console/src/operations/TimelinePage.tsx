import { Badge, Button, Card, Grid, Group, Slider, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { getJson, query, apiPath } from '../api/http';
import type { Timeline, TimelineStep } from '../api/views';
import { PageHeader } from '../components/PageHeader';
import { Empty, ErrorState, Loading } from '../components/PageState';
import { useUrlState } from '../components/useUrlState';
import { eventInWords, instantInWords } from '../components/words';
import { describeInstant } from '../compliance/TimeTravel';
import { diffStates, short, touchedKeys } from './state-diff';

const PAGE = 100;

/** One page of the timeline (steps from revision `page × 100`), cached: stepping within a page asks nothing. */
function useTimelinePage(id: string, page: number | undefined, knownAt: string | undefined) {
  return useQuery({
    queryKey: ['stream', `partnership-${id}`, 'timeline', knownAt, page],
    enabled: page !== undefined && page >= 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    queryFn: async () => (await getJson<Timeline>(query(apiPath('/partnerships/{id}/timeline', { id }), { from: (page ?? 0) * PAGE, limit: PAGE, knownAt }))).body,
  });
}

function stepOf(timeline: Timeline | undefined, index: number): TimelineStep | undefined {
  return timeline?.steps.find((step) => Number(step.revision) === index);
}

/**
 * Replay a partnership: step through its events (buttons, slider, ← →), see each one — who recorded it, when,
 * the date it speaks about — and the state after it with what changed highlighted. Paged by 100 steps, so a
 * history of 10,000 events stays quick. "As known at" replays only what had been recorded by an instant.
 */
export function TimelinePage() {
  const { id = '' } = useParams();
  const [url, setUrl] = useUrlState(['step', 'knownAt'] as const);
  const [knownInput, setKnownInput] = useState('');
  const first = useTimelinePage(id, 0, url.knownAt);
  const total = first.data?.total ?? 0;
  const requested = url.step === undefined ? total - 1 : Number(url.step);
  const index = Math.max(0, Math.min(Number.isFinite(requested) ? requested : 0, Math.max(total - 1, 0)));
  const current = useTimelinePage(id, total > 0 ? Math.floor(index / PAGE) : undefined, url.knownAt);
  const previous = useTimelinePage(id, index > 0 ? Math.floor((index - 1) / PAGE) : undefined, url.knownAt);
  const step = stepOf(current.data, index);
  const before = index > 0 ? stepOf(previous.data, index - 1) : undefined;
  const changes = useMemo(() => (step ? diffStates(before?.stateAfter ?? {}, step.stateAfter) : []), [step, before]);
  const touched = useMemo(() => touchedKeys(changes), [changes]);
  const go = useCallback((next: number) => setUrl({ step: String(Math.max(0, Math.min(next, total - 1))) }), [setUrl, total]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, [role="slider"]')) return;
      if (event.key === 'ArrowRight') go(index + 1);
      else if (event.key === 'ArrowLeft') go(index - 1);
      else if (event.key === 'Home') go(0);
      else if (event.key === 'End') go(total - 1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, index, total]);

  if (first.isPending) return <Loading what="the timeline" />;
  if (first.isError) return <ErrorState error={first.error} retry={() => void first.refetch()} />;

  return (
    <>
      <PageHeader
        title={`Timeline: ${String(step?.stateAfter.name ?? first.data.steps[0]?.stateAfter.name ?? id)}`}
        crumbs={[{ label: 'Partnerships', to: '/operations/partnerships' }, { label: id, to: `/operations/partnerships/${encodeURIComponent(id)}` }]}
        subtitle={`${total} events${url.knownAt ? `, as known at ${describeInstant(url.knownAt)}` : ''}. Use ← and → to step.`}
      />
      <Card withBorder mb="md" component="section" aria-label="Replay controls">
        <Stack gap="sm">
          <Group gap="xs" wrap="wrap">
            <Button variant="default" size="xs" onClick={() => go(0)} disabled={index === 0}>First</Button>
            <Button variant="default" size="xs" onClick={() => go(index - 1)} disabled={index === 0} aria-keyshortcuts="ArrowLeft">Previous</Button>
            <Text size="sm" aria-live="polite" data-testid="timeline-position">Step {total === 0 ? 0 : index + 1} of {total}</Text>
            <Button variant="default" size="xs" onClick={() => go(index + 1)} disabled={index >= total - 1} aria-keyshortcuts="ArrowRight">Next</Button>
            <Button variant="default" size="xs" onClick={() => go(total - 1)} disabled={index >= total - 1}>Last</Button>
          </Group>
          {total > 1 && (
            <Slider
              min={0}
              max={total - 1}
              value={index}
              onChange={go}
              label={(value) => `Step ${value + 1}`}
              thumbLabel="Step of the timeline"
              aria-label="Step of the timeline"
              mb="xs"
            />
          )}
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Switch
              label="As known at a past moment"
              checked={url.knownAt !== undefined}
              onChange={(event) => setUrl(event.currentTarget.checked ? { knownAt: new Date().toISOString(), step: undefined } : { knownAt: undefined, step: undefined })}
            />
            {url.knownAt !== undefined && (
              <form onSubmit={(event) => { event.preventDefault(); if (knownInput) setUrl({ knownAt: new Date(knownInput).toISOString(), step: undefined }); }}>
                <Group align="flex-end" gap="xs">
                  <TextInput label="Known at (your local time)" type="datetime-local" step={1} value={knownInput} onChange={(event) => setKnownInput(event.currentTarget.value)} />
                  <Button type="submit" size="xs" variant="light">Replay as known then</Button>
                </Group>
              </form>
            )}
          </Group>
        </Stack>
      </Card>
      {total === 0 && <Empty>Nothing had been recorded for this partnership by then.</Empty>}
      {current.isError && <ErrorState error={current.error} retry={() => void current.refetch()} />}
      {total > 0 && !step && <Loading what={`step ${index + 1}`} />}
      {step && (
        <Grid>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Card withBorder component="section" aria-label="This event">
              <Group gap="xs" mb="xs">
                <Title order={2} size="h4" data-testid="timeline-event-type">{eventInWords(step.type)}</Title>
                <Badge variant="outline" color="indigo.9" tt="none">revision {step.revision}</Badge>
                {step.causationId && <Badge color="grape.9" variant="outline" tt="none">automatic follow-up</Badge>}
              </Group>
              <Table variant="vertical" withTableBorder={false}>
                <Table.Tbody>
                  <Table.Tr><Table.Th scope="row">Takes effect</Table.Th><Table.Td>{step.effectiveDate ?? '—'}</Table.Td></Table.Tr>
                  <Table.Tr><Table.Th scope="row">Recorded</Table.Th><Table.Td>{instantInWords(step.recordedAt)}</Table.Td></Table.Tr>
                  <Table.Tr><Table.Th scope="row">By</Table.Th><Table.Td>{step.actor}</Table.Td></Table.Tr>
                  <Table.Tr><Table.Th scope="row">Position</Table.Th><Table.Td>{step.position}</Table.Td></Table.Tr>
                </Table.Tbody>
              </Table>
              <Title order={3} size="h5" mt="sm">Data</Title>
              <pre className="json">{JSON.stringify(step.data, null, 2)}</pre>
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Card withBorder component="section" aria-label="What changed" mb="md">
              <Title order={2} size="h4" mb="xs">What changed</Title>
              {changes.length === 0 ? <Text size="sm">Nothing in the state changed.</Text> : (
                <Table.ScrollContainer minWidth={420} type="native" tabIndex={0} role="region" aria-label="Fields changed by this event">
                  {/* On a phone, a card per field (stack-on-phone, console.css) rather than a table to scroll sideways. */}
                  <Table data-testid="timeline-changes" aria-label="Fields changed by this event" className="stack-on-phone field-changes" role="table">
                    <Table.Thead role="rowgroup"><Table.Tr role="row"><Table.Th scope="col" role="columnheader">Field</Table.Th><Table.Th scope="col" role="columnheader">Before</Table.Th><Table.Th scope="col" role="columnheader">After</Table.Th></Table.Tr></Table.Thead>
                    <Table.Tbody role="rowgroup">
                      {changes.slice(0, 40).map((change) => (
                        <Table.Tr key={change.path} role="row">
                          <Table.Td role="cell" data-label="Field"><code>{change.path}</code></Table.Td>
                          <Table.Td role="cell" data-label="Before">{short(change.before)}</Table.Td>
                          <Table.Td role="cell" data-label="After" className="changed">{short(change.after)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Card>
            <Card withBorder component="section" aria-label="State after this event">
              <Title order={2} size="h4" mb="xs">State after this event</Title>
              {Object.entries(step.stateAfter).map(([key, value]) => (
                <div key={key} className={touched.has(key) ? 'changed' : undefined}>
                  <Text size="xs" fw={700} component="span">{key}: </Text>
                  <Text size="xs" component="span" style={{ wordBreak: 'break-word' }}>{short(value)}</Text>
                </div>
              ))}
            </Card>
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
