import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authApi, type SessionResponse } from '../../../../api/auth.ts';
import { apiRequest, setCsrfToken } from '../../../lib/api-client.ts';
import { sessionQueryKey } from './session.ts';

export async function logout(): Promise<void> {
  await apiRequest(authApi.logout);
  setCsrfToken(null);
}

const SIGNED_OUT_FLAG = 'dunghan.signedOut';

/** True once after a logout: the login page says "you have logged out" (whatever redirects led there). */
export function takeSignedOutFlag(): boolean {
  try {
    return sessionStorage.getItem(SIGNED_OUT_FLAG) === '1';
  } catch {
    return false;
  }
}

export function clearSignedOutFlag(): void {
  try {
    sessionStorage.removeItem(SIGNED_OUT_FLAG);
  } catch {
    // Storage disabled: nothing was kept.
  }
}

/** Ends the session; the shell then sends the visitor to the login page by itself. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      try {
        sessionStorage.setItem(SIGNED_OUT_FLAG, '1');
      } catch {
        // Storage disabled: the login page just won't say "logged out".
      }
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData<SessionResponse>(sessionQueryKey, (old) =>
        old ? { ...old, user: null, csrfToken: null } : old,
      );
    },
  });
}
