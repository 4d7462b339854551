// Queries and mutations for the framework: roles, competencies, comparisons, files.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelName } from '@shared/api/channels';
import type { ChannelInput, ChannelOutput } from '@shared/api/contract';
import { useApi } from '../api/client';

export function useFramework() {
  const api = useApi();
  return useQuery({ queryKey: ['framework'], queryFn: () => api.call('framework.get', {}) });
}

export function useRoles() {
  const api = useApi();
  return useQuery({ queryKey: ['roles'], queryFn: () => api.call('roles.list', {}) });
}

export function useComparison(fromRoleId: string | null, toRoleId: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['roles.compare', fromRoleId, toRoleId],
    queryFn: () => api.call('roles.compare', { fromRoleId: fromRoleId ?? '', toRoleId: toRoleId ?? '' }),
    enabled: Boolean(fromRoleId && toRoleId),
  });
}

/** A mutation on a framework channel; the framework and role list are refetched afterwards. */
export function useFrameworkMutation<C extends ChannelName>(channel: C) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<ChannelOutput<C>, Error, ChannelInput<C>>({
    mutationFn: (input) => api.call(channel, input),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['framework'] }),
        queryClient.invalidateQueries({ queryKey: ['roles'] }),
        queryClient.invalidateQueries({ queryKey: ['roles.compare'] }),
      ]);
    },
  });
}
