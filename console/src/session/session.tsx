import { createContext, ReactNode, useCallback, useContext, useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiProblem, deleteResource, getJson, postJson, SIGNED_OUT_EVENT } from '../api/http';
import type { Role, SessionView } from '../api/views';

interface SessionContextValue {
  readonly session: SessionView;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | undefined>(undefined);

export const SESSION_QUERY = ['session'] as const;

/** Who is signed in (GET /session). The screens never see a key: the server holds the session, the browser a cookie. */
export function useSessionQuery() {
  return useQuery({
    queryKey: SESSION_QUERY,
    queryFn: async () => {
      try {
        return (await getJson<SessionView>('/session')).body;
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
    retry: false,
  });
}

export async function signIn(apiKey: string): Promise<SessionView> {
  return postJson<SessionView>('/session', { apiKey });
}

export function SessionProvider({ session, children }: { session: SessionView; children: ReactNode }) {
  const client = useQueryClient();
  const signOut = useCallback(async () => {
    try {
      await deleteResource('/session');
    } finally {
      // Forget everything read under this session; the session query itself (watched by the app) becomes "nobody".
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY[0] });
      client.setQueryData(SESSION_QUERY, null);
    }
  }, [client]);
  useEffect(() => {
    // Any 401 (session expired, signed out in another tab) brings back the sign-in page.
    const onSignedOut = () => client.setQueryData(SESSION_QUERY, null);
    window.addEventListener(SIGNED_OUT_EVENT, onSignedOut);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, onSignedOut);
  }, [client]);
  return <SessionContext.Provider value={{ session, signOut }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** What each role may do, as the server's access rules say (the server still refuses the rest). */
export function can(role: Role, job: 'compliance' | 'operations' | 'read-audit' | 'admin'): boolean {
  if (role === 'admin') return true;
  if (job === 'read-audit') return role === 'compliance';
  return role === job;
}
