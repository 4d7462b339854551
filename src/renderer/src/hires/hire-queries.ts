// Queries and mutations for one hire's page: the hire, assessments and plan versions.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelName } from '@shared/api/channels';
import type { ChannelInput, ChannelOutput } from '@shared/api/contract';
import { useApi } from '../api/client';

export const hireQueryKey = (hireId: string) => ['hire', hireId] as const;

export function useHire(hireId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...hireQueryKey(hireId), 'details'],
    queryFn: () => api.call('hires.get', { id: hireId }),
  });
}

export function useAssessments(hireId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...hireQueryKey(hireId), 'assessments'],
    queryFn: () => api.call('assessments.list', { hireId }),
  });
}

export function useCurrentPlan(hireId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...hireQueryKey(hireId), 'plan', 'current'],
    queryFn: () => api.call('plans.current', { hireId }),
  });
}

export function usePlanVersions(hireId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...hireQueryKey(hireId), 'plan', 'versions'],
    queryFn: () => api.call('plans.versions', { hireId }),
  });
}

export function usePlan(hireId: string, planId: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: [...hireQueryKey(hireId), 'plan', planId],
    queryFn: () => api.call('plans.get', { id: planId ?? '' }),
    enabled: planId !== null,
  });
}

/** A mutation on one hire's data; everything on the hire's page is refetched afterwards. */
export function useHireMutation<C extends ChannelName>(hireId: string, channel: C) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<ChannelOutput<C>, Error, ChannelInput<C>>({
    mutationFn: (input) => api.call(channel, input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: hireQueryKey(hireId) }),
        queryClient.invalidateQueries({ queryKey: ['hires'] }),
      ]),
  });
}

export function useCheckInSchedule(hireId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...hireQueryKey(hireId), 'checkIns', 'schedule'],
    queryFn: () => api.call('checkIns.schedule', { hireId }),
  });
}

export function useCheckInHistory(hireId: string, search: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...hireQueryKey(hireId), 'checkIns', 'history', search],
    queryFn: () => api.call('checkIns.history', { hireId, search }),
    placeholderData: (previous) => previous,
  });
}

export function useAgenda(hireId: string, checkInId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...hireQueryKey(hireId), 'checkIns', 'agenda', checkInId],
    queryFn: () => api.call('checkIns.agenda', { id: checkInId }),
    // A draft is restored once, when the agenda is first read; later refetches must not overwrite typing.
    staleTime: Infinity,
  });
}
