// Queries and mutations for hires and roles, shared by every screen that shows them.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HireListInput } from '@shared/hires/schema';
import { useApi } from '../api/client';

export const hireKeys = {
  all: ['hires'] as const,
  list: (filter: HireListInput) => ['hires', 'list', filter] as const,
};

export function useHires(filter: HireListInput) {
  const api = useApi();
  return useQuery({
    queryKey: hireKeys.list(filter),
    queryFn: () => api.call('hires.list', filter),
    placeholderData: keepPreviousData,
  });
}

export function useAppInfo() {
  const api = useApi();
  return useQuery({ queryKey: ['app.info'], queryFn: () => api.call('app.info', {}), staleTime: Infinity });
}

function useHireMutation<I, O>(run: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: hireKeys.all }),
  });
}

export function useArchiveHire() {
  const api = useApi();
  return useHireMutation((id: string) => api.call('hires.archive', { id }));
}

export function useRestoreHire() {
  const api = useApi();
  return useHireMutation((id: string) => api.call('hires.restore', { id }));
}

export function useCreateHire() {
  const api = useApi();
  return useHireMutation((input: Parameters<typeof api.call<'hires.create'>>[1]) =>
    api.call('hires.create', input),
  );
}

export function useUpdateHire() {
  const api = useApi();
  return useHireMutation((input: Parameters<typeof api.call<'hires.update'>>[1]) =>
    api.call('hires.update', input),
  );
}
