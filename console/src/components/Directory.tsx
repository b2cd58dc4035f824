import { Button, Group, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { getJson, query, ReadPath } from '../api/http';
import type { Page } from '../api/views';
import { minPosition } from '../live/positions';
import { Column, DataTable } from './DataTable';
import { Empty, ErrorState, Loading } from './PageState';

/**
 * A directory list (GET /artists, /partners, /schools, /partnerships, /pathways): filters in the query, pages
 * by cursor ("Show more"), one request per page, never one per row.
 */
export function Directory<T>({ route, filters, columns, rowKey, caption, noun, empty }: {
  route: ReadPath; filters: Record<string, string | undefined>; columns: readonly Column<T>[]; rowKey: (row: T) => string; caption: string; noun: string;
  /** What an empty answer says (default: no rows match the filters). */
  empty?: string;
}) {
  const result = useInfiniteQuery({
    queryKey: ['projection', 'directory', route, filters],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) => (await getJson<Page<T>>(query(route, { ...filters, cursor: pageParam, limit: 50, minPosition: minPosition() }))).body,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  if (result.isPending) return <Loading what={noun} />;
  if (result.isError) return <ErrorState error={result.error} retry={() => void result.refetch()} />;
  const rows = result.data.pages.flatMap((page) => page.items);
  if (rows.length === 0) return <Empty>{empty ?? `No ${noun} match these filters.`}</Empty>;
  return (
    <Stack gap="xs">
      <Text size="sm" aria-live="polite">{rows.length} {rows.length === 1 ? oneOf(noun) : noun} shown{result.hasNextPage ? ' — more below' : ''}.</Text>
      <DataTable caption={caption} columns={columns} rows={rows} rowKey={rowKey} />
      {result.hasNextPage && (
        <Group>
          <Button variant="default" onClick={() => void result.fetchNextPage()} loading={result.isFetchingNextPage}>Show more {noun}</Button>
        </Group>
      )}
    </Stack>
  );
}

/** The directory's nouns are regular plurals (artists, partners, schools, partnerships, pathways): "1 school shown". */
function oneOf(noun: string): string {
  return noun.endsWith('s') ? noun.slice(0, -1) : noun;
}
