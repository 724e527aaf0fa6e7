import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authApi, type LoginRequest, type SessionResponse } from '../../../../api/auth.ts';
import { apiRequest, setCsrfToken } from '../../../lib/api-client.ts';
import { sessionQueryKey } from './session.ts';

export async function login(body: LoginRequest): Promise<SessionResponse> {
  const session = await apiRequest(authApi.login, { body });
  setCsrfToken(session.csrfToken);
  return session;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      // Data cached for the previous visitor must not leak to this one.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
