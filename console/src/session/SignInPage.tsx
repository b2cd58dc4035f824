import { Alert, Anchor, Button, Container, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { FormEvent, useRef, useState } from 'react';
import { ApiProblem } from '../api/problem';
import { SESSION_QUERY, signIn } from './session';

/**
 * One field: the API key. The key goes to POST /session once and is forgotten; the server answers with an
 * HttpOnly session cookie the page cannot read.
 */
export function SignInPage() {
  const client = useQueryClient();
  const [apiKey, setApiKey] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!apiKey.trim()) {
      setError('Enter your API key');
      input.current?.focus();
      return;
    }
    setPending(true);
    setError(undefined);
    try {
      const session = await signIn(apiKey.trim());
      setApiKey('');
      client.setQueryData(SESSION_QUERY, session);
    } catch (problem) {
      setError(
        problem instanceof ApiProblem && problem.status === 401
          ? 'That key is not valid. Check you copied the whole key.'
          : problem instanceof ApiProblem ? `${problem.title}. ${problem.detail}` : String(problem),
      );
      input.current?.focus();
    } finally {
      setPending(false);
    }
  }

  return (
    <Container size={460} py="xl" component="main">
      <Title order={1} mb="xs">Partnership Ledger</Title>
      <Text c="dimmed" mb="lg">Clearances, partnerships and pathways of school–community arts partnerships, with proof of what happened and when.</Text>
      <Paper withBorder shadow="sm" p="lg" radius="md">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={2} size="h3">Sign in</Title>
            {error && (
              <Alert color="red" title="You are not signed in" role="alert">{error}</Alert>
            )}
            <PasswordInput
              ref={input}
              label="API key"
              description="Your administrator gives you a key for your role (it is in data/api-keys.json on a first start). It is sent once; the browser then holds only a session."
              autoComplete="current-password"
              value={apiKey}
              onChange={(event) => setApiKey(event.currentTarget.value)}
              error={error ? true : undefined}
              required
            />
            <Button type="submit" loading={pending}>Sign in</Button>
          </Stack>
        </form>
      </Paper>
      <Text size="sm" c="dimmed" mt="md">
        Programs use the same keys as <code>Authorization: Bearer</code> — see the <Anchor href="/docs">API documentation</Anchor>.
      </Text>
    </Container>
  );
}
