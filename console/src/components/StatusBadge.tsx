import { Badge } from '@mantine/core';

const GOOD = new Set(['valid', 'active', 'approved', 'cleared', 'may work', 'renewed']);
const BAD = new Set(['suspended', 'revoked', 'expired', 'missing', 'removed', 'not-cleared', 'may not work', 'withdrawn', 'cancelled']);

/** A status in words, coloured by what it means for working with children (the word is always there: colour is never the only signal). */
export function StatusBadge({ status }: { status: string }) {
  const words = status.replace(/-/g, ' ');
  // Filled dark shades: white text keeps 4.5:1 contrast (the light variants do not).
  const color = GOOD.has(status) || GOOD.has(words) ? 'teal.9' : BAD.has(status) || BAD.has(words) ? 'red.9' : 'gray.7';
  return (
    <Badge color={color} variant="filled" radius="sm" tt="none" styles={{ root: { maxWidth: 'none' }, label: { overflow: 'visible' } }}>{words}</Badge>
  );
}
