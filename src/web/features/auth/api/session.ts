import { queryOptions, useQuery } from '@tanstack/react-query';
import { authApi, type SessionResponse } from '../../../../api/auth.ts';
import { apiRequest, setCsrfToken } from '../../../lib/api-client.ts';

export const sessionQueryKey = ['auth', 'session'] as const;

/** Who is signed in, and the CSRF token every write must carry. */
export async function getSession(signal?: AbortSignal): Promise<SessionResponse> {
  const session = await apiRequest(authApi.session, signal ? { signal } : {});
  setCsrfToken(session.csrfToken);
  return session;
}

export function sessionQueryOptions() {
  return queryOptions({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => getSession(signal),
    staleTime: 5 * 60_000,
  });
}

export function useSession() {
  return useQuery(sessionQueryOptions());
}
