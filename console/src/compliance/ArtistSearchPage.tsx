import { Anchor, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { Directory } from '../components/Directory';
import { LeaFilter } from '../components/LeaFilter';
import { PageHeader } from '../components/PageHeader';
import { SearchField } from '../components/SearchField';
import { StatusBadge } from '../components/StatusBadge';
import { useUrlState } from '../components/useUrlState';
import { CommandMenu } from '../forms/CommandMenu';

export interface ArtistListItem {
  readonly id: string;
  readonly name: string;
  readonly partnerId: string;
  readonly partnerName?: string | null;
  readonly engagement?: string;
  readonly leas: readonly string[];
  readonly mayWork: boolean;
  readonly mayWorkIn?: readonly string[];
  readonly nextExpiry?: { requirement: string; lea: string; expiresOn: string } | null;
}

/** Find a teaching artist by any part of her name or id (accents and case do not matter). */
export function ArtistSearchPage() {
  const [url, setUrl] = useUrlState(['q', 'lea', 'mayWork'] as const);
  const search = useCallback((q: string | undefined) => setUrl({ q }), [setUrl]);

  return (
    <>
      <PageHeader title="Teaching artists" subtitle="Standing today in each LEA; open an artist for her clearances, their history and time travel.">
        <CommandMenu params={{}} actions={[{ label: 'Register an artist', path: '/artists', job: 'operations' }]} />
      </PageHeader>
      <Stack gap="sm" mb="md">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <SearchField value={url.q} onChange={search} description="Any part, e.g. “callah”" />
          <LeaFilter value={url.lea} onChange={(lea) => setUrl({ lea })} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="may-work-label">May work today</Text>
            <SegmentedControl
              aria-labelledby="may-work-label"
              value={url.mayWork ?? 'any'}
              onChange={(value) => setUrl({ mayWork: value === 'any' ? undefined : value })}
              data={[{ label: 'Any', value: 'any' }, { label: 'May work', value: 'true' }, { label: 'May not', value: 'false' }]}
            />
          </Stack>
        </Group>
      </Stack>
      <Directory<ArtistListItem>
        route="/artists"
        noun="artists"
        caption="Teaching artists"
        filters={{ q: url.q, lea: url.lea, mayWork: url.mayWork }}
        rowKey={(artist) => artist.id}
        columns={[
          { header: 'Artist', cell: (artist) => <Anchor component={Link} to={`/compliance/artists/${encodeURIComponent(artist.id)}`}>{artist.name}</Anchor>, phone: 'title' },
          { header: 'Partner', cell: (artist) => <Anchor component={Link} to={`/compliance/partners/${encodeURIComponent(artist.partnerId)}`}>{artist.partnerName ?? artist.partnerId}</Anchor> },
          { header: 'LEAs', cell: (artist) => artist.leas.join(', ') || '—', phone: 'inline' },
          { header: 'Today', cell: (artist) => <StatusBadge status={artist.mayWork ? 'may work' : 'may not work'} />, phone: 'inline' },
          { header: 'Next expiry', cell: (artist) => (artist.nextExpiry ? `${artist.nextExpiry.expiresOn} · ${artist.nextExpiry.requirement.replace(/-/g, ' ')} (${artist.nextExpiry.lea})` : '—') },
        ]}
      />
    </>
  );
}
