import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { getText } from '../api/http';
import { ErrorState } from './PageState';
import { saveFile } from './save-file';

async function download(url: string, accept: string, filename: string): Promise<void> {
  saveFile(await getText(url, accept), accept, filename);
}

/** The same report as CSV or JSON, from the same route a reporting job reads (Accept: text/csv or application/json). */
export function DownloadButtons({ url, name }: { url: string; name: string }) {
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState<string | undefined>();
  const run = (kind: 'csv' | 'json') => {
    setBusy(kind);
    setError(undefined);
    download(url, kind === 'csv' ? 'text/csv' : 'application/json', `${name}.${kind}`)
      .catch(setError)
      .finally(() => setBusy(undefined));
  };
  return (
    <>
      <Group gap="xs">
        <Button size="xs" variant="default" loading={busy === 'csv'} onClick={() => run('csv')}>Download CSV</Button>
        <Button size="xs" variant="default" loading={busy === 'json'} onClick={() => run('json')}>Download JSON</Button>
      </Group>
      {error !== undefined && <ErrorState error={error} />}
    </>
  );
}
