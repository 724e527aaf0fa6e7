import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authApi, type SessionResponse, type SetupRequest } from '../../../../api/auth.ts';
import { apiRequest, setCsrfToken } from '../../../lib/api-client.ts';
import { sessionQueryKey } from './session.ts';

/** Creates the first admin with the console's one-time token; the server signs them in. */
export async function setupFirstAdmin(body: SetupRequest): Promise<SessionResponse> {
  const session = await apiRequest(authApi.setup, { body });
  setCsrfToken(session.csrfToken);
  return session;
}

export function useSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setupFirstAdmin,
    onSuccess: (session) => queryClient.setQueryData(sessionQueryKey, session),
  });
}
