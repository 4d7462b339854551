// The People page's data: the account list and the two writes an administrator makes, each
// refreshing the list. Writes carry the session's CSRF token.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { authApi } from './auth-api';
import { useTeamSession } from './session';

const PEOPLE_KEY = ['team', 'people'] as const;

export function usePeople() {
  return useQuery({ queryKey: PEOPLE_KEY, queryFn: authApi.people });
}

export function useInvite(onInvited: () => void) {
  const session = useTeamSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; role: 'manager' | 'hr' }) =>
      authApi.invite(input, session?.csrfToken() ?? null),
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
    mutationFn: (accountId: string) => authApi.turnOff(accountId, session?.csrfToken() ?? null),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: PEOPLE_KEY });
      onDone();
    },
  });
}
