import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getJson, query } from '../api/http';
import type { Page } from '../api/views';

/** The LEAs people can pick: those of the registered schools (GET /schools, one page of up to 200). */
function useLeas(): string[] {
  const schools = useQuery({
    queryKey: ['projection', 'leas'],
    staleTime: 5 * 60_000,
    queryFn: async () => (await getJson<Page<{ lea: string }>>(query('/schools', { limit: 200 }))).body.items,
  });
  return [...new Set((schools.data ?? []).map((school) => school.lea))].sort();
}

/** An LEA filter: pick from the known LEAs (or type one); empty means every LEA. */
export function LeaFilter({ value, onChange, description = 'Empty for every LEA' }: { value?: string; onChange: (lea: string | undefined) => void; description?: string }) {
  const leas = useLeas();
  const data = value && !leas.includes(value) ? [value, ...leas] : leas;
  return (
    <Select
      label="LEA"
      description={description}
      placeholder="Every LEA"
      data={data}
      value={value ?? null}
      onChange={(next) => onChange(next ?? undefined)}
      searchable
      clearable
      w={{ base: '100%', sm: 220 }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
