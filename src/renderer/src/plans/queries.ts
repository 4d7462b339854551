// Queries for a hire's coaching plans: the current one, its versions, one version. Saving and
// changing a plan goes through useHireMutation (hires/queries), which refetches the hire's page.
import { useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '@shared/api/contract';
import { useApi } from '../api/client';
import { hireKeys } from '../hires/queries';

export const planKeys = {
  all: (hireId: string) => [...hireKeys.hire(hireId), 'plan'] as const,
  current: (hireId: string) => [...planKeys.all(hireId), 'current'] as const,
  versions: (hireId: string) => [...planKeys.all(hireId), 'versions'] as const,
  one: (hireId: string, planId: string | null) => [...planKeys.all(hireId), planId] as const,
};

export function useCurrentPlan(hireId: string) {
  const api = useApi();
  return useQuery({
    queryKey: planKeys.current(hireId),
    queryFn: () => api.call('plans.current', { hireId }),
  });
}

export function usePlanVersions(hireId: string) {
  const api = useApi();
  return useQuery({
    queryKey: planKeys.versions(hireId),
    queryFn: () => api.call('plans.versions', { hireId }),
  });
}

export function usePlan(hireId: string, planId: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: planKeys.one(hireId, planId),
    queryFn: () => api.call('plans.get', { id: planId ?? '' }),
    enabled: planId !== null,
  });
}

/**
 * Plans as PDF files, one hire at a time (for ExportPdfModal): `plan` renders one; `activeHires`
 * lists whose plans an export of everyone covers. Reading, so nothing refetches afterwards.
 */
export function usePlanPdfs() {
  const api = useApi();
  return {
    plan: (input: ChannelInput<'pdf.plan'>) => api.call('pdf.plan', input),
    activeHires: () => api.call('hires.list', { status: 'active' }),
  };
}
