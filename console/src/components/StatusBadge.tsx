import { Badge } from '@mantine/core';

const GOOD = new Set(['valid', 'active', 'approved', 'cleared', 'may work', 'renewed']);
const BAD = new Set(['suspended', 'revoked', 'expired', 'missing', 'removed', 'not-cleared', 'may not work', 'withdrawn', 'cancelled']);

/** A status in words, coloured by what it means for working with children (the word is always there: colour is never the only signal). */
export function StatusBadge({ status }: { status: string }) {
  const words = status.replace(/-/g, ' ');
  const color = GOOD.has(status) || GOOD.has(words) ? 'teal' : BAD.has(status) || BAD.has(words) ? 'red' : 'gray';
  return (
    <Badge color={color} variant="light" radius="sm" tt="none">{words}</Badge>
  );
}
