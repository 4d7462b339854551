// Queries and mutations for hires: the lists, one hire's page, and the key factory every feature
// builds its per-hire keys on (a mutation on a hire refetches everything under hireKeys.hire).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelName } from '@shared/api/channels';
import type { ChannelInput, ChannelOutput } from '@shared/api/contract';
import type { Hire, HireListInput } from '@shared/hires/schema';
import { useApi } from '../api/client';

export const hireKeys = {
  /** Every list of hires (the hires page, the dashboard). */
  all: ['hires'] as const,
  list: (filter: HireListInput) => ['hires', 'list', filter] as const,
  /** Everything on one hire's page: details, assessments, plans, check-ins, progress. */
  hire: (hireId: string) => ['hire', hireId] as const,
  details: (hireId: string) => ['hire', hireId, 'details'] as const,
};

export function useHires(filter: HireListInput) {
  const api = useApi();
  return useQuery({
    queryKey: hireKeys.list(filter),
    queryFn: () => api.call('hires.list', filter),
    placeholderData: keepPreviousData,
  });
}

export function useHire(hireId: string) {
  const api = useApi();
  return useQuery({
    queryKey: hireKeys.details(hireId),
    queryFn: () => api.call('hires.get', { id: hireId }),
  });
}

/**
 * Fetches the hire afresh (after an edit was refused as stale) and has everything that shows it
 * refetch: the form puts the newer hire in its fields.
 */
export function useReloadHire() {
  const api = useApi();
  const queryClient = useQueryClient();
  return async (hireId: string): Promise<Hire> => {
    const fresh = await api.call('hires.get', { id: hireId });
    queryClient.setQueryData(hireKeys.details(hireId), fresh);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: hireKeys.hire(hireId) }),
      queryClient.invalidateQueries({ queryKey: hireKeys.all }),
    ]);
    return fresh;
  };
}

/** A mutation on one hire's data; everything on the hire's page, and the lists, refetch afterwards. */
export function useHireMutation<C extends ChannelName>(hireId: string, channel: C) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<ChannelOutput<C>, Error, ChannelInput<C>>({
    mutationFn: (input) => api.call(channel, input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: hireKeys.hire(hireId) }),
        queryClient.invalidateQueries({ queryKey: hireKeys.all }),
      ]),
  });
}

/** A change to the list of hires (add, edit, archive, restore); the lists refetch afterwards. */
function useHireListMutation<C extends ChannelName, I>(channel: C, toInput: (input: I) => ChannelInput<C>) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<ChannelOutput<C>, Error, I>({
    mutationFn: (input) => api.call(channel, toInput(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: hireKeys.all }),
  });
}

export function useArchiveHire() {
  return useHireListMutation('hires.archive', (id: string) => ({ id }));
}

export function useRestoreHire() {
  return useHireListMutation('hires.restore', (id: string) => ({ id }));
}

export function useCreateHire() {
  return useHireListMutation('hires.create', (input: ChannelInput<'hires.create'>) => input);
}

export function useUpdateHire() {
  return useHireListMutation('hires.update', (input: ChannelInput<'hires.update'>) => input);
}
