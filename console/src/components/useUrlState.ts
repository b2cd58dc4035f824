import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** Filters and time-travel settings live in the URL, so a link reproduces exactly what was shown. */
export function useUrlState<K extends string>(keys: readonly K[]): [Record<K, string | undefined>, (changes: Partial<Record<K, string | undefined>>) => void] {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((key) => [key, params.get(key) ?? undefined])) as Record<K, string | undefined>;
  const update = useCallback(
    (changes: Partial<Record<K, string | undefined>>) => {
      setParams((before) => {
        const next = new URLSearchParams(before);
        for (const [key, value] of Object.entries(changes) as [K, string | undefined][]) {
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      }, { replace: true });
    },
    [setParams],
  );
  return [values, update];
}
