import { TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';

/**
 * The "name or id" box of a directory list: what is typed shows at once, the list (and the URL) follow a quarter
 * of a second after typing stops.
 */
export function SearchField({ value, onChange, description }: { value?: string; onChange: (q: string | undefined) => void; description?: string }) {
  const [text, setText] = useState(value ?? '');
  const [settled] = useDebouncedValue(text, 250);
  useEffect(() => onChange(settled.trim() || undefined), [settled, onChange]);
  return <TextInput label="Name or id" description={description} type="search" value={text} onChange={(event) => setText(event.currentTarget.value)} w={{ base: '100%', sm: 280 }} />;
}
