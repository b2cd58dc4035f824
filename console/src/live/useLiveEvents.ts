import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { notePosition } from './positions';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

interface LiveMessage {
  readonly position: string;
  readonly streamId: string;
  readonly type?: string;
}

/**
 * Keeps open pages current: one server-sent-events stream (GET /live/events, authenticated by the session
 * cookie, filtered by the server to what the role may read). Each new event refreshes the queries that show
 * its stream, and the lists and reports (read from projections, with minPosition so they include it).
 */
export function useLiveEvents(): LiveStatus {
  const client = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/live/events', { withCredentials: true });
    let pending = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      const streams = pending;
      pending = new Set();
      timer = undefined;
      void client.invalidateQueries({
        predicate: (query) => {
          const key = query.queryKey as unknown[];
          if (key[0] === 'stream') return streams.has(String(key[1]));
          return key[0] === 'projection';
        },
      });
    };
    source.addEventListener('open', () => setStatus('live'));
    source.addEventListener('error', () => setStatus('reconnecting'));
    source.addEventListener('ledger', (event) => {
      try {
        const message = JSON.parse((event as MessageEvent<string>).data) as LiveMessage;
        notePosition(message.position);
        pending.add(message.streamId);
        timer ??= setTimeout(flush, 250);
      } catch {
        // A line we do not understand changes nothing on the page.
      }
    });
    return () => {
      if (timer) clearTimeout(timer);
      source.close();
    };
  }, [client]);
  return status;
}
