// Queries and mutations for the framework: roles, competencies, comparisons, files.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelName } from '@shared/api/channels';
import type { ChannelInput, ChannelOutput } from '@shared/api/contract';
import { useApi } from '../api/client';

export const frameworkKeys = {
  framework: ['framework'] as const,
  roles: ['roles'] as const,
  comparisons: ['roles.compare'] as const,
  comparison: (fromRoleId: string | null, toRoleId: string | null) =>
    ['roles.compare', fromRoleId, toRoleId] as const,
};

export function useFramework() {
  const api = useApi();
  return useQuery({ queryKey: frameworkKeys.framework, queryFn: () => api.call('framework.get', {}) });
}

export function useRoles() {
  const api = useApi();
  return useQuery({ queryKey: frameworkKeys.roles, queryFn: () => api.call('roles.list', {}) });
}

export function useComparison(fromRoleId: string | null, toRoleId: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: frameworkKeys.comparison(fromRoleId, toRoleId),
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
        queryClient.invalidateQueries({ queryKey: frameworkKeys.framework }),
        queryClient.invalidateQueries({ queryKey: frameworkKeys.roles }),
        queryClient.invalidateQueries({ queryKey: frameworkKeys.comparisons }),
      ]);
    },
  });
}

/** The framework as a file (JSON), or the roles as a spreadsheet (CSV); reading changes nothing. */
export function useFrameworkExport() {
  const api = useApi();
  return {
    json: () => api.call('framework.export', {}),
    csv: () => api.call('roles.exportCsv', {}),
  };
}
