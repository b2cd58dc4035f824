import { Alert, Anchor, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { FormEvent, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ApiProblem } from '../api/problem';
import { apiPath, CommandAccepted, CommandPath, postJson } from '../api/http';
import { notePosition } from '../live/positions';
import { bodyFrom, commandShape, FormValues, leaves, missingRequired } from './command-schema';
import { fieldId, FormFieldInput } from './FormFieldInput';
import { newIdempotencyKey } from './new-idempotency-key';
import { pageOfStream } from './page-of-stream';

export interface CommandFormProps {
  /** OpenAPI path of the POST, e.g. `/artists/{id}/clearances`. */
  readonly path: CommandPath;
  /** Path parameters the page knows (`{ id }`); the others are asked. */
  readonly params: Record<string, string>;
  /** Values filled in for the person (still editable). */
  readonly initial?: FormValues;
  /** The stream revision the page showed, sent as If-Match. */
  readonly revision?: string;
  /** Show a "check your answers" step before recording (consequential decisions). */
  readonly confirm?: boolean;
  readonly submitLabel?: string;
  readonly onRecorded?: (result: CommandAccepted) => void;
}

type Outcome =
  | { kind: 'recorded'; result: CommandAccepted; repeated: boolean }
  | { kind: 'refused'; title: string; detail: string }
  | { kind: 'stale' }
  | { kind: 'invalid'; count: number }
  | { kind: 'failed'; title: string; detail: string };

/**
 * A form for any command, built from its request schema in the OpenAPI document. It shows the server's answer:
 * field errors from problem+json beside their fields and in a summary at the top (each a link to its field),
 * a refusal with the rule's own words, a 412 as "changed since you opened it" (what was typed is kept; the page
 * reloads its data), success with a link to what was written. One Idempotency-Key per set of values, so a double
 * click or a retry writes once.
 */
export function CommandForm({ path, params, initial = {}, revision, confirm, submitLabel = 'Record', onRecorded }: CommandFormProps) {
  // Keyed by the names of the known parameters: the caller builds a new params object on every render.
  const known = Object.keys(params).sort().join(',');
  const shape = useMemo(() => commandShape(path, known ? known.split(',') : []), [path, known]);
  const client = useQueryClient();
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [checking, setChecking] = useState(false);
  const [pending, setPending] = useState(false);
  const key = useRef(newIdempotencyKey());
  const summary = useRef<HTMLDivElement>(null);
  const allFields = useMemo(() => [...shape.pathFields, ...leaves(shape.fields)], [shape]);

  function change(fieldPath: string, value: unknown) {
    setValues((before) => ({ ...before, [fieldPath]: value }));
    key.current = newIdempotencyKey(); // different values: a different submission
    setChecking(false);
  }

  async function record() {
    const pathParams = { ...params };
    for (const field of shape.pathFields) pathParams[field.path.slice(1)] = String(values[field.path] ?? '');
    const missing = [...missingRequired(shape.pathFields, values), ...missingRequired(shape.fields, values)];
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((field) => [field.path, field.message])));
      setOutcome({ kind: 'invalid', count: missing.length });
      queueMicrotask(() => summary.current?.focus());
      return;
    }
    setPending(true);
    setErrors({});
    try {
      const result = await postJson(apiPath(path, pathParams), bodyFrom(shape.fields, values), { idempotencyKey: key.current, ifMatch: revision });
      notePosition(result.position);
      setOutcome({ kind: 'recorded', result, repeated: false });
      key.current = newIdempotencyKey();
      setChecking(false);
      await client.invalidateQueries();
      onRecorded?.(result);
    } catch (problem) {
      if (problem instanceof ApiProblem && problem.status === 400 && problem.errors.length > 0) {
        setErrors(Object.fromEntries(problem.errors.map((error) => [error.field, error.message])));
        setOutcome({ kind: 'invalid', count: problem.errors.length });
      } else if (problem instanceof ApiProblem && problem.status === 412) {
        setOutcome({ kind: 'stale' });
        await client.invalidateQueries();
      } else if (problem instanceof ApiProblem && (problem.status === 409 || problem.status === 422 || problem.status === 404 || problem.status === 400 || problem.status === 403)) {
        // A refusal about one field (e.g. an expiry before the effective date) is also shown beside that field.
        setErrors(Object.fromEntries(problem.errors.map((error) => [error.field, error.message])));
        setOutcome({ kind: 'refused', title: problem.title, detail: problem.detail });
      } else {
        const failure = problem instanceof ApiProblem ? problem : new ApiProblem(0, 'Something went wrong', String(problem));
        setOutcome({ kind: 'failed', title: failure.title, detail: failure.detail || `The server answered ${failure.status}. Nothing you typed is lost; try again.` });
      }
      setChecking(false);
      queueMicrotask(() => summary.current?.focus());
    } finally {
      setPending(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (confirm && !checking) {
      setChecking(true);
      return;
    }
    void record();
  }

  // The summary lists problems in the order of the fields on the form (the server's order is its own).
  const order = new Map(allFields.map((field, index) => [field.path, index]));
  const orderedErrors = Object.entries(errors).sort(([a], [b]) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9));
  const filled = allFields.filter((field) => values[field.path] !== undefined && values[field.path] !== '' && !(Array.isArray(values[field.path]) && (values[field.path] as unknown[]).length === 0));
  const written = outcome?.kind === 'recorded' ? pageOfStream(outcome.result.streamId) : undefined;

  return (
    <form onSubmit={submit} noValidate aria-label={shape.summary}>
      <Stack gap="md">
        <div ref={summary} tabIndex={-1} style={{ outline: 'none' }}>
          {outcome?.kind === 'invalid' && (
            <Alert color="red" title="There is a problem" role="alert">
              <List size="sm">
                {orderedErrors.map(([field, message]) => (
                  <List.Item key={field}>
                    <Anchor href={`#${fieldId(field)}`} onClick={(event) => { event.preventDefault(); document.getElementById(fieldId(field))?.focus(); }}>
                      {allFields.find((candidate) => candidate.path === field)?.label ?? field}: {message}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {outcome?.kind === 'refused' && (
            <Alert color="orange" title={`Not recorded: ${outcome.title}`} role="alert">{outcome.detail}</Alert>
          )}
          {outcome?.kind === 'stale' && (
            <Alert color="yellow" title="Changed since you opened it" role="alert">
              Someone recorded something here after this page was loaded. The page now shows the latest; check it, then record again — what you typed is kept.
            </Alert>
          )}
          {outcome?.kind === 'failed' && (
            <Alert color="red" title={outcome.title} role="alert">{outcome.detail}</Alert>
          )}
          {outcome?.kind === 'recorded' && (
            <Alert color="teal" title="Recorded" role="status">
              Written to <code>{outcome.result.streamId}</code> at revision {outcome.result.revision} (position {outcome.result.position}).{' '}
              {written && <Anchor component={Link} to={written}>Open it</Anchor>}
            </Alert>
          )}
        </div>
        {checking ? (
          <Stack gap="sm">
            <Title order={3} size="h4">Check your answers</Title>
            <Table>
              <Table.Tbody>
                {filled.map((field) => (
                  <Table.Tr key={field.path}>
                    <Table.Th scope="row">{field.label}</Table.Th>
                    <Table.Td>{Array.isArray(values[field.path]) ? (values[field.path] as string[]).join(', ') : String(values[field.path])}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="sm">This is recorded for good: a mistake is corrected by a new record, never by an edit.</Text>
            <Group>
              <Button type="submit" loading={pending} color="red">{submitLabel}</Button>
              <Button variant="default" onClick={() => setChecking(false)}>Change answers</Button>
            </Group>
          </Stack>
        ) : (
          <>
            {shape.pathFields.map((field) => (
              <FormFieldInput key={field.path} field={field} values={values} errors={errors} onChange={change} />
            ))}
            {shape.fields.map((field) => (
              <FormFieldInput key={field.path} field={field} values={values} errors={errors} onChange={change} />
            ))}
            <Group>
              <Button type="submit" loading={pending}>{confirm ? 'Continue' : submitLabel}</Button>
            </Group>
          </>
        )}
      </Stack>
    </form>
  );
}
