// The People page's data: the account list and the writes an administrator makes, each
// refreshing the list. Writes carry the session's CSRF token; a session that ended meanwhile brings
// back the sign-in screen, as it does for the app's channels.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/errors';
import { authApi } from './auth-api';
import { useTeamSession, type TeamSession } from './session';

export function signInAgainWhenEnded<T>(session: TeamSession | null, request: () => Promise<T>): Promise<T> {
  return request().catch((error: unknown) => {
    if (error instanceof ApiError && error.code === 'UNAUTHORIZED') session?.sessionEnded(error.message);
    throw error;
  });
}

const PEOPLE_KEY = ['team', 'people'] as const;

export function usePeople() {
  const session = useTeamSession();
  return useQuery({ queryKey: PEOPLE_KEY, queryFn: () => signInAgainWhenEnded(session, authApi.people) });
}

export function useInvite(onInvited: () => void) {
  const session = useTeamSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; role: 'manager' | 'hr' }) =>
      signInAgainWhenEnded(session, () => authApi.invite(input, session?.csrfToken() ?? null)),
    onSuccess: () => {
      onInvited();
      void queryClient.invalidateQueries({ queryKey: PEOPLE_KEY });
    },
  });
}

export function useTurnOff(onDone: () => void) {
  const session = useTeamSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (accountId: string) =>
      signInAgainWhenEnded(session, () => authApi.turnOff(accountId, session?.csrfToken() ?? null)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: PEOPLE_KEY });
      onDone();
    },
  });
}

/** Makes a manager an HR/L&D lead or back; the person's sessions end on the server. */
export function useChangeRole(onDone: () => void) {
  const session = useTeamSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { accountId: string; role: 'manager' | 'hr' }) =>
      signInAgainWhenEnded(session, () => authApi.changeRole(input, session?.csrfToken() ?? null)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: PEOPLE_KEY });
      onDone();
    },
  });
}
